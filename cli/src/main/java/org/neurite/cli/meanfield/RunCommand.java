package org.neurite.cli.meanfield;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.neurite.cli.GlobalOptions;
import org.neurite.cli.OutputPaths;
import org.neurite.cli.Progress;
import org.neurite.meanfield.markov.FixedPoints;
import org.neurite.meanfield.markov.MarkovSystem;
import org.neurite.meanfield.markov.MeanFieldModel;
import org.neurite.meanfield.network.MeanFieldFile;
import org.neurite.meanfield.network.MeanFieldRun;
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
 * {@code neurite meanfield run CONFIG}: the Markovian mean field of a network file, its fixed
 * points with their stability, and its time course under the file's drives; transfer functions
 * from {@code --tf}, the cache, or characterised ({@link TransferFunctions}).
 */
@Command(name = "run", description = {"Markovian mean field (El Boustani & Destexhe 2009) of a network file (neurite JSON or "
        + "ntwk params.json, as 'network run' reads it): fixed points with stability, and the time course from rest under "
        + "the file's drives.", TransferFunctions.HELP,
    "Notes and warnings (e.g. a transfer function used outside its fitted range) go to stderr."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    MeanFieldOptions mf;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "Network file.")
    Path config;

    @Option(names = "--out", paramLabel = "mf.h5", description = "Write the time course and fixed points as HDF5.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputPaths.file("--out", out, config);
        NetworkConfig cfg = NetworkFile.read(config, mf.overrides());
        MarkovSystem.Order order = mf.order();
        PrintWriter o = spec.commandLine().getOut();
        Network net = new Network(cfg, 1);
        NetworkMapping.Mapping mapping = NetworkMapping.map(net);
        var tfs = TransferFunctions.obtain(net, mapping, mf, global, o, spec.commandLine().getErr());
        List<String> notes = new ArrayList<>();
        MeanFieldModel model = NetworkMapping.model(mapping, tfs, mf.form(), mf.adaptation, mf.markovTimeMs, notes);
        double dt = Math.min(0.1, cfg.dtMs());
        MeanFieldRun run;
        try (Progress p = Progress.start("meanfield", global.showProgress())) {
            run = MeanFieldRun.of(model, order, cfg.tstopMs(), dt, 1.0, p.listener());
        }
        if (out != null) {
            MeanFieldFile.write(out, run, dt, config.toString());
        }
        o.printf(Locale.ROOT, "mean field of %s: order %d, T = %s ms, populations %s, drives %s%n", config, mf.order, fmt(mf.markovTimeMs),
                String.join(", ", model.populations().stream().map(MeanFieldModel.Population::name).toList()),
                model.afferents().isEmpty() ? "none" : String.join(", ", model.afferents().keySet()));
        List<String> names = run.trajectory().names();
        int k = 1;
        for (FixedPoints.FixedPoint fp : run.fixedPoints()) {
            o.printf(Locale.ROOT, "fixed point %d: %s  %s (leading eigenvalue %s /ms)%n", k++, state(names, fp.state()),
                    fp.stability().stable() ? "stable" : "unstable", eigen(fp));
        }
        if (run.fixedPoints().isEmpty()) {
            o.println("no fixed point found");
        }
        o.printf(Locale.ROOT, "time course 0-%s ms: at the end %s%n", fmt(cfg.tstopMs()), state(names, run.trajectory().last()));
        if (out != null) {
            o.println("wrote " + out);
        }
        o.flush();
        PrintWriter e = spec.commandLine().getErr();
        for (String n : notes) {
            e.println("note: " + n);
        }
        for (String w : run.warnings()) {
            e.println("warning: " + w);
        }
        e.flush();
        return 0;
    }

    static String state(List<String> names, double[] y) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < y.length; i++) {
            String n = names.get(i);
            String unit = n.startsWith("nu_") ? " Hz" : n.startsWith("c_") ? " Hz^2" : " pA";
            sb.append(i > 0 ? ", " : "").append(n).append(" = ").append(String.format(Locale.ROOT, "%.5g", y[i])).append(unit);
        }
        return sb.toString();
    }

    private static String eigen(FixedPoints.FixedPoint fp) {
        double re = fp.stability().real()[0];
        double im = fp.stability().imaginary()[0];
        return im == 0 ? String.format(Locale.ROOT, "%.4g", re) : String.format(Locale.ROOT, "%.4g %s %.4gi", re, im < 0 ? "-" : "+", Math.abs(im));
    }

    static String fmt(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
