package org.neurite.cli.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.cli.GlobalOptions;
import org.neurite.cli.OutputPaths;
import org.neurite.cli.Progress;
import org.neurite.cli.Version;
import org.neurite.cli.plot.NetworkFigure;
import org.neurite.meanfield.auto.MeanFieldPrediction;
import org.neurite.morphology.cell.CellRun;
import org.neurite.pointneuron.sim.Population;
import org.neurite.pointneuron.run.Network;
import org.neurite.pointneuron.run.NetworkRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code neurite demo [--out DIR]}: the main job, from a spiking network to a dendrite. Each step
 * writes its files into the output folder and prints what it did:
 * <ol>
 *   <li>the ntwk RS-FS network with a Gaussian afferent bump, 1.5 s → results.h5;</li>
 *   <li>the Markovian mean field of the same network file (transfer functions of its own cells,
 *       characterised once and cached);</li>
 *   <li>the ntwk-style figure with the mean field dashed over the rates → network.png;</li>
 *   <li>the recorded spikes replayed onto the synthetic pyramidal cell → cell.h5, probes.csv, cell.png;</li>
 *   <li>3-D frames of the dendritic voltage at a few moments → frames/ (needs OpenGL: a display,
 *       or Xvfb; skipped with the reason otherwise);</li>
 *   <li>index.html showing all of it.</li>
 * </ol>
 */
@Command(name = "demo", description = "The main job: the ntwk RS-FS network with an input bump, its mean field, "
        + "the replay of its spikes onto a pyramidal cell, 3-D frames of the dendritic voltage, and index.html "
        + "with everything (default output folder: out/).")
public final class DemoCommand implements Callable<Integer> {
    /** Moments of the 3-D frames [ms]: before the bump, its rise, its peak, its decay. */
    static final double[] FRAME_TIMES_MS = {500, 900, 1000, 1100};

