package org.neurite.viewer.frame;

import java.util.Locale;

/** Round tick values for a colour bar: steps of 1, 2 or 5 × 10^k, about four of them. */
final class Ticks {
    private Ticks() {
    }

    /** The step: the smallest of 1, 2, 5 × 10^k that is at least span / 4. */
    static double step(double span) {
        double raw = span / 4;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * mag;
    }

    /** Number of ticks in [lo, hi] for the step. */
    static int count(double lo, double hi, double step) {
        double first = Math.ceil(lo / step - 1e-9) * step;
        return (int) Math.floor((hi - first) / step + 1e-9) + 1;
    }

    /** Tick k in [lo, hi]. */
    static double value(double lo, double step, int k) {
        double v = (Math.ceil(lo / step - 1e-9) + k) * step;
        return Math.abs(v) < step * 1e-9 ? 0 : v;
    }

    /** A tick value with as many decimals as the step needs. */
    static String format(double v, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
