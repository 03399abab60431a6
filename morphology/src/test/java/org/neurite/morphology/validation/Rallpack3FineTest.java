package org.neurite.morphology.validation;

import org.junit.jupiter.api.Test;
import org.neurite.channels.testing.ValidationCases;

/**
 * Rallpack 3 at the reference's own step, 1 µs: 250 000 steps of 1000 compartments (tens of
 * seconds; the slowest test of the module, kept so that CI runs the fine case of
 * {@code neurite validate}).
 */
class Rallpack3FineTest {
    @Test
    void backwardEulerAtOneMicrosecondReproducesNeuronsReference() {
        ValidationCases.assertPasses(new Rallpack3Case.Fine());
    }
}
