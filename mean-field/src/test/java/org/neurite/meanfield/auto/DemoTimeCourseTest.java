package org.neurite.meanfield.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.testing.ValidationData;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.NetworkRun;
import org.neurite.pointneuron.sim.Population;

/**
 * The mean-field prediction ({@link MeanFieldPrediction}: transfer functions characterised automatically, first order,
 * T = 5 ms, adaptation inside the stationary transfer functions as in Zerlaut et al. 2018) of the ntwk RS-FS demo
 * networks against neurite's simulation of the same files (whose agreement with Brian2/ntwk the network side's reference
 * tests check).
 *
 * <p>Tolerances. Stationary rates: 30 % (the tolerance PROVENANCE of meanfield_zerlaut states for network vs mean field;
 * Zerlaut et al. 2018: the mean field "slightly overestimates"). The response to the input bump: the network is less
 * adapted at the top of a 100 ms bump than in a steady state (τ_w = 500 ms) and more adapted after it, which a mean field
 * whose adaptation sits in a stationary transfer function cannot follow; so the top of the bump is checked against the
 * range 50–130 % of the network's rate, and its timing within 25 ms. Measured (seed 3): baseline RecExc +4 %, RecInh
 * +3 %; top of the bump −38 % / −17 % (the mean field there equals the network's own steady state under a constant 8 Hz
 * drive, 3.40 / 15.55 Hz, within 5 %); peaks at 1001 ms vs 1005 / 1015 ms; after the bump the network falls to
 * 0.58 / 4.1 Hz, the mean field returns to 1.6 / 6.1 Hz. Constant 5 Hz drive ({@code rsfs_demo.json}): +0.8 % / +2.3 %.
 */
class DemoTimeCourseTest {
    @TempDir
    Path cache;

    /** Mean of a binned network rate {start, bin, values...} over [from, to) [Hz]. */
    static double mean(double[] binned, double fromMs, double toMs) {
        double s = 0;
        int n = 0;
        for (int k = 2; k < binned.length; k++) {
            double t = binned[0] + (k - 2) * binned[1];
            if (t >= fromMs && t < toMs) {
                s += binned[k];
                n++;
            }
        }
        return s / n;
    }

    /** Mean of the prediction over [from, to) [Hz]. */
    static double mean(MeanFieldPrediction p, String pop, double fromMs, double toMs) {
        double[] r = p.ratesHz(pop);
        double s = 0;
        int n = 0;
        for (int k = 0; k < r.length; k++) {
            if (p.timesMs()[k] >= fromMs && p.timesMs()[k] < toMs) {
                s += r[k];
                n++;
            }
        }
        return s / n;
    }

    @Test
    void bumpTimeCourseOfTheDemoNetwork() {
        Path file = ValidationData.repositoryRoot().resolve("examples/demo_network.json");
        NetworkRun.Result net = NetworkRun.run(file, new NetworkRun.Options(NetworkFile.Overrides.NONE, 2, null, "test"),
                ProgressListener.NONE);
        MeanFieldPrediction mf = MeanFieldPrediction.of(file, ProgressListener.NONE, cache);
        assertEquals(15001, mf.timesMs().length, "0 ... 1500 ms on the file's 0.1 ms grid");
        assertEquals(1500.0, mf.timesMs()[15000], 1e-9);
        assertEquals(java.util.List.of("RecExc", "RecInh"), mf.populations());
        Map<String, double[]> rates = net.network().populationRates();
        for (String pop : mf.populations()) {
            double[] r = rates.get("rate-" + pop);
            double nb = mean(r, 300, 700);
            double mb = mean(mf, pop, 300, 700);
            double np = mean(r, 950, 1050);
            double mp = mean(mf, pop, 950, 1050);
            double tNet = 0;
            double best = -1;
            for (double t = 500; t <= 1450; t += 5) {
                double m = mean(r, t - 25, t + 25);
                if (m > best) {
                    best = m;
                    tNet = t;
                }
            }
            double[] y = mf.ratesHz(pop);
            int kMax = 0;
            for (int k = 0; k < y.length; k++) {
                if (y[k] > y[kMax]) {
                    kMax = k;
                }
            }
            double tMf = mf.timesMs()[kMax];
            String msg = String.format("%s: baseline network %.3f Hz, mean field %.3f Hz (%+.1f %%); top of the bump %.3f / %.3f Hz "
                    + "(%+.1f %%); peak at %.0f / %.1f ms", pop, nb, mb, 100 * (mb / nb - 1), np, mp, 100 * (mp / np - 1), tNet, tMf);
            System.out.println(msg);
            assertEquals(0, mb / nb - 1, 0.30, msg);
            assertTrue(mp >= 0.5 * np && mp <= 1.3 * np, msg);
            assertEquals(tNet, tMf, 25, msg);
        }
        for (NetworkTransferFunctions.Outcome o : mf.transferFunctions()) {
            System.out.println(o.describe());
            assertEquals(NetworkTransferFunctions.Origin.CHARACTERISED, o.origin());
        }
    }

    @Test
    void stationaryRatesUnderTheConstantDriveOfRsfsDemo() {
        // rsfs_demo.json: the same cells and connectivity under a constant 5 Hz afferent drive, 1 s; stationary window
        // 500-1000 ms (after the onset transient and most of the adaptation). Measured: RecExc 2.170 (network) vs 2.188 Hz
        // (+0.8 %), RecInh 8.53 vs 8.73 Hz (+2.3 %).
        Path file = ValidationData.repositoryRoot().resolve("examples/rsfs_demo.json");
        NetworkRun.Result net = NetworkRun.run(file, new NetworkRun.Options(NetworkFile.Overrides.NONE, 2, null, "test"),
                ProgressListener.NONE);
        MeanFieldPrediction mf = MeanFieldPrediction.of(file, ProgressListener.NONE, cache);
        for (Population p : net.network().populations()) {
            SpikeRecord spikes = net.network().spikeRecords().stream().filter(s -> s.population().equals(p.name())).findFirst()
                    .orElseThrow();
            double network = spikes.populationRateHz(p.size(), 500, 1000, 500)[0];
            double meanField = mean(mf, p.name(), 500, 1000);
            String msg = String.format("%s under 5 Hz: network %.3f Hz, mean field %.3f Hz (%+.1f %%)", p.name(), network, meanField,
                    100 * (meanField / network - 1));
            System.out.println(msg);
            assertEquals(0, meanField / network - 1, 0.30, msg);
        }
    }

    @Test
    void theIntegrationStepDividesTheNetworkStep() {
        assertEquals(0.1, MeanFieldPrediction.integrationStepMs(0.1), 0);
        assertEquals(0.05, MeanFieldPrediction.integrationStepMs(0.05), 0);
        assertEquals(0.25 / 3, MeanFieldPrediction.integrationStepMs(0.25), 1e-15);
        assertEquals(0.1, MeanFieldPrediction.integrationStepMs(1.0), 1e-15);
    }
}
