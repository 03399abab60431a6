package org.neurite.morphology.cell;

import java.nio.file.Path;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.morphology.synapse.RecordedSpikes;

/**
 * {@code neurite replay}: the spikes a network simulation recorded (a SONATA spike file such as
 * {@code neurite network run}'s results.h5) drive synapses placed on a detailed cell as the cell
 * spec's {@code replay} section says. The library entry point of the demo:
 * <pre>
 *   CellRun run = ReplayRun.run(Path.of("results.h5"), CellSpec.read(Path.of("cell.json")), ProgressListener.NONE);
 *   TraceRecord soma = run.simulation().probeRecord();       // probe traces [mV]
 *   TraceRecord all = run.simulation().allRecord();          // every compartment, if requested
 *   run.writeHdf5(Path.of("cell.h5"));                       // geometry, traces, synapse mapping
 *   run.writeCsv(Path.of("probes.csv"));
 * </pre>
 */
public final class ReplayRun {
    private ReplayRun() {
    }

    /**
     * Reads the spike file and the spec and builds the cell with its synapses (no simulation yet).
     *
     * @param resultsH5 the network's spike file
     * @param spec a cell spec with a replay section
     */
    public static CellRun prepare(Path resultsH5, CellSpec spec) {
        if (!spec.hasReplay()) {
            throw spec.root.error("no \"replay\" section: say which network populations drive which synapses");
        }
        return CellRun.prepare(spec, RecordedSpikes.read(resultsH5));
    }

    /** {@link #prepare} then run; the returned run holds the traces and writes cell.h5 and the CSV. */
    public static CellRun run(Path resultsH5, CellSpec spec, ProgressListener progress) {
        CellRun run = prepare(resultsH5, spec);
        run.run(progress);
        return run;
    }
}
