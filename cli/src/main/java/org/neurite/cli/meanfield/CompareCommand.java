package org.neurite.cli.meanfield;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.neurite.channels.input.RateWaveform;
import org.neurite.channels.io.AtomicFile;
import org.neurite.channels.io.BadInputException;
import org.neurite.cli.GlobalOptions;
import org.neurite.cli.OutputPaths;
import org.neurite.cli.Progress;
import org.neurite.cli.plot.Figure;
import org.neurite.cli.plot.LinePanel;
import org.neurite.cli.plot.Palette;
import org.neurite.meanfield.markov.Trajectory;
import org.neurite.meanfield.network.Comparison;
import org.neurite.meanfield.network.MeanFieldFile;
import org.neurite.meanfield.network.NetworkMapping;
import org.neurite.pointneuron.config.NetworkConfig;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.Network;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code neurite meanfield compare CONFIG --out DIR}: simulates the network and its mean field,
 * prints the stationary rates of both, and writes {@code DIR/compare.png} (rates over time, drives),
 * {@code DIR/rates.csv} and {@code DIR/meanfield.h5}.
 */
@Command(name = "compare", description = {"Simulate a network file and its Markovian mean field; print the stationary rates of "
        + "both and write DIR/compare.png, DIR/rates.csv (binned rates over time) and DIR/meanfield.h5.", TransferFunctions.HELP})
final class CompareCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    MeanFieldOptions mf;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "Network file.")
    Path config;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Network threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--from", defaultValue = "500", paramLabel = "MS",
            description = "Start of the stationary window [ms] (default: ${DEFAULT-VALUE}).")
    double from;

    @Option(names = "--bin", defaultValue = "5", paramLabel = "MS", description = "Rate bin [ms] (default: ${DEFAULT-VALUE}).")
    double bin;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw BadInputException.parameter("--threads", "must be >= 1, got " + threads);
        }
        OutputPaths.folder("--out", out);
        NetworkConfig cfg = NetworkFile.read(config, mf.overrides());
        Comparison.Options options = new Comparison.Options(threads, mf.form(), mf.adaptation, mf.order(), mf.markovTimeMs, from, bin);
        if (!(from >= 0) || from >= cfg.tstopMs()) {
            throw BadInputException.parameter("--from", "must be >= 0 and before tstop (" + cfg.tstopMs() + " ms), got " + from);
        }
        if (!(bin > 0)) {
            throw BadInputException.parameter("--bin", "must be > 0 [ms], got " + bin);
        }
        PrintWriter o = spec.commandLine().getOut();
        Network net = new Network(cfg, threads);
        var tfs = TransferFunctions.obtain(net, NetworkMapping.map(net), mf, global, o, spec.commandLine().getErr());
        Comparison c;
        try (Progress p = Progress.start("network", global.showProgress())) {
            c = Comparison.run(net, tfs, options, p.listener());
        }
        o.printf(Locale.ROOT, "%s: network (%.1f s on %d threads) and order-%d mean field, stationary rates over %s-%s ms%n", config,
                c.networkSeconds(), threads, mf.order, RunCommand.fmt(c.windowStartMs()), RunCommand.fmt(cfg.tstopMs()));
        o.printf(Locale.ROOT, "%-12s %12s %14s %11s%n", "population", "network_Hz", "meanfield_Hz", "difference");
        for (int i = 0; i < c.populations().size(); i++) {
            double d = (c.meanFieldHz()[i] - c.networkHz()[i]) / c.networkHz()[i];
            o.printf(Locale.ROOT, "%-12s %12.4f %14.4f %10.1f%%%n", c.populations().get(i), c.networkHz()[i], c.meanFieldHz()[i], 100 * d);
        }
        writeCsv(c, out.resolve("rates.csv"));
        figure(c).writePng(out.resolve("compare.png"));
        MeanFieldFile.write(out.resolve("meanfield.h5"), c.meanField(), Math.min(0.1, cfg.dtMs()), config.toString());
        o.println("wrote " + out.resolve("compare.png") + ", " + out.resolve("rates.csv") + ", " + out.resolve("meanfield.h5"));
        o.flush();
        PrintWriter e = spec.commandLine().getErr();
        for (String n : c.notes()) {
            e.println("note: " + n);
        }
        for (String w : c.meanField().warnings()) {
            e.println("warning: " + w);
        }
        e.flush();
        return 0;
    }

    /** The mean field's rate of population i at the start of each bin. */
    private static double[] meanFieldAtBins(Comparison c, int i) {
        Trajectory tr = c.meanField().trajectory();
        double[] out = new double[c.binStartsMs().length];
        for (int b = 0; b < out.length; b++) {
            out[b] = b < tr.size() ? tr.states()[b][i] : tr.last()[i];
        }
        return out;
    }

    private static void writeCsv(Comparison c, Path file) {
        StringBuilder sb = new StringBuilder("t_ms");
        for (String p : c.populations()) {
            sb.append(",network_").append(p).append("_Hz,meanfield_").append(p).append("_Hz");
        }
        sb.append('\n');
        double[][] mfRates = new double[c.populations().size()][];
        for (int i = 0; i < mfRates.length; i++) {
            mfRates[i] = meanFieldAtBins(c, i);
        }
        for (int b = 0; b < c.binStartsMs().length; b++) {
            sb.append(String.format(Locale.ROOT, "%.6g", c.binStartsMs()[b]));
            for (int i = 0; i < mfRates.length; i++) {
                sb.append(String.format(Locale.ROOT, ",%.6g,%.6g", c.networkRatesHz()[i][b], mfRates[i][b]));
            }
            sb.append('\n');
        }
        AtomicFile.writeString(file, sb.toString());
    }

    private static Figure figure(Comparison c) {
        double[] t = c.binStartsMs();
        double[] mid = new double[t.length];
        for (int b = 0; b < t.length; b++) {
            mid[b] = t[b] + 0.5 * c.binMs();
        }
        LinePanel rates = new LinePanel("population rates: network (solid, " + RunCommand.fmt(c.binMs()) + " ms bins) and mean field (dashed)",
                "time [ms]", "rate [Hz]");
        List<String> pops = c.populations();
        for (int i = 0; i < pops.size(); i++) {
            rates.line(pops.get(i) + " network", mid, c.networkRatesHz()[i], Palette.cycle(i));
            rates.dashed(pops.get(i) + " mean field", t, meanFieldAtBins(c, i), Palette.cycle(i));
        }
        LinePanel drives = new LinePanel("afferent drives", "time [ms]", "rate per input [Hz]");
        int k = 0;
        for (var e : c.meanField().system().model().afferents().entrySet()) {
            RateWaveform w = e.getValue();
            double[] r = new double[t.length];
            for (int b = 0; b < t.length; b++) {
                r[b] = w.rateHz(t[b]);
            }
            drives.line(e.getKey(), t, r, Palette.cycle(pops.size() + k++));
        }
        Figure f = new Figure(900).add(rates, 380);
        if (k > 0) {
            f.add(drives, 200);
        }
        return f;
    }
}
