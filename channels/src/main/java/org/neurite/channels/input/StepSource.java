package org.neurite.channels.input;

import org.neurite.channels.io.BadInputException;

/**
 * A piecewise-constant current (NEST {@code step_current_generator}): amplitude_k from time_k
 * until time_{k+1}; 0 before the first time.
 */
public final class StepSource implements CurrentSource {
    private final double[] times;
    private final double[] amplitudes;

    /**
     * @param timesMs change times [ms], strictly increasing
     * @param amplitudesPA amplitude from each time on [pA]
     */
    public StepSource(double[] timesMs, double[] amplitudesPA) {
        if (timesMs.length != amplitudesPA.length) {
            throw BadInputException.parameter("step_current amplitude_times/amplitude_values",
                    "must have the same length, got " + timesMs.length + " and " + amplitudesPA.length);
        }
        for (int i = 0; i < timesMs.length; i++) {
            if (!Double.isFinite(timesMs[i]) || !Double.isFinite(amplitudesPA[i])) {
                throw BadInputException.parameter("step_current[" + i + "]", "must be finite");
            }
            if (i > 0 && !(timesMs[i] > timesMs[i - 1])) {
                throw BadInputException.parameter("step_current amplitude_times", "must be strictly increasing at index " + i);
            }
        }
        this.times = timesMs.clone();
        this.amplitudes = amplitudesPA.clone();
    }

    /** Current at time t [pA]. */
    public double valueAt(double tMs) {
        int lo = 0;
        int hi = times.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= tMs) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? 0.0 : amplitudes[found];
    }

    @Override
    public int size() {
        return 1;
    }

    @Override
    public void sample(double tMs, double dtMs, double[] out) {
        out[0] = valueAt(tMs + 0.5 * dtMs);
    }

    @Override
    public void reset() {
    }
}
