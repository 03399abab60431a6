package org.neurite.morphology.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.channels.testing.ValidationCases;
import org.neurite.morphology.cable.TimeStepping;

class Rallpack1Test {
    @Test
    void backwardEulerWithinBrian2Bound() {
        ValidationCase.Result r = ValidationCases.assertPasses(new Rallpack1Case.BackwardEuler());
        System.out.println("BE " + r);
    }

    @Test
    void crankNicolsonWithinBrian2Bound() {
        ValidationCase.Result r = ValidationCases.assertPasses(new Rallpack1Case.CrankNicolson());
        System.out.println("CN " + r);
    }
}
