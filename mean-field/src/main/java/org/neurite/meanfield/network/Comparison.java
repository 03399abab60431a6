package org.neurite.meanfield.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.meanfield.markov.MarkovSystem;
import org.neurite.meanfield.markov.MeanFieldModel;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.meanfield.tf.Coefficients;
import org.neurite.pointneuron.config.NetworkConfig;
import org.neurite.pointneuron.run.Network;
import org.neurite.pointneuron.sim.Population;

/**
 * A network and its mean field side by side: the network simulated to its tstop with every
 * population's rate counted in bins, the mean field of the same network ({@link NetworkMapping})
 * integrated over the same time under the same drives, and the stationary rates of both over
 * [window start, tstop).
 *
 * @param populations population names
 * @param networkHz network rate per population over the window [Hz]
 * @param meanFieldHz mean-field rate per population averaged over the window [Hz]
 * @param windowStartMs start of the stationary window [ms]
 * @param binMs bin of the rate time courses [ms]
 * @param binStartsMs start of each bin [ms]
 * @param networkRatesHz network rate per population and bin [population][bin] [Hz]
 * @param meanField the mean-field run (time course sampled every bin, fixed points, warnings)
 * @param notes remarks from building the mean field
 * @param networkSeconds wall time of the network simulation [s]
 */
public record Comparison(List<String> populations, double[] networkHz, double[] meanFieldHz, double windowStartMs, double binMs,
                         double[] binStartsMs, double[][] networkRatesHz, MeanFieldRun meanField, List<String> notes,
                         double networkSeconds) {
    /**
     * Settings of a comparison.
     *
     * @param threads network simulation threads
     * @param form fluctuation form, or null for each coefficient file's own
     * @param adaptation whether adaptation enters the mean field as W
     * @param order mean-field order
     * @param markovTimeMs T [ms]
     * @param windowStartMs start of the stationary window [ms] (PROVENANCE: discard 500 ms)
     * @param binMs rate bin [ms]
     */
    public record Options(int threads, ShotNoise form, boolean adaptation, MarkovSystem.Order order, double markovTimeMs,
                          double windowStartMs, double binMs) {
    }

    /**
     * @param config the network
     * @param coefficients transfer-function coefficients per population
     * @param o settings
     * @param progress receives the network simulation's progress in steps
     */
    public static Comparison run(NetworkConfig config, Map<String, Coefficients> coefficients, Options o, ProgressListener progress) {
        check(config, o);
        return run(new Network(config, o.threads()), coefficients, o, progress);
    }

    /**
     * The same for a network already built (and not yet run), e.g. one whose mapping served to
     * obtain the transfer functions; {@code o.threads()} is then the network's own.
     */
    public static Comparison run(Network net, Map<String, Coefficients> coefficients, Options o, ProgressListener progress) {
        NetworkConfig config = net.config();
        check(config, o);
        if (net.simulation().timeMs() > 0) {
            throw new IllegalStateException("the network has already run");
        }
        List<String> notes = new ArrayList<>();
        MeanFieldModel model = NetworkMapping.model(net, coefficients, o.form(), o.adaptation(), o.markovTimeMs(), notes);
        List<Population> pops = net.populations();
        int p = pops.size();
        double dt = config.dtMs();
        long total = Math.round(config.tstopMs() / dt);
        long perBin = Math.max(1, Math.round(o.binMs() / dt));
        int bins = (int) ((total + perBin - 1) / perBin);
        double[] starts = new double[bins];
        double[][] rates = new double[p][bins];
        long[] windowCount = new long[p];
        long windowFirstStep = Math.round(o.windowStartMs() / dt);
        long t0 = System.nanoTime();
        long done = 0;
        for (int b = 0; b < bins; b++) {
            long steps = Math.min(perBin, total - done);
            long[] before = counts(net, p);
            final long offset = done;
            net.simulation().run(steps, (d, t) -> progress.progress(offset + d, total));
            long[] after = counts(net, p);
            starts[b] = done * dt;
            for (int i = 0; i < p; i++) {
                long c = after[i] - before[i];
                rates[i][b] = c * 1000.0 / (pops.get(i).size() * steps * dt);
                if (done >= windowFirstStep) {
                    windowCount[i] += c;
                }
            }
            done += steps;
        }
        double networkSeconds = (System.nanoTime() - t0) * 1e-9;
        long windowSteps = total - ((windowFirstStep + perBin - 1) / perBin) * perBin;
        double[] netHz = new double[p];
        for (int i = 0; i < p; i++) {
            netHz[i] = windowCount[i] * 1000.0 / (pops.get(i).size() * windowSteps * dt);
        }
        double windowStart = (total - windowSteps) * dt;
        MeanFieldRun mf = MeanFieldRun.of(model, o.order(), config.tstopMs(), Math.min(0.1, dt), o.binMs(), ProgressListener.NONE);
        double[] mfHz = new double[p];
        for (int i = 0; i < p; i++) {
            mfHz[i] = mf.trajectory().mean(i, windowStart);
        }
        List<String> names = new ArrayList<>();
        for (Population pop : pops) {
            names.add(pop.name());
        }
        return new Comparison(names, netHz, mfHz, windowStart, o.binMs(), starts, rates, mf, notes, networkSeconds);
    }

    private static void check(NetworkConfig config, Options o) {
        if (!(o.windowStartMs() >= 0) || o.windowStartMs() >= config.tstopMs()) {
            throw BadInputException.parameter("stationary window start", "must be >= 0 and before tstop (" + config.tstopMs()
                    + " ms), got " + o.windowStartMs());
        }
        if (!(o.binMs() > 0)) {
            throw BadInputException.parameter("bin", "must be > 0 [ms], got " + o.binMs());
        }
    }

    private static long[] counts(Network net, int p) {
        long[] c = new long[p];
        for (int i = 0; i < p; i++) {
            c[i] = net.spikeCount(i);
        }
        return c;
    }
}
