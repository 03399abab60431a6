package org.neurite.morphology.validation;

/**
 * Error measures of a simulated trace against a reference sampled at the same times, as Brian2's
 * Rallpack tests report them: relative RMS = √(mean((ref − sim)²)) / (max(ref) − min(ref)), and the
 * largest absolute difference.
 */
final class TraceErrors {
    private TraceErrors() {
    }

    /** Relative RMS over the first min(lengths) samples. */
    static double relativeRms(double[] ref, double[] sim) {
        int n = Math.min(ref.length, sim.length);
        double s = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double d = ref[i] - sim[i];
            s += d * d;
            lo = Math.min(lo, ref[i]);
            hi = Math.max(hi, ref[i]);
        }
        return Math.sqrt(s / n) / (hi - lo);
    }

    /** Largest |ref − sim| over the first min(lengths) samples. */
    static double maxAbs(double[] ref, double[] sim) {
        int n = Math.min(ref.length, sim.length);
        double m = 0;
        for (int i = 0; i < n; i++) {
            m = Math.max(m, Math.abs(ref[i] - sim[i]));
        }
        return m;
    }
}
