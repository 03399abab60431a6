package org.neurite.cli.morphology;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurite.cli.GlobalOptions;
import org.neurite.morphology.cell.CellRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code neurite cell …}: detailed single-cell simulations. */
@Command(name = "cell", description = "Simulate one detailed cell (cable equation on its morphology).",
        subcommands = {CellCommand.Run.class})
public final class CellCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (run)");
    }

    /** {@code neurite cell run SPEC.json [--out cell.h5] [--csv probes.csv]}. */
    @Command(name = "run", description = "Run the cell described by SPEC.json; write cell.h5 (geometry, probes, "
            + "every compartment's V) and optionally the probe CSV. Prints one line per probe: name, final, min, max V [mV].")
    static final class Run implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "SPEC.json", description = "The cell specification (see the morphology module's CellSpec).")
        Path specFile;

        @Mixin
        CellOutputs outputs;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            outputs.check(specFile);
            return outputs.runAndWrite(CellRun.prepare(specFile), "cell", global, spec.commandLine().getOut());
        }
    }
}
