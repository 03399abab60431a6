package org.neurite.channels.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.rng.RandomStreams;

/**
 * Spike sources. Statistical checks use fixed seeds and bounds of 5 standard deviations of the
 * estimator under the null hypothesis (a correct generator fails one with probability below
 * 1e-6); the tests are deterministic.
 */
class SpikeSourceTest {

    private static SpikeRecord collect(SpikeSource s, double tEnd, double window) {
        SpikeRecord r = new SpikeRecord("x");
        for (double t = 0; t < tEnd; t += window) {
            s.emit(t, Math.min(t + window, tEnd), r::add);
        }
        return r;
    }

    @Test
    void poissonHasItsRateUnitCvAndUnitFano() {
        int n = 200;
        double rate = 40; // Hz
        double tEnd = 20_000; // ms
        PoissonSource p = new PoissonSource(n, rate, 0, Double.POSITIVE_INFINITY, new RandomStreams(7), 3);
        SpikeRecord r = collect(p, tEnd, 1.0);
        // count: Poisson with mean n·rate·T
        double lambda = n * rate * tEnd / 1000;
        assertTrue(Math.abs(r.size() - lambda) < 5 * Math.sqrt(lambda), "count " + r.size() + " vs " + lambda);
        // CV of inter-spike intervals: 1 for exponential ISIs; the estimator's SD is about 1/sqrt(K)
        double sum = 0;
        double sum2 = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            double[] t = r.timesOf(i);
            for (int j = 1; j < t.length; j++) {
                double isi = t[j] - t[j - 1];
                sum += isi;
                sum2 += isi * isi;
                k++;
            }
        }
        double mean = sum / k;
        double cv = Math.sqrt(sum2 / k - mean * mean) / mean;
        assertEquals(1.0, cv, 5 / Math.sqrt(k), "CV over " + k + " intervals");
        assertEquals(1000 / rate, mean, 5 * mean / Math.sqrt(k), "mean ISI");
        // Fano factor of counts in 100 ms windows: 1, SD about sqrt(2/M)
        int windows = (int) (tEnd / 100);
        double[] counts = new double[n * windows];
        for (int s = 0; s < r.size(); s++) {
            int w = (int) (r.timeMs(s) / 100);
            counts[r.nodeId(s) * windows + w]++;
        }
        double cm = 0;
        for (double c : counts) {
            cm += c;
        }
        cm /= counts.length;
        double cv2 = 0;
        for (double c : counts) {
            cv2 += (c - cm) * (c - cm);
        }
        double fano = cv2 / (counts.length - 1) / cm;
        assertEquals(1.0, fano, 5 * Math.sqrt(2.0 / counts.length), "Fano factor");
    }

    @Test
    void inhomogeneousPoissonFollowsItsWaveform() {
        // r(t) = 20 + 15 sin(2 pi t / 200 ms); 2000 trains, 1 s, 10 ms bins, chi-square against
        // the expected counts N * integral of r over each bin
        RateWaveform w = RateWaveform.of(t -> 20 + 15 * Math.sin(2 * Math.PI * t / 200), 35);
        int n = 2000;
        InhomogeneousPoissonSource s = new InhomogeneousPoissonSource(n, w, 0, 1000, new RandomStreams(11), 0);
        SpikeRecord r = collect(s, 1000, 0.1);
        int bins = 100;
        double[] observed = new double[bins];
        for (int k = 0; k < r.size(); k++) {
            observed[(int) (r.timeMs(k) / 10)]++;
        }
        double chi2 = 0;
        for (int b = 0; b < bins; b++) {
            double t0 = b * 10;
            double integral = 20 * 10 - 15 * 200 / (2 * Math.PI) * (Math.cos(2 * Math.PI * (t0 + 10) / 200) - Math.cos(2 * Math.PI * t0 / 200));
            double expected = n * integral / 1000;
            chi2 += (observed[b] - expected) * (observed[b] - expected) / expected;
        }
        assertTrue(chi2 < bins + 5 * Math.sqrt(2 * bins), "chi2 = " + chi2 + " with " + bins + " bins");
    }

    @Test
    void sameSeedGivesTheSameTrainsWhateverTheOrderAndWindows() {
        RandomStreams a = new RandomStreams(42);
        RandomStreams b = new RandomStreams(42);
        PoissonSource a1 = new PoissonSource(50, 30, 0, 1e9, a, 1);
        PoissonSource a2 = new PoissonSource(50, 30, 0, 1e9, a, 2);
        // made in the other order, cut into other windows
        PoissonSource b2 = new PoissonSource(50, 30, 0, 1e9, b, 2);
        PoissonSource b1 = new PoissonSource(50, 30, 0, 1e9, b, 1);
        SpikeRecord ra = collect(a1, 2000, 0.1);
        SpikeRecord rb = collect(b1, 2000, 7.3);
        ra.sortByTime();
        rb.sortByTime();
        assertArrayEquals(ra.nodeIds(), rb.nodeIds());
        assertArrayEquals(ra.timesMs(), rb.timesMs(), 0.0);
        SpikeRecord ra2 = collect(a2, 2000, 1.0);
        SpikeRecord rb2 = collect(b2, 2000, 100.0);
        ra2.sortByTime();
        rb2.sortByTime();
        assertArrayEquals(ra2.timesMs(), rb2.timesMs(), 0.0);
        // different ids give different trains
        assertTrue(ra.size() != ra2.size() || !java.util.Arrays.equals(ra.timesMs(), ra2.timesMs()));
        // reset replays
        a1.reset();
        SpikeRecord again = collect(a1, 2000, 3.0);
        again.sortByTime();
        assertArrayEquals(ra.timesMs(), again.timesMs(), 0.0);
        // the inhomogeneous source has the same property
        RateWaveform w = RateWaveform.gaussianBump(4, 4, 500, 100);
        SpikeRecord i1 = collect(new InhomogeneousPoissonSource(20, w, 0, 1000, new RandomStreams(5), 9), 1000, 0.1);
        SpikeRecord i2 = collect(new InhomogeneousPoissonSource(20, w, 0, 1000, new RandomStreams(5), 9), 1000, 13.0);
        i1.sortByTime();
        i2.sortByTime();
        assertArrayEquals(i1.timesMs(), i2.timesMs(), 0.0);
    }

    @Test
    void regularExplicitAndReplaySourcesGiveExactlyTheirTimes() {
        SpikeRecord reg = collect(new RegularSource(2, 40, 5, 100), 200, 0.7);
        reg.sortById();
        assertArrayEquals(new double[] {5, 30, 55, 80, 5, 30, 55, 80}, reg.timesMs(), 1e-12);

        ExplicitSource ex = new ExplicitSource(new double[][] {{1.0, 2.5, 2.5, 9.0}, {}, {0.0}});
        SpikeRecord er = collect(ex, 10, 2.5);
        er.sortById();
        assertArrayEquals(new int[] {0, 0, 0, 0, 2}, er.nodeIds());
        assertArrayEquals(new double[] {1.0, 2.5, 2.5, 9.0, 0.0}, er.timesMs(), 0.0);

        SpikeRecord recorded = SpikeRecord.of("RecExc", new int[] {3, 0, 3, 1}, new double[] {12.0, 4.0, 2.0, 7.5});
        ReplaySource rp = new ReplaySource(recorded, 5, 100.0);
        List<double[]> got = new ArrayList<>();
        rp.emit(0, 200, (i, t) -> got.add(new double[] {i, t}));
        assertEquals(4, got.size());
        assertArrayEquals(new double[] {0, 104.0}, got.get(0), 0.0);
        assertArrayEquals(new double[] {1, 107.5}, got.get(1), 0.0);
        assertArrayEquals(new double[] {3, 102.0}, got.get(2), 0.0);
        assertArrayEquals(new double[] {3, 112.0}, got.get(3), 0.0);
        assertThrows(BadInputException.class, () -> new ReplaySource(recorded, 3, 0));
    }

    @Test
    void badSourcesAreRejected() {
        RandomStreams s = new RandomStreams(1);
        assertTrue(assertThrows(BadInputException.class, () -> new PoissonSource(3, -1, 0, 1, s, 0)).getMessage().contains("rate"));
        assertTrue(assertThrows(BadInputException.class, () -> new ExplicitSource(new double[][] {{2, 1}})).getMessage().contains("sorted"));
        assertTrue(assertThrows(BadInputException.class, () -> new ExplicitSource(new double[][] {{Double.NaN}})).getMessage().contains("finite"));
        assertTrue(assertThrows(BadInputException.class, () -> new RegularSource(1, 0, 0, 1)).getMessage().contains("rate"));
    }
}
