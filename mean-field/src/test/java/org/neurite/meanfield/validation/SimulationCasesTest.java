package org.neurite.meanfield.validation;

import org.junit.jupiter.api.Test;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.channels.testing.ValidationCases;

/** Validation cases that simulate single cells (references and bounds stated in each case). */
class SimulationCasesTest {
    @Test
    void membraneStatisticsAgainstPassiveCells() {
        ValidationCase.Result r = ValidationCases.assertPasses(new MembraneStatisticsCase());
        System.out.println("membrane statistics: " + r.error() + " " + r.detail());
    }

    @Test
    void rsCharacterisationAgainstThePublishedGrid() {
        ValidationCase.Result r = ValidationCases.assertPasses(new CharacterizationCase());
        System.out.println("characterisation: " + r.error() + " " + r.detail());
    }

    @Test
    void seedToolkit31CoefficientTransferFunctions() {
        ValidationCase.Result r = ValidationCases.assertPasses(new Ntwk31Case());
        System.out.println("ntwk31: " + r.error() + " " + r.detail());
    }
}
