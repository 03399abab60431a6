package org.neurite.meanfield.markov;

import java.util.List;

/**
 * A sampled solution of the mean-field equations.
 *
 * @param names state variable names ({@link MarkovSystem#stateNames()})
 * @param timesMs sample times [ms]
 * @param states state at each sample [sample][variable]
 * @param transferRatesHz F_μ at each sample [sample][population] [Hz]
 */
public record Trajectory(List<String> names, double[] timesMs, double[][] states, double[][] transferRatesHz) {
    /** Number of samples. */
    public int size() {
        return timesMs.length;
    }

    /** One state variable over time. */
    public double[] series(int variable) {
        double[] out = new double[timesMs.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = states[k][variable];
        }
        return out;
    }

    /** Mean of a state variable over the samples with t ≥ fromMs. */
    public double mean(int variable, double fromMs) {
        double s = 0;
        int n = 0;
        for (int k = 0; k < timesMs.length; k++) {
            if (timesMs[k] >= fromMs) {
                s += states[k][variable];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** The last state. */
    public double[] last() {
        return states[states.length - 1].clone();
    }
}
