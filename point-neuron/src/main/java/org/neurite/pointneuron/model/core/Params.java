package org.neurite.pointneuron.model.core;

import org.neurite.channels.io.BadInputException;
import org.neurite.channels.spi.ParameterSet;

/** Cross-parameter checks shared by the models (single values are checked by their specs). */
public final class Params {
    private Params() {
    }

    /**
     * Requires p[lower] &lt; p[upper], e.g. V_reset below V_th.
     *
     * @throws BadInputException naming the first parameter
     */
    public static void requireBelow(ParameterSet p, String lower, String upper) {
        double lo = p.get(lower);
        double hi = p.get(upper);
        if (!(lo < hi)) {
            throw BadInputException.parameter(p.owner() + " " + lower, "must be below " + upper + " (" + hi + "), got " + lo);
        }
    }

    /**
     * Requires p[lower] ≤ p[upper].
     *
     * @throws BadInputException naming the first parameter
     */
    public static void requireAtMost(ParameterSet p, String lower, String upper) {
        double lo = p.get(lower);
        double hi = p.get(upper);
        if (!(lo <= hi)) {
            throw BadInputException.parameter(p.owner() + " " + lower, "must not exceed " + upper + " (" + hi + "), got " + lo);
        }
    }
}
