package org.neurite.cli.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.meanfield.auto.MeanFieldPrediction;
import org.neurite.meanfield.auto.NetworkTransferFunctions;
import org.neurite.pointneuron.run.Network;

/**
 * Step 3 of the demo: the Markovian mean field (El Boustani &amp; Destexhe 2009, first order,
 * Zerlaut et al. 2018 transfer functions obtained for the network's own cells and cached) of the
 * same network file under the same afferent bump, drawn dashed over the network's rates and
 * compared with them in two windows: before the bump and at its peak. Times in ms, rates in Hz.
 */
final class DemoMeanField {
    /** Comparison windows [ms]: the steady state before the bump, and the bump's peak. */
    static final double[][] WINDOWS = {{300, 700}, {950, 1050}};
    static final String[] WINDOW_NAMES = {"before the bump", "at its peak"};

    private DemoMeanField() {
    }

    /** The prediction for the network the demo ran (its structure is reused, not built again). */
    static MeanFieldPrediction predict(Network net, ProgressListener progress, Path cacheDir) {
        return MeanFieldPrediction.of(net, MeanFieldPrediction.Options.defaults(), progress, cacheDir);
    }

    /** The predicted rates sampled every {@code everyMs}, as {t [ms], rate [Hz]} per population, for the figure. */
    static Map<String, double[][]> overlay(MeanFieldPrediction mf, double everyMs) {
        double[] t = mf.timesMs();
        double dt = t.length > 1 ? t[1] - t[0] : everyMs;
        int stride = Math.max(1, (int) Math.round(everyMs / dt));
        int n = (t.length - 1) / stride + 1;
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (String pop : mf.populations()) {
            double[] r = mf.ratesHz(pop);
            double[][] xy = new double[2][n];
            for (int k = 0; k < n; k++) {
                xy[0][k] = t[k * stride];
                xy[1][k] = r[k * stride];
            }
            out.put(pop, xy);
        }
        return out;
    }

    /** Mean of samples {t, y} with t in [from, to). */
    static double mean(double[] t, double[] y, double from, double to) {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < t.length; k++) {
            if (t[k] >= from && t[k] < to) {
                sum += y[k];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * Lines comparing network and mean field per population and window.
     *
     * @param network the network's rates per population {t [ms] bin centres, rate [Hz]}
     */
    static List<String> comparison(MeanFieldPrediction mf, Map<String, double[][]> network) {
        List<String> lines = new ArrayList<>();
        for (NetworkTransferFunctions.Outcome o : mf.transferFunctions()) {
            lines.add(o.describe());
        }
        for (String pop : mf.populations()) {
            double[][] net = network.get(pop);
            if (net == null) {
                continue;
            }
            StringBuilder sb = new StringBuilder(pop);
            for (int w = 0; w < WINDOWS.length; w++) {
                double m = mean(mf.timesMs(), mf.ratesHz(pop), WINDOWS[w][0], WINDOWS[w][1]);
                double x = mean(net[0], net[1], WINDOWS[w][0], WINDOWS[w][1]);
                sb.append(String.format(Locale.ROOT, "%s %s (%.0f-%.0f ms): mean field %.2f Hz, network %.2f Hz",
                        w == 0 ? ":" : ";", WINDOW_NAMES[w], WINDOWS[w][0], WINDOWS[w][1], m, x));
            }
            lines.add(sb.toString());
        }
        return lines;
    }
}
