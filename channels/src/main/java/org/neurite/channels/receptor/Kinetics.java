package org.neurite.channels.receptor;

import org.neurite.channels.io.BadInputException;

/** Checks and closed forms shared by the kinetics records. */
final class Kinetics {
    private Kinetics() {
    }

    static void checkTau(String name, double tau) {
        if (!(tau > 0) || Double.isInfinite(tau)) {
            throw BadInputException.parameter(name, "must be a time constant > 0 [ms], got " + tau);
        }
    }

    static void checkRiseDecay(double rise, double decay) {
        checkTau("tau_rise", rise);
        checkTau("tau_decay", decay);
        if (!(rise < decay)) {
            throw BadInputException.parameter("tau_rise", "must be smaller than tau_decay (" + decay + " ms), got " + rise);
        }
    }

    static double peakTime(double rise, double decay) {
        return rise * decay / (decay - rise) * Math.log(decay / rise);
    }

    static double peakFactor(double rise, double decay) {
        double tp = peakTime(rise, decay);
        return 1.0 / (Math.exp(-tp / decay) - Math.exp(-tp / rise));
    }

    /** (e^x − 1)/x, with its limit 1 at x = 0, accurate for every x. */
    static double e1(double x) {
        if (Math.abs(x) < 1e-5) {
            return 1.0 + x / 2.0 + x * x / 6.0;
        }
        return Math.expm1(x) / x;
    }

    /** ((x − 1)e^x + 1)/x² = ∫₀¹ s·e^{xs} ds, with its limit 1/2 at x = 0. */
    static double e2(double x) {
        if (Math.abs(x) < 0.05) {
            // series: sum_{m>=2} (m-1) x^(m-2) / m!
            double term = 1.0;
            double sum = 0.0;
            double fact = 1.0; // m!
            for (int m = 2; m <= 12; m++) {
                fact *= m;
                sum += (m - 1) * term / fact;
                term *= x;
            }
            return sum;
        }
        return ((x - 1.0) * Math.exp(x) + 1.0) / (x * x);
    }
}
