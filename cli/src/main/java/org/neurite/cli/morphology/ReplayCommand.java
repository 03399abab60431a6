package org.neurite.cli.morphology;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurite.cli.GlobalOptions;
import org.neurite.morphology.cell.CellRun;
import org.neurite.morphology.cell.CellSpec;
import org.neurite.morphology.cell.ReplayRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code neurite replay --network results.h5 --cell SPEC.json [--out cell.h5] [--csv probes.csv]}:
 * the spikes a network run recorded drive synapses placed on a detailed cell as SPEC's
 * {@code replay} section says (thin over the morphology module's {@link ReplayRun}).
 */
@Command(name = "replay", description = "Replay a network's recorded spikes onto a detailed cell: the populations named in SPEC's "
        + "replay section drive synapses placed by region, distance and density. Writes cell.h5 (geometry, probe traces, every "
        + "compartment's V if requested, the synapse mapping) and optionally the probe CSV. Prints one line per probe: name, "
        + "final, min, max V [mV], and a synapse summary.")
public final class ReplayCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--network", required = true, paramLabel = "results.h5",
            description = "SONATA spike file of a network run (neurite network run's results.h5, or another tool's).")
    Path network;

    @Option(names = "--cell", required = true, paramLabel = "SPEC.json", description = "The cell specification with a replay section.")
    Path cell;

    @Mixin
    CellOutputs outputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        outputs.check(network, cell);
        CellRun run = ReplayRun.prepare(network, CellSpec.read(cell));
        return outputs.runAndWrite(run, "replay", global, spec.commandLine().getOut());
    }
}
