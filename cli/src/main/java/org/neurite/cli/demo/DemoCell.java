package org.neurite.cli.demo;

import java.nio.file.Path;
import java.util.List;
import org.neurite.channels.io.AtomicFile;
import org.neurite.channels.record.TraceRecord;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.cli.plot.CellFigure;
import org.neurite.morphology.cell.CellRun;
import org.neurite.morphology.cell.CellSpec;
import org.neurite.morphology.cell.ReplayRun;

/**
 * Step 4 of the demo: the network's recorded RecExc and RecInh spikes replayed onto the
 * project's synthetic pyramidal cell ({@code examples/replay_demo_cell.json} with
 * {@code morphologies/pyramidal.swc}, both bundled in the jar and copied into the output folder
 * so that the folder holds everything needed to re-run the step with {@code neurite replay}):
 * AMPA+NMDA from every excitatory neuron on the basal and apical dendrites, GABA_A from every
 * inhibitory neuron within 50 µm of the soma. Writes cell.h5, probes.csv and cell.png.
 */
final class DemoCell {
    static final String SPEC = "replay_demo_cell.json";
    static final String MORPHOLOGY = "pyramidal.swc";
    /** How the example spec names the morphology (relative to examples/). */
    static final String EXAMPLE_MORPHOLOGY = "\"../morphologies/pyramidal.swc\"";

    private DemoCell() {
    }

    /** The bundled spec's text, as in examples/. */
    static String specText() {
        return DemoNetwork.bundled(SPEC);
    }

    /**
     * Copies spec and morphology into the output folder, then replays the network's spikes.
     *
     * @param out the demo's output folder (holding results.h5)
     */
    static CellRun run(Path out, ProgressListener progress) {
        AtomicFile.writeString(out.resolve(MORPHOLOGY), DemoNetwork.bundled(MORPHOLOGY));
        String spec = specText();
        if (!spec.contains(EXAMPLE_MORPHOLOGY)) {
            throw new IllegalStateException(SPEC + " no longer names " + EXAMPLE_MORPHOLOGY);
        }
        Path specFile = out.resolve("cell.json");
        AtomicFile.writeString(specFile, spec.replace(EXAMPLE_MORPHOLOGY, "\"" + MORPHOLOGY + "\""));
        CellRun run = ReplayRun.run(out.resolve("results.h5"), CellSpec.read(specFile), progress);
        run.writeHdf5(out.resolve("cell.h5"));
        run.writeCsv(out.resolve("probes.csv"));
        return run;
    }

    /** Soma and dendritic voltages of the replay, one panel each, over the whole run. */
    static void figure(Path png, CellRun run, double tStopMs) {
        TraceRecord r = run.simulation().probeRecord();
        List<double[]> columns = new java.util.ArrayList<>();
        for (int j = 0; j < r.nodeCount(); j++) {
            columns.add(r.column(j));
        }
        CellFigure.of(r.timesMs(), run.simulation().probeNames(), columns, 0, tStopMs, 1000).writePng(png);
    }
}