    @Mixin
    GlobalOptions global;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", defaultValue = "2", description = "Threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--tf-cache", paramLabel = "DIR", description = "Transfer-function cache of the mean field "
            + "(default: $NEURITE_TF_CACHE, else $XDG_CACHE_HOME/neurite/tf or ~/.cache/neurite/tf).")
    Path tfCache;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw BadInputException.parameter("--threads", "must be >= 1, got " + threads);
        }
        OutputPaths.folder("--out", out);
        long start = System.nanoTime();
        PrintWriter o = spec.commandLine().getOut();
        o.println("neurite demo: writing to " + out.toAbsolutePath());
        o.flush();

        // 1. the network
        long t0 = System.nanoTime();
        NetworkRun.Result res;
        try (Progress p = Progress.start("network", global.showProgress())) {
            res = DemoNetwork.run(out, threads, Version.get(), p.listener());
        }
        Network net = res.network();
        double tStop = net.simulation().timeMs();
        o.printf(Locale.ROOT, "1. network: %d neurons, %d synapses, %.1f s simulated in %.1f s -> results.h5%n",
                net.populations().stream().mapToInt(Population::size).sum(), net.synapseCount(), tStop / 1000, seconds(t0));
        for (String line : res.lines()) {
            o.println("   " + line);
        }
        o.flush();
        Map<String, NetworkFigure.Rate> rates = new LinkedHashMap<>();
        Map<String, double[][]> rateSeries = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : net.populationRates().entrySet()) {
            String pop = e.getKey().replaceFirst("^rate-", "");
            NetworkFigure.Rate r = NetworkFigure.Rate.of(pop, e.getValue());
            rates.put(pop, r);
            rateSeries.put(pop, new double[][] {r.tMs(), r.hz()});
        }

        // 2. the mean field
        t0 = System.nanoTime();
        MeanFieldPrediction mf;
        try (Progress p = Progress.start("mean field", global.showProgress())) {
            mf = DemoMeanField.predict(net, p.listener(), tfCache);
        }
        List<String> mfLines = DemoMeanField.comparison(mf, rateSeries);
        o.printf(Locale.ROOT, "2. mean field (first order, T = 5 ms) in %.1f s%n", seconds(t0));
        for (String line : mfLines) {
            o.println("   " + line);
        }
        if (!mf.warnings().isEmpty()) {
            o.println("   (" + mf.warnings().size() + " note" + (mf.warnings().size() == 1 ? "" : "s") + " on the mean field in index.html)");
        }
        o.flush();

        // 3. the figure
        JsonValue config = DemoNetwork.config();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Population p : net.populations()) {
            sizes.put(p.name(), p.size());
        }
        List<SpikeRecord> spikes = net.spikeRecords();
        NetworkFigure.write(out.resolve("network.png"), DemoNetwork.afferentRate(config), spikes, sizes, net.traces(), rates,
                DemoMeanField.overlay(mf, 1.0), tStop);
        o.println("3. figure: input, raster, V_m, population rates with the mean field -> network.png");
        o.flush();

        // 4. the replay onto the pyramidal cell
        t0 = System.nanoTime();
        CellRun cell;
        try (Progress p = Progress.start("replay", global.showProgress())) {
            cell = DemoCell.run(out, p.listener());
        }
        DemoCell.figure(out.resolve("cell.png"), cell, tStop);
        List<String> cellLines = new ArrayList<>(cell.summary());
        cellLines.add(1, "probe V_end_mV V_min_mV V_max_mV");
        o.printf(Locale.ROOT, "4. replay onto the pyramidal cell in %.1f s -> cell.h5, probes.csv, cell.png%n", seconds(t0));
        for (String line : cellLines) {
            o.println("   " + line);
        }
        o.flush();

        // 5. 3-D frames
        t0 = System.nanoTime();
        DemoFrames.Outcome frames;
        try (Progress p = Progress.start("frames", global.showProgress())) {
            frames = DemoFrames.render(out.resolve("cell.h5"), out.resolve("frames"), FRAME_TIMES_MS, p.listener());
        }
        if (frames.done()) {
            o.printf(Locale.ROOT, "5. 3-D frames: %d pictures of the dendritic voltage (%s) in %.1f s -> frames/%n",
                    frames.files().size(), frames.how(), seconds(t0));
        } else {
            o.println("5. 3-D frames skipped: " + frames.skipped());
        }
        o.flush();

        // 6. the page
        IndexPage page = new IndexPage("neurite demo");
        page.paragraph(config.getString("description", ""));
        page.heading("1. The network");
        page.preformatted(String.join("\n", summaryLines(res)));
        page.heading("2. Its mean field");
        page.paragraph("The Markovian mean field (El Boustani & Destexhe 2009, first order, T = 5 ms) of the same network "
                + "file, with transfer functions (Zerlaut et al. 2018 template) characterised from the network's own cells "
                + "and cached, under the same afferent drive.");
        page.preformatted(String.join("\n", mfLines));
        for (String w : mf.warnings()) {
            page.paragraph("Note: " + w);
        }
        page.heading("3. The figure");
        page.image("network.png", "Afferent input, spikes (excitatory green, inhibitory red), membrane potentials, "
                + "population rates (network solid, mean field dashed).");
        page.paragraph("Files: results.h5 (SONATA spikes, traces, rates, parameters), network.json (the network).");
        page.heading("4. The spikes replayed onto a pyramidal cell");
        page.paragraph("Every RecExc neuron drives one AMPA+NMDA site on the basal and apical dendrites, every RecInh "
                + "neuron one GABA_A site within 50 µm of the soma, with the spike times the network recorded.");
        page.preformatted(String.join("\n", cellLines));
        page.image("cell.png", "Membrane potential at the soma and at dendritic probes during the replay.");
        page.paragraph("Files: cell.h5 (geometry, every compartment's V every 1 ms, probe traces, the synapse mapping), "
                + "probes.csv, cell.json + pyramidal.swc (re-run with: neurite replay --network results.h5 --cell cell.json).");
        page.heading("5. The dendritic voltage in 3-D");
        if (frames.done()) {
            List<String> paths = new ArrayList<>();
            for (Path f : frames.files()) {
                paths.add(out.relativize(f).toString().replace('\\', '/'));
            }
            page.gallery(paths, frames.captions());
        } else {
            page.paragraph("Skipped: " + frames.skipped());
        }
        page.write(out.resolve("index.html"));
        o.printf(Locale.ROOT, "6. page -> index.html%ndone in %.1f s: open %s%n", seconds(start), out.resolve("index.html"));
        o.flush();
        return 0;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) * 1e-9;
    }

    private static List<String> summaryLines(NetworkRun.Result res) {
        List<String> lines = new ArrayList<>();
        lines.add("population n_neurons n_spikes mean_rate_Hz");
        lines.addAll(res.lines());
        lines.add(String.format(Locale.ROOT, "set-up %.2f s, simulation %.2f s", res.setupSeconds(), res.runSeconds()));
        return lines;
    }
}
