package org.neurite.meanfield.validation;

import org.junit.jupiter.api.Test;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.channels.testing.ValidationCases;

/** The JCNS 2018 validation cases (references and tolerances are stated in each case). */
class Jcns2018CasesTest {
    @Test
    void fitOfThePublishedTransferFunctionData() {
        ValidationCase.Result r = ValidationCases.assertPasses(new TfFitCase());
        System.out.println("tf fit: " + r.detail());
    }

    @Test
    void publishedFirstOrderFixedPoint() {
        ValidationCase.Result r = ValidationCases.assertPasses(new FixedPointCase());
        System.out.println("fixed point: " + r.error() + " " + r.detail());
    }

    @Test
    void secondOrderCovariances() {
        ValidationCase.Result r = ValidationCases.assertPasses(new SecondOrderCase());
        System.out.println("second order: " + r.error() + " " + r.detail());
    }

    @Test
    void config1WithAutomaticallyCharacterisedTransferFunctions() {
        ValidationCase.Result r = ValidationCases.assertPasses(new AutoTransferFunctionCase());
        System.out.println("automatic transfer functions: " + r.error() + " " + r.detail());
    }
}
