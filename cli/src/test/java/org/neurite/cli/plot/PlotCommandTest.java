package org.neurite.cli.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.io.Json;
import org.neurite.channels.record.SonataSpikes;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.testing.ValidationData;
import org.neurite.cli.Main;
import org.neurite.meanfield.characterize.TfFile;
import org.neurite.meanfield.tf.CoefficientFiles;
import org.neurite.meanfield.tf.Coefficients;
import org.neurite.meanfield.tf.RateFunction;
import org.neurite.meanfield.tf.TfData;

/**
 * {@code neurite plot network|cell|tf}, run in-process on files the other commands write in the
 * test. Checked: the PNG's size, colours of the drawn series in the picture, and that what is drawn
 * is the data (spikes drawn = spikes in the file; the dashed fit reproduces the fit file's RMS).
 */
class PlotCommandTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** Pixels close (within 30 per channel) to a colour in rows [y0, y1). */
    static int count(BufferedImage img, Color c, int y0, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color p = new Color(img.getRGB(x, y) & 0xffffff);
                if (Math.abs(p.getRed() - c.getRed()) < 30 && Math.abs(p.getGreen() - c.getGreen()) < 30
                        && Math.abs(p.getBlue() - c.getBlue()) < 30) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int firstInt(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "'" + regex + "' in: " + text);
        return Integer.parseInt(m.group(1));
    }

    /**
     * examples/coba.json for 40 ms with one spike recorder per group (ntwk's layout; coba.json has one
     * for both groups) and a population rate of the excitatory group added.
     */
    private Path cobaResults() throws IOException {
        Path coba = ValidationData.repositoryRoot().resolve("examples").resolve("coba.json");
        String text = Files.readString(coba);
        String withRate = text.replace("\"devices\": [", "\"devices\": [\n    {\"type\": \"population_rate\", \"name\": \"rate-exc\", \"target\": \"exc\", \"bin\": 5.0},");
        String recorder = "{\"type\": \"spike_recorder\", \"name\": \"spikes\", \"target\": [\"exc\", \"inh\"]}";
        assertTrue(withRate.contains(recorder), "coba.json records spikes of both groups in one recorder");
        withRate = withRate.replace(recorder, "{\"type\": \"spike_recorder\", \"name\": \"spikes-exc\", \"target\": \"exc\"},\n"
                + "    {\"type\": \"spike_recorder\", \"name\": \"spikes-inh\", \"target\": \"inh\"}");
        Path cfg = tmp.resolve("coba.json");
        Files.writeString(cfg, withRate);
        Path h5 = tmp.resolve("results.h5");
        Result r = run("network", "run", cfg.toString(), "--tstop", "40", "--out", h5.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        return h5;
    }

    @Test
    void networkPlotDrawsEverySpikeInTheFileWithExcitatoryGreen() throws IOException {
        Path h5 = cobaResults();
        int spikes = 0;
        int spikesInWindow = 0;
        for (SpikeRecord s : SonataSpikes.read(h5).values()) {
            spikes += s.size();
            for (int k = 0; k < s.size(); k++) {
                spikesInWindow += s.timeMs(k) >= 10 && s.timeMs(k) <= 30 ? 1 : 0;
            }
        }
        assertTrue(spikes > 100, "the COBA network fires in 40 ms: " + spikes);

        Path png = tmp.resolve("out/network.png");
        Result r = run("plot", "network", h5.toString(), "--out", png.toString(), "--width", "800", "--height", "840");
        assertEquals(0, r.code(), r.err());
        assertEquals(spikes, firstInt(r.out(), "\\((\\d+) spikes drawn"), r.out());
        assertTrue(r.out().contains("2 spike populations, 1 traces, 1 rates"), r.out());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(840, img.getHeight());
        // raster (340 of 840 px): exc green (neuron_type +1 in the stored configuration), inh red
        assertTrue(count(img, Palette.EXCITATORY, 0, 340) > 200, "green excitatory dots in the raster");
        assertTrue(count(img, Palette.INHIBITORY, 0, 340) > 50, "red inhibitory dots in the raster");
        // V_m of exc cells, and the exc rate, are green too; no inhibitory trace or rate was recorded
        assertTrue(count(img, Palette.EXCITATORY, 340, 580) > 100, "green V_m traces");
        assertTrue(count(img, Palette.EXCITATORY, 580, 840) > 50, "green rate");
        assertEquals(0, count(img, Palette.INHIBITORY, 340, 840), "nothing inhibitory below the raster");

        Path window = tmp.resolve("window.png");
        Result w = run("plot", "network", h5.toString(), "--out", window.toString(), "--from", "10", "--to", "30");
        assertEquals(0, w.code(), w.err());
        assertEquals(spikesInWindow, firstInt(w.out(), "\\((\\d+) spikes drawn"), w.out());
        assertEquals(1000, ImageIO.read(window.toFile()).getWidth());
    }

    /**
     * examples/coba.json as shipped records both groups with one spike recorder: the plot splits it
     * back into its groups (results.h5 stores each node id's group), so exc is drawn green and inh
     * red, every spike once, and nothing in the neutral blue used when groups are unknown.
     */
    @Test
    void networkPlotColoursARecorderOfSeveralGroupsByGroup() throws IOException {
        Path coba = ValidationData.repositoryRoot().resolve("examples").resolve("coba.json");
        Path h5 = tmp.resolve("one-recorder.h5");
        Result run = run("network", "run", coba.toString(), "--tstop", "40", "--out", h5.toString(), "--no-progress");
        assertEquals(0, run.code(), run.err());
        int spikes = 0;
        for (SpikeRecord s : SonataSpikes.read(h5).values()) {
            spikes += s.size();
        }
        Path png = tmp.resolve("one-recorder.png");
        Result r = run("plot", "network", h5.toString(), "--out", png.toString(), "--width", "800", "--height", "840");
        assertEquals(0, r.code(), r.err());
        assertEquals(spikes, firstInt(r.out(), "\\((\\d+) spikes drawn"), r.out());
        assertTrue(r.out().contains("2 spike populations"), r.out());
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(count(img, Palette.EXCITATORY, 0, 340) > 200, "green excitatory dots in the raster");
        assertTrue(count(img, Palette.INHIBITORY, 0, 340) > 50, "red inhibitory dots in the raster");
        assertEquals(0, count(img, Palette.BLUE, 0, 340), "no neutral-coloured dots");
    }

    @Test
    void cellPlotShowsSomaAndDendriteProbes() throws IOException {
        Path swc = ValidationData.repositoryRoot().resolve("morphologies").resolve("ball_and_stick.swc");
        Path spec = tmp.resolve("bs.json");
        Files.writeString(spec, "{\"morphology\": \"" + swc.toString().replace("\\", "/") + "\",\n"
                + " \"passive\": [{\"Ra\": 150, \"g_pas\": 5e-5, \"e_pas\": -70}],\n"
                + " \"current_clamps\": [{\"location\": \"soma\", \"amp_nA\": 0.05, \"delay_ms\": 20, \"dur_ms\": 50}],\n"
                + " \"probes\": [{\"name\": \"soma\", \"location\": \"soma\"}, {\"name\": \"dend_300um\", \"location\": {\"swc_id\": 32}}],\n"
                + " \"dt\": 0.025, \"tstop\": 100, \"v_init\": -70}\n");
        Path h5 = tmp.resolve("cell.h5");
        Result c = run("cell", "run", spec.toString(), "--out", h5.toString(), "--no-progress");
        assertEquals(0, c.code(), c.err());

        Path png = tmp.resolve("cell.png");
        Result r = run("plot", "cell", h5.toString(), "--out", png.toString(), "--width", "640", "--height", "480");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(2 probes, "), r.out());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(480, img.getHeight());
        // panels 260:320 of 480 px → soma in rows [0, 215), dendrites below
        assertTrue(count(img, Palette.BLUE, 215, 480) > 100, "the dendrite probe in the first cycle colour");
        assertEquals(0, count(img, Palette.BLUE, 0, 215), "no dendrite trace in the soma panel");
    }

    private static final String CELL = """
            {
              "model": "AdExp",
              "parameters": {"Gl": 10, "Cm": 200, "El": -65, "Vthre": -50, "Vreset": -65, "deltaV": 2, "a": 4, "b": 20, "tauw": 500},
              "synapses": [
                {"name": "exc", "count": 400, "Q_nS": 1, "tau_ms": 5, "Erev_mV": 0},
                {"name": "inh", "count": 100, "Q_nS": 5, "tau_ms": 5, "Erev_mV": -80}
              ],
              "grid": {"exc": [2, 3, 4, 5, 6, 7, 8], "inh": [0, 5, 10]},
              "seeds": 2,
              "duration_ms": 2000
            }
            """;

    @Test
    void tfPlotDrawsOneCurvePerInhibitoryRateAndTheFitDashed() throws IOException {
        Path cell = tmp.resolve("cell.json");
        Files.writeString(cell, CELL);
        Path h5 = tmp.resolve("tf.h5");
        assertEquals(0, run("meanfield", "characterize", cell.toString(), "--out", h5.toString(), "--threads", "2", "--no-progress").code());
        Path fit = tmp.resolve("fit.json");
        Result f = run("meanfield", "fit", h5.toString(), "--out", fit.toString());
        assertEquals(0, f.code(), f.err());

        Path png = tmp.resolve("tf.png");
        Result r = run("plot", "tf", h5.toString(), "--fit", fit.toString(), "--out", png.toString(), "--width", "700", "--height", "500");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3 curves, 21 points, fit zerlaut2018 dashed"), r.out());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(700, img.getWidth());
        assertEquals(500, img.getHeight());
        for (int k = 0; k < 3; k++) {
            assertTrue(count(img, Palette.cycle(k), 0, 500) > 30, "curve " + k + " drawn in its colour");
        }

        // the curves are the data: 7 excitatory rates each, inh 0, 5, 10 Hz, means as in the file
        TfData d = TfFile.read(h5);
        List<TfFigure.Curve> curves = TfFigure.curves(d);
        assertEquals(List.of("inh 0 Hz", "inh 5 Hz", "inh 10 Hz"), curves.stream().map(TfFigure.Curve::label).toList());
        double sum = 0;
        for (TfFigure.Curve c : curves) {
            assertEquals(7, c.excHz().length);
            assertEquals(2.0, c.excHz()[0]);
            assertEquals(8.0, c.excHz()[6]);
            for (double m : c.meanHz()) {
                sum += m;
            }
        }
        double fileSum = 0;
        for (double m : d.meanHz()) {
            fileSum += m;
        }
        assertEquals(fileSum, sum, 1e-9 * Math.max(1, fileSum));

        // the dashed curves are the fitted function: evaluated the way the figure does at every grid
        // point, their RMS error against the data is the rms_Hz 'meanfield fit' wrote (1e-9 relative)
        Coefficients co = CoefficientFiles.read(fit, null);
        RateFunction tf = co.transferFunction(null, null).bind(d.pathways());
        int e = TfFigure.excitatoryPathway(d.pathways());
        assertEquals(0, e);
        double ss = 0;
        for (int k = 0; k < d.size(); k++) {
            TfFigure.Curve point = new TfFigure.Curve("p", d.ratesHz()[k], new double[] {d.ratesHz()[k][e]}, new double[1], new double[1]);
            double y = TfFigure.fitted(point, tf, e)[1][0];
            ss += (y - d.meanHz()[k]) * (y - d.meanHz()[k]);
        }
        double rms = Math.sqrt(ss / d.size());
        double expected = Json.read(fit).require("fit").getDouble("rms_Hz");
        assertEquals(expected, rms, 1e-9 * Math.max(1e-3, expected));
    }

    @Test
    void badInputsExit65NamingTheFileAndMissingOutExits2() throws IOException {
        Path missing = tmp.resolve("none.h5");
        for (String kind : new String[] {"network", "cell", "tf"}) {
            Result r = run("plot", kind, missing.toString(), "--out", tmp.resolve("x.png").toString());
            assertEquals(65, r.code(), kind + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(missing.toString()), r.err());
            assertEquals(2, run("plot", kind, missing.toString()).code(), kind + " without --out");
        }
        // a file of the wrong kind: network results given to the cell and tf plots, and vice versa
        Path cellJson = tmp.resolve("cell.json");
        Files.writeString(cellJson, CELL.replace("\"seeds\": 2", "\"seeds\": 1").replace("2000", "200")
                .replace("[2, 3, 4, 5, 6, 7, 8]", "[4]").replace("[0, 5, 10]", "[0]"));
        Path tf = tmp.resolve("tf.h5");
        assertEquals(0, run("meanfield", "characterize", cellJson.toString(), "--out", tf.toString(), "--no-progress").code());
        for (String kind : new String[] {"network", "cell"}) {
            Result r = run("plot", kind, tf.toString(), "--out", tmp.resolve("y.png").toString());
            assertEquals(65, r.code(), kind + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(tf.toString()), r.err());
        }
        Path text = tmp.resolve("not.h5");
        Files.writeString(text, "hello");
        Result t = run("plot", "tf", text.toString(), "--out", tmp.resolve("z.png").toString());
        assertEquals(65, t.code(), t.err());
        assertTrue(t.err().contains(text.toString()), t.err());
        assertEquals(2, run("plot").code());
        assertEquals(65, run("plot", "tf", tf.toString(), "--out", tf.toString()).code(), "output would replace the input");
        assertTrue(!Files.exists(tmp.resolve("x.png")) && !Files.exists(tmp.resolve("y.png")) && !Files.exists(tmp.resolve("z.png")));
    }

    /**
     * A small STDP network (100 excitatory and 40 inhibitory Poisson relays onto one iaf_psc_exp
     * cell, additive stdp_synapse on both pathways, a weight_recorder on the excitatory one): one
     * final-weight histogram per pathway (green for positive weights, red for negative ones), then
     * the recorder's mean weight in the first cycle colour. The histogram's counts are the file's
     * weights counted bin by bin here; the mean at the last event is the mean of the final weights.
     */
    @Test
    void networkPlotDrawsWeightHistogramsAndRecordedMeanWeight() throws IOException {
        String json = """
                {"dt": 0.1, "tstop": 2000.0, "seed": 5,
                 "groups": [{"name": "exc_in", "size": 100, "model": "parrot_neuron"},
                            {"name": "inh_in", "size": 40, "model": "parrot_neuron", "neuron_type": -1},
                            {"name": "cell", "size": 1, "model": "iaf_psc_exp",
                             "params": {"tau_m": 10.0, "E_L": -70.0, "V_th": -54.0, "V_reset": -60.0, "t_ref": 0.0}}],
                 "connections": [
                   {"name": "exc", "pre": "exc_in", "post": "cell", "rule": "all_to_all", "delay": 0.1,
                    "weight": {"distribution": "uniform", "low": 0.0, "high": 100.0}, "synapse_model": "stdp_synapse",
                    "lambda": 0.05, "alpha": 1.05, "mu_plus": 0.0, "mu_minus": 0.0, "Wmax": 100.0},
                   {"name": "inh", "pre": "inh_in", "post": "cell", "rule": "all_to_all", "delay": 0.1,
                    "weight": 20.0, "synapse_model": "stdp_synapse", "lambda": 0.05, "Wmax": 40.0}],
                 "devices": [
                   {"type": "poisson_generator", "target": "exc_in", "rate": 20.0, "weight": 1.0, "delay": 0.1},
                   {"type": "poisson_generator", "target": "inh_in", "rate": 10.0, "weight": 1.0, "delay": 0.1},
                   {"type": "weight_recorder", "name": "wr", "pathway": "exc", "senders": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]}]}
                """;
        Path cfg = tmp.resolve("stdp.json");
        Files.writeString(cfg, json);
        Path h5 = tmp.resolve("stdp.h5");
        Result run = run("network", "run", cfg.toString(), "--out", h5.toString(), "--no-progress");
        assertEquals(0, run.code(), run.err());
        NetworkResults res = NetworkResults.read(h5);
        double[] exc = res.finalWeights().get("exc");
        double[] inh = res.finalWeights().get("inh");
        assertEquals(100, exc.length);
        assertEquals(40, inh.length);

        // counts of the histogram = the file's weights counted against the bin edges
        WeightHistogram h = WeightHistogram.of(exc, NetworkFigure.WEIGHT_BINS);
        double max = 0;
        for (double w : exc) {
            max = Math.max(max, w);
        }
        assertEquals(0.0, h.lo());
        assertEquals(max, h.hi());
        int total = 0;
        for (int k = 0; k < NetworkFigure.WEIGHT_BINS; k++) {
            double a = max * k / NetworkFigure.WEIGHT_BINS;
            double b = max * (k + 1) / NetworkFigure.WEIGHT_BINS;
            int n = 0;
            for (double w : exc) {
                n += (w >= a && (w < b || k == NetworkFigure.WEIGHT_BINS - 1)) ? 1 : 0;
            }
            assertEquals(n, h.counts()[k], "bin " + k + " [" + a + ", " + b + ")");
            total += h.counts()[k];
        }
        assertEquals(100, total);
        WeightHistogram hi = WeightHistogram.of(inh, NetworkFigure.WEIGHT_BINS);
        assertTrue(hi.lo() < 0 && hi.hi() == 0, "inhibitory weights are negative (NEST's sign): " + hi.lo());

        // the recorder's mean after its last event = the mean final weight of its ten synapses (all-to-all: one per sender)
        NetworkResults.RecordedWeights rec = res.recordedWeights().get("wr");
        assertTrue(rec.times().length > 100, "events: " + rec.times().length);
        double[][] mean = rec.meanWeight();
        double want = 0;
        for (int k = 0; k < 10; k++) {
            want += exc[k];
        }
        assertEquals(want / 10, mean[1][mean[1].length - 1], 1e-9 * Math.abs(want));

        Path png = tmp.resolve("stdp.png");
        Result r = run("plot", "network", h5.toString(), "--out", png.toString(), "--width", "800");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 weight pathways, 1 weight recorders"), r.out());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(660, img.getHeight(), "three panels of 220 px: two histograms and the recorder");
        assertTrue(count(img, Palette.EXCITATORY, 0, 220) > 1000, "green bars of the excitatory histogram");
        assertEquals(0, count(img, Palette.INHIBITORY, 0, 220), "no red in the excitatory histogram");
        assertTrue(count(img, Palette.INHIBITORY, 220, 440) > 1000, "red bars of the inhibitory histogram");
        assertEquals(0, count(img, Palette.EXCITATORY, 220, 440), "no green in the inhibitory histogram");
        assertTrue(count(img, Palette.cycle(0), 440, 660) > 100, "the recorder's mean weight in the first cycle colour");
    }
}
