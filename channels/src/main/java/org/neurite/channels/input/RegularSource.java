package org.neurite.channels.input;

import org.neurite.channels.io.BadInputException;

/**
 * Trains that fire periodically: spikes at start + k·period, k = 0, 1, … while before stop. All
 * trains fire together (a periodic drive); give a phase per train to stagger them.
 */
public final class RegularSource implements SpikeSource {
    private final int n;
    private final double periodMs;
    private final double[] firstMs;
    private final double stopMs;
    private final long[] k;

    /**
     * @param n number of trains
     * @param rateHz rate [Hz], &gt; 0
     * @param startMs first spike [ms]
     * @param stopMs no spike at or after [ms]
     */
    public RegularSource(int n, double rateHz, double startMs, double stopMs) {
        this(rateHz, stopMs, filled(n, startMs));
    }

    /**
     * @param rateHz rate [Hz], &gt; 0
     * @param stopMs no spike at or after [ms]
     * @param firstSpikeMs first spike of each train [ms]
     */
    public RegularSource(double rateHz, double stopMs, double[] firstSpikeMs) {
        if (!(rateHz > 0) || Double.isInfinite(rateHz)) {
            throw BadInputException.parameter("regular rate", "must be > 0 [Hz], got " + rateHz);
        }
        this.n = firstSpikeMs.length;
        this.periodMs = 1000.0 / rateHz;
        this.firstMs = firstSpikeMs.clone();
        this.stopMs = stopMs;
        this.k = new long[n];
    }

    private static double[] filled(int n, double v) {
        if (n < 0) {
            throw BadInputException.parameter("regular n", "must be >= 0, got " + n);
        }
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(k, 0L);
    }

    @Override
    public void emit(double fromMs, double toMs, SpikeSink sink) {
        double end = Math.min(toMs, stopMs);
        for (int i = 0; i < n; i++) {
            while (true) {
                double t = firstMs[i] + k[i] * periodMs; // no accumulated rounding
                if (t >= end) {
                    break;
                }
                if (t >= fromMs) {
                    sink.accept(i, t);
                }
                k[i]++;
            }
        }
    }
}
