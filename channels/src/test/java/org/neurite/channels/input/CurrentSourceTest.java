package org.neurite.channels.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.rng.RandomStreams;

/** Current sources: waveforms exactly; noise by its stationary statistics (5-SD bounds, fixed seeds). */
class CurrentSourceTest {

    @Test
    void dcCoversTheStepsWhoseMidpointIsInside() {
        DcSource dc = new DcSource(100, 20, 220);
        double[] out = new double[1];
        double dt = 0.025;
        int on = 0;
        for (int s = 0; s < 12000; s++) {
            dc.sample(s * dt, dt, out);
            if (out[0] != 0) {
                assertEquals(100.0, out[0], 0.0);
                on++;
            }
        }
        assertEquals(8000, on, "200 ms / 0.025 ms steps");
        dc.sample(19.975, dt, out);
        assertEquals(0.0, out[0], 0.0, "step ending at 20 ms is off (NEURON IClamp at t+dt/2)");
        dc.sample(20.0, dt, out);
        assertEquals(100.0, out[0], 0.0);
    }

    @Test
    void stepAndSineFollowTheirDefinitions() {
        StepSource st = new StepSource(new double[] {10, 20, 30}, new double[] {5, -3, 0});
        assertEquals(0.0, st.valueAt(9.99), 0.0);
        assertEquals(5.0, st.valueAt(10), 0.0);
        assertEquals(-3.0, st.valueAt(25), 0.0);
        assertEquals(0.0, st.valueAt(1e6), 0.0);
        SineSource sine = new SineSource(50, 10, 90, 7);
        assertEquals(57.0, sine.valueAt(0), 1e-12);
        assertEquals(7.0 + 50 * Math.sin(2 * Math.PI * 10 * 0.0123 + Math.PI / 2), sine.valueAt(12.3), 1e-12);
        assertThrows(BadInputException.class, () -> new StepSource(new double[] {1, 1}, new double[] {0, 0}));
    }

    /**
     * Ornstein–Uhlenbeck: stationary mean μ, SD σ, autocorrelation e^{−lag/τ}. 200 outputs,
     * 20 000 steps of 0.5 ms (τ = 10 ms): about 10^5 effectively independent samples, so the
     * estimates' SDs are ~σ/300 (mean), ~0.5 % (variance), ~0.005 (correlation).
     */
    @Test
    void ornsteinUhlenbeckHasItsStationaryStatistics() {
        int n = 200;
        double mu = 30;
        double sigma = 12;
        double tau = 10;
        double dt = 0.5;
        int steps = 20000;
        OrnsteinUhlenbeckSource ou = new OrnsteinUhlenbeckSource(n, mu, sigma, tau, new RandomStreams(3), 1);
        double[] out = new double[n];
        double[] prev = new double[n];
        int lag = (int) (tau / dt);
        double[][] history = new double[lag + 1][n];
        double s1 = 0;
        double s2 = 0;
        double cross = 0;
        long count = 0;
        long crossCount = 0;
        for (int s = 0; s < steps; s++) {
            ou.sample(s * dt, dt, out);
            double[] h = history[s % (lag + 1)];
            if (s > lag) {
                for (int k = 0; k < n; k++) {
                    cross += (out[k] - mu) * (h[k] - mu);
                }
                crossCount += n;
            }
            for (int k = 0; k < n; k++) {
                s1 += out[k];
                s2 += (out[k] - mu) * (out[k] - mu);
                h[k] = out[k];
            }
            count += n;
            System.arraycopy(out, 0, prev, 0, n);
        }
        double nEff = (double) count * dt / (2 * tau);
        assertEquals(mu, s1 / count, 5 * sigma / Math.sqrt(nEff), "mean");
        double var = s2 / count;
        assertEquals(sigma * sigma, var, 5 * sigma * sigma * Math.sqrt(2 / nEff), "variance");
        double rho = cross / crossCount / (sigma * sigma);
        assertEquals(Math.exp(-1), rho, 5 * Math.sqrt(2 / nEff), "autocorrelation at lag tau");
    }

    @Test
    void gaussianNoiseIsRedrawnEveryIntervalOnly() {
        GaussianNoiseSource noise = new GaussianNoiseSource(3, 10, 2, 1.0, new RandomStreams(9), 4);
        double[] a = new double[3];
        double[] b = new double[3];
        noise.sample(0.0, 0.1, a);
        noise.sample(0.1, 0.1, b);
        assertEquals(a[0], b[0], 0.0, "same interval, same value");
        noise.sample(1.0, 0.1, b);
        assertTrue(a[0] != b[0], "next interval, new value");
        // statistics of 60 000 draws
        double s = 0;
        double s2 = 0;
        int m = 0;
        for (int k = 2; k < 20002; k++) {
            noise.sample(k, 1.0, b);
            for (double x : b) {
                s += x;
                s2 += x * x;
                m++;
            }
        }
        double mean = s / m;
        assertEquals(10, mean, 5 * 2 / Math.sqrt(m));
        assertEquals(4, s2 / m - mean * mean, 5 * 4 * Math.sqrt(2.0 / m));
    }
}
