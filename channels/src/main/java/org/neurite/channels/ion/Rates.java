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

    /** y/(1 − e^(−y)), with the removable singularity at 0 handled by its series. */
    static double expLinear(double y) {
        if (Math.abs(y) < 1e-6) {
            return 1.0 + 0.5 * y;
        }
        return y / -Math.expm1(-y);
    }
}
