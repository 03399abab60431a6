package org.neurite.morphology.validation;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.channels.testing.ValidationCases;

/** The analytic cable cases (each derives its closed form and states its tolerance). */
class AnalyticCableTest {
    static Stream<ValidationCase> cases() {
        return Stream.of(new AnalyticCableCase.SealedCable(), new AnalyticCableCase.BallAndStick(), new AnalyticCableCase.RallTree());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passes(ValidationCase c) {
        System.out.println(c.name() + ": " + ValidationCases.assertPasses(c));
    }
}
