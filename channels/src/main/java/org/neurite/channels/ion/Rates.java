package org.neurite.channels.ion;

import org.neurite.channels.io.BadInputException;

final class Rates {
    private Rates() {
    }

    static void checkScale(double scale) {
        if (scale == 0 || !Double.isFinite(scale)) {
            throw BadInputException.parameter("scale", "must be a non-zero voltage scale [mV], got " + scale);
        }
    }

    /**
     * y/(1 − e^(−y)), with the removable singularity at 0 handled by its series
     * 1 + y/2 + y²/12 − y⁴/720 + … (cut after y², error below 2e-15 for |y| &lt; 1e-3). Away from 0
     * it uses exp rather than expm1 (as NEURON's vtrap does): the relative error of 1 − e^(−y) stays
     * below 1e-13 for |y| ≥ 1e-3, and exp is several times faster than expm1 in the JVM, which
     * matters in the gate loops.
     */
    static double expLinear(double y) {
        if (Math.abs(y) < 1e-3) {
            return 1.0 + y * (0.5 + y * (1.0 / 12.0));
        }
        return y / (1.0 - Math.exp(-y));
    }
}
