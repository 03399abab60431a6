package org.neurite.channels.input;

import org.neurite.channels.io.BadInputException;

/**
 * Trains given as explicit spike times (NEST's {@code spike_generator}, NEURON's VecStim).
 */
public final class ExplicitSource implements SpikeSource {
    private final double[][] times;
    private final int[] cursor;

    /**
     * @param timesMs one array of spike times [ms] per train, each non-decreasing and finite
     */
    public ExplicitSource(double[][] timesMs) {
        this.times = new double[timesMs.length][];
        for (int i = 0; i < timesMs.length; i++) {
            double[] t = timesMs[i].clone();
            for (int k = 0; k < t.length; k++) {
                if (!Double.isFinite(t[k])) {
                    throw BadInputException.parameter("spike_times[" + i + "][" + k + "]", "must be a finite time [ms], got " + t[k]);
                }
                if (k > 0 && t[k] < t[k - 1]) {
                    throw BadInputException.parameter("spike_times[" + i + "]", "must be sorted; " + t[k] + " ms follows " + t[k - 1] + " ms");
                }
            }
            this.times[i] = t;
        }
        this.cursor = new int[times.length];
    }

    @Override
    public int size() {
        return times.length;
    }

    @Override
    public void reset() {
        java.util.Arrays.fill(cursor, 0);
    }

    @Override
    public void emit(double fromMs, double toMs, SpikeSink sink) {
        for (int i = 0; i < times.length; i++) {
            double[] t = times[i];
            int k = cursor[i];
            while (k < t.length && t[k] < toMs) {
                if (t[k] >= fromMs) {
                    sink.accept(i, t[k]);
                }
                k++;
            }
            cursor[i] = k;
        }
    }
}
