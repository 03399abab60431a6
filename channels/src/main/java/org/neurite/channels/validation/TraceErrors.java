package org.neurite.channels.validation;

/**
 * Error measures for comparing a simulated trace with a reference, as Brian2's and Jaxley's
 * validation tests report them (relative RMS and relative maximum error, both divided by the
 * reference's range), and Rallpack's own interpolation onto the reference grid.
 */
public final class TraceErrors {
    private TraceErrors() {
    }

    /** sqrt(mean((ref − sim)²)) / (max(ref) − min(ref)). */
    public static double relativeRms(double[] ref, double[] sim) {
        check(ref, sim);
        double s = 0;
        for (int i = 0; i < ref.length; i++) {
            double d = ref[i] - sim[i];
            s += d * d;
        }
        return Math.sqrt(s / ref.length) / range(ref);
    }

    /** max|ref − sim| / (max(ref) − min(ref)). */
    public static double relativeMax(double[] ref, double[] sim) {
        check(ref, sim);
        return maxAbs(ref, sim) / range(ref);
    }

    /** max|ref − sim|. */
    public static double maxAbs(double[] ref, double[] sim) {
        check(ref, sim);
        double m = 0;
        for (int i = 0; i < ref.length; i++) {
            m = Math.max(m, Math.abs(ref[i] - sim[i]));
        }
        return m;
    }

    /** max(x) − min(x). */
    public static double range(double[] x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo;
    }

    /**
     * Linear interpolation of (t, y) at the query times; outside the range, the end values.
     * t must be increasing.
     */
    public static double[] interpolate(double[] t, double[] y, double[] query) {
        double[] out = new double[query.length];
        int j = 0;
        for (int i = 0; i < query.length; i++) {
            double q = query[i];
            if (q <= t[0]) {
                out[i] = y[0];
                continue;
            }
            if (q >= t[t.length - 1]) {
                out[i] = y[y.length - 1];
                continue;
            }
            while (j + 1 < t.length && t[j + 1] < q) {
                j++;
            }
            while (j > 0 && t[j] > q) {
                j--;
            }
            double f = (q - t[j]) / (t[j + 1] - t[j]);
            out[i] = y[j] + f * (y[j + 1] - y[j]);
        }
        return out;
    }

    private static void check(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("traces must be non-empty and of equal length: " + a.length + " vs " + b.length);
        }
    }
}
