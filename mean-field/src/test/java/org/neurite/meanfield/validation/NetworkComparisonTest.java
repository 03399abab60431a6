package org.neurite.meanfield.validation;

import org.junit.jupiter.api.Test;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.channels.testing.ValidationCases;

/** Mean field vs the spiking network for JCNS 2018 CONFIG1 (reference and tolerance in the case). */
class NetworkComparisonTest {
    @Test
    void config1MeanFieldAgainstTheNetwork() {
        ValidationCase.Result r = ValidationCases.assertPasses(new NetworkComparisonCase());
        System.out.println("network vs mean field: " + r.error() + " " + r.detail());
    }
}
