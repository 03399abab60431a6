package org.neurite.cli.plot;

/**
 * A histogram of weights: {@code bins} equal bins from {@code lo} to {@code hi} (a weight equal to
 * {@code hi} falls in the last bin). The range spans 0 and every weight, so that a distribution
 * pushed to 0 and to its bound shows both ends.
 *
 * @param lo lower edge [the weights' unit]
 * @param hi upper edge
 * @param counts synapses per bin
 */
record WeightHistogram(double lo, double hi, int[] counts) {
    /** The histogram of the weights over [min(0, w), max(0, w)] in {@code bins} bins. */
    static WeightHistogram of(double[] w, int bins) {
        double lo = 0;
        double hi = 0;
        for (double x : w) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        if (hi == lo) {
            hi = lo + 1; // all weights 0: one visible bin at 0
        }
        int[] c = new int[bins];
        for (double x : w) {
            c[bin(x, lo, hi, bins)]++;
        }
        return new WeightHistogram(lo, hi, c);
    }

    static int bin(double x, double lo, double hi, int bins) {
        return Math.min(bins - 1, Math.max(0, (int) Math.floor((x - lo) / (hi - lo) * bins)));
    }

    /** Bin width. */
    double width() {
        return (hi - lo) / counts.length;
    }

    /**
     * The outline of the bars as a closed step line: x at each bin's edges, y its count, down to 0
     * at both ends.
     */
    double[][] outline() {
        int n = counts.length;
        double[] x = new double[2 * n + 2];
        double[] y = new double[2 * n + 2];
        x[0] = lo;
        y[0] = 0;
        for (int k = 0; k < n; k++) {
            x[2 * k + 1] = lo + k * width();
            x[2 * k + 2] = lo + (k + 1) * width();
            y[2 * k + 1] = counts[k];
            y[2 * k + 2] = counts[k];
        }
        x[2 * n + 1] = hi;
        y[2 * n + 1] = 0;
        return new double[][] {x, y};
    }
}
