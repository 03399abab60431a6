package org.neurite.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.neurite.channels.io.AtomicFile;
import org.neurite.channels.record.TraceRecord;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.cli.plot.Figure;
import org.neurite.cli.plot.LinePanel;
import org.neurite.cli.plot.Palette;
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
        return resource(SPEC);
    }

    /**
     * Copies spec and morphology into the output folder, then replays the network's spikes.
     *
     * @param out the demo's output folder (holding results.h5)
     */
    static CellRun run(Path out, ProgressListener progress) {
        AtomicFile.writeString(out.resolve(MORPHOLOGY), resource(MORPHOLOGY));
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
        List<String> names = run.simulation().probeNames();
        double[] t = r.timesMs();
        LinePanel soma = new LinePanel("soma", "time (ms)", "V (mV)").xRange(0, tStopMs).noLegend();
        LinePanel dend = new LinePanel("dendrites", "time (ms)", "V (mV)").xRange(0, tStopMs);
        int c = 0;
        for (int j = 0; j < names.size(); j++) {
            if (names.get(j).equals("soma")) {
                soma.line("soma", t, r.column(j), Palette.BLACK);
            } else {
                dend.line(names.get(j), t, r.column(j), Palette.cycle(c++));
            }
        }
        new Figure(1000).add(soma, 260).add(dend, 320).writePng(png);
    }

    private static String resource(String name) {
        try (InputStream in = DemoCell.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
