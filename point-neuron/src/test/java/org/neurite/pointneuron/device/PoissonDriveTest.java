package org.neurite.pointneuron.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neurite.channels.input.RateWaveform;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.pointneuron.build.Group;

/**
 * Per-target Poisson drive: counts against the Poisson (and Bernoulli) laws. With N targets × S
 * steps the mean count per target has standard error sqrt(m S / N); the Fano factor's standard
 * error is about sqrt(2/N). Tolerances are 4 standard errors (N = 2000 targets).
 */
class PoissonDriveTest {
    static final int N = 2000;

    static double[][] run(PoissonDrive d, int steps, int[] cuts) {
        double[][] in = new double[1][N];
        double[][] counts = new double[N][1];
        d.bind(in);
        d.prepare(cuts.length - 1);
        double[] total = new double[N];
        for (int s = 0; s < steps; s++) {
            for (int t = 0; t + 1 < cuts.length; t++) {
                d.apply(s, cuts[t], cuts[t + 1], t);
            }
            for (int i = 0; i < N; i++) {
                total[i] += in[0][i];
                in[0][i] = 0;
            }
        }
        counts[0] = total;
        return counts;
    }

    static PoissonDrive drive(RateWaveform rate, PoissonDrive.Mode mode, long seed) {
        return new PoissonDrive(0, Group.range(0, N), Group.range(0, N), rate, 0, Double.POSITIVE_INFINITY, 0, 0.1, 0, 1.0, mode,
                new RandomStreams(seed), "test");
    }

    static void assertStats(double[] c, double mean, double fano, String what) {
        double m = 0;
        double m2 = 0;
        for (double x : c) {
            m += x;
            m2 += x * x;
        }
        m /= c.length;
        double var = m2 / c.length - m * m;
        assertEquals(mean, m, 4 * Math.sqrt(mean / c.length), what + " mean");
        assertEquals(fano, var / m, 4 * Math.sqrt(2.0 / c.length) * fano, what + " Fano factor");
    }

    @Test
    @DisplayName("Poisson mode, 1.6 kHz (0.16 per step, time rescaling): counts Poisson (mean r T, Fano 1)")
    void poissonLowRate() {
        double[] c = run(drive(RateWaveform.constant(1600), PoissonDrive.Mode.POISSON, 1), 1000, new int[] {0, N})[0];
        assertStats(c, 160, 1.0, "1.6 kHz");
    }

    @Test
    @DisplayName("Poisson mode, 20 kHz (2 per step, inversion): counts Poisson")
    void poissonHighRate() {
        double[] c = run(drive(RateWaveform.constant(20000), PoissonDrive.Mode.POISSON, 2), 200, new int[] {0, N})[0];
        assertStats(c, 400, 1.0, "20 kHz");
    }

    @Test
    @DisplayName("Bernoulli mode (Brian2 PoissonGroup): mean S m, Fano 1 - m")
    void bernoulli() {
        double[] c = run(drive(RateWaveform.constant(1600), PoissonDrive.Mode.BERNOULLI, 3), 1000, new int[] {0, N})[0];
        assertStats(c, 160, 1 - 0.16, "Bernoulli");
    }

    @Test
    @DisplayName("a ramp 0 -> 4 kHz over 100 ms: mean count = sum of r(t_s) dt over the steps")
    void ramp() {
        RateWaveform ramp = org.neurite.pointneuron.config.Waveforms.piecewiseLinear(new double[] {0, 100}, new double[] {0, 4000}, 4000);
        double expected = 0;
        for (int s = 0; s < 2000; s++) {
            expected += ramp.rateHz(s * 0.1) * 1e-4;
        }
        double[] c = run(drive(ramp, PoissonDrive.Mode.POISSON, 4), 2000, new int[] {0, N})[0];
        assertStats(c, expected, 1.0, "ramp");
    }

    @Test
    @DisplayName("the same counts whatever the thread ranges")
    void rangesDoNotMatter() {
        double[] one = run(drive(RateWaveform.constant(5000), PoissonDrive.Mode.POISSON, 9), 300, new int[] {0, N})[0];
        double[] three = run(drive(RateWaveform.constant(5000), PoissonDrive.Mode.POISSON, 9), 300, new int[] {0, 7, 1500, N})[0];
        assertArrayEquals(one, three, 0.0);
    }

    @Test
    @DisplayName("inversion: the branch-free count equals the CDF search, at the table's entries and between them")
    void inversionCount() {
        double[] c = new double[4096];
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        for (double m : new double[] {1.01, 2.0, 4.5, 30.0, 300.0}) {
            int kmax = PoissonDrive.table(m, c);
            for (int k = 0; k < 20000; k++) {
                double u = k < 2 * kmax ? c[k / 2] - (k % 2) * Math.ulp(c[k / 2]) : r.nextDouble();
                int expect = 0;
                while (expect < kmax && u >= c[expect]) {
                    expect++;
                }
                assertEquals(expect, PoissonDrive.inverse(u, c, kmax), "m = " + m + ", u = " + u);
            }
        }
        double[] tiny = {0.5, 0.9, 1.0};
        assertEquals(2, PoissonDrive.inverse(0.95, tiny, 2), "tables shorter than the unrolled part");
    }

    @Test
    @DisplayName("delivering into a synapse bank (direct events) gives the counts of the port input")
    void intoBank() {
        double[] viaInput = run(drive(RateWaveform.constant(20000), PoissonDrive.Mode.POISSON, 6), 1, new int[] {0, N})[0];
        PoissonDrive d = drive(RateWaveform.constant(20000), PoissonDrive.Mode.POISSON, 6);
        org.neurite.channels.receptor.SynapseBank bank = org.neurite.channels.receptor.SynapseBank.onePerTarget(
                org.neurite.channels.receptor.Receptor.current("x", new org.neurite.channels.receptor.Delta()), N, 0.1);
        d.prepare(1);
        d.deliverInto(new org.neurite.channels.receptor.SynapseBank[] {bank});
        d.apply(0, 0, N, 0);
        double sum = 0;
        for (int i = 0; i < N; i++) {
            assertEquals(viaInput[i], bank.value(i), 0.0);
            sum += viaInput[i];
        }
        assertEquals(2.0 * N, sum, 4 * Math.sqrt(2.0 * N), "about 2 events per target");
        for (double m : new double[] {400, 1600}) {
            double[] a = run(drive(RateWaveform.constant(m), PoissonDrive.Mode.POISSON, 8), 1, new int[] {0, N})[0];
            PoissonDrive e = drive(RateWaveform.constant(m), PoissonDrive.Mode.POISSON, 8);
            org.neurite.channels.receptor.SynapseBank b = org.neurite.channels.receptor.SynapseBank.onePerTarget(
                    org.neurite.channels.receptor.Receptor.current("x", new org.neurite.channels.receptor.Delta()), N, 0.1);
            e.prepare(1);
            e.deliverInto(new org.neurite.channels.receptor.SynapseBank[] {b});
            e.apply(0, 0, N, 0);
            for (int i = 0; i < N; i++) {
                assertEquals(a[i], b.value(i), 0.0);
            }
        }
    }
}
