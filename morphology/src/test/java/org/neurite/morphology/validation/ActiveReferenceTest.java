package org.neurite.morphology.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.channels.testing.ValidationCases;
import org.neurite.channels.testing.ValidationData;
import org.neurite.morphology.cable.TimeStepping;

/**
 * The active-cable references: the HH step protocol on the L2/3 pyramidal cell and the
 * ball-and-stick against NEURON 8.2.2's spike times, and Rallpack 3 at the coarse steps (spike
 * counts, spike shifts against NEURON's own at that step), and the ACnet2 pyramidal cell from its
 * NeuroML files against NEURON. The 1 µs Rallpack 3 case runs in
 * {@link Rallpack3FineTest}.
 */
class ActiveReferenceTest {
    static Stream<ValidationCase> cases() {
        return Stream.of(new NeuronActiveCase.L23Pyramidal(), new NeuronActiveCase.BallAndStick(),
                new Rallpack3Case.Coarse50(), new Rallpack3Case.Coarse25(), new AcnetNeuronCase());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passes(ValidationCase c) {
        ValidationCases.assertPasses(c);
    }

    @Test
    void backwardEulerAtFiftyMicrosecondsIsNeuronsOwnScheme() {
        // NEURON 8.2.2 with the same scheme (secondorder = 0, usetable_hh = 0, nseg 1000) at 0.05 ms:
        // rel. RMS 0.200020 / 0.292964, 17 of 18 spikes at x = 0, largest shift 2.473256 ms at x = L
        // (src/test/resources/neuron/rallpack3_neuron.py); neurite must reproduce NEURON's own error
        Path dir = ValidationData.folder("rallpack");
        Rallpack3Case.Comparison c = Rallpack3Case.compare(dir, 0.05, TimeStepping.BACKWARD_EULER);
        assertEquals(0.200020, c.relRms()[0], 2e-6);
        assertEquals(0.292964, c.relRms()[1], 2e-6);
        assertEquals(17, c.spikes()[0]);
        assertEquals(17, c.spikes()[1]);
        assertEquals(2.473256, c.maxShiftMs()[1], 2e-6);
    }
}
