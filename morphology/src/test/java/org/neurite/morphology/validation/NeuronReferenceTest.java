package org.neurite.morphology.validation;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.channels.testing.ValidationCases;

/** The NEURON-reference validation cases (each states its reference and tolerance). */
class NeuronReferenceTest {
    static Stream<ValidationCase> cases() {
        return Stream.of(new NeuronAreaCase.L23Pyramidal(), new NeuronAreaCase.BallAndStick(),
                new NeuronNsegCase.L23Pyramidal(), new NeuronNsegCase.BallAndStick(),
                new NeuronPassiveCase.L23Pyramidal(), new NeuronPassiveCase.BallAndStick(), new NeuronReplayCase());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passes(ValidationCase c) {
        ValidationCases.assertPasses(c);
    }
}
