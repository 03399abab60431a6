package org.neurite.pointneuron.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Where a generator spike lands on the step grid, by NEST's rule: a spike at t is stamped at the end
 * of the step containing it (ceil(t/dt)·dt, t itself on the grid), is sent in the step ending at that
 * stamp, and arrives delay steps later — so it reaches its target at stamp + delay (NEST's
 * spike_generator / parrot_neuron: a spike at 1.0 ms with delay 1.0 ms is repeated at 2.0 ms). The
 * step that "arrives" is the one whose update ends at stamp + delay.
 */
class SpikeTrainTimingTest {
    private static final int NEST = 1;
    private static final int BRIAN2 = 0;

    @Test
    void brian2TargetsGetTheSpikeInTheStepThatStartsAtT() {
        // Brian2's SpikeGeneratorGroup: step floor(t/dt) (see SpikeGeneratorBrian2TimingTest for the peer check)
        assertEquals(10, SpikeTrainInput.arrivalStep(1.0, 0.1, 0, BRIAN2));
        assertEquals(11, SpikeTrainInput.arrivalStep(1.0, 0.1, 1, BRIAN2));
        assertEquals(10, SpikeTrainInput.arrivalStep(1.05, 0.1, 0, BRIAN2));
        assertEquals(3, SpikeTrainInput.arrivalStep(0.29999999999999993, 0.1, 0, BRIAN2));
        assertEquals(0, SpikeTrainInput.arrivalStep(0.0, 0.1, 0, BRIAN2));
    }

    @Test
    void onGridTimesArriveInTheStepEndingAtTPlusDelay() {
        // dt 0.1: t = 1.0 is stamp step 10, sent in step 9; delay 10 steps -> step 19 (ends at 2.0 ms)
        assertEquals(19, SpikeTrainInput.arrivalStep(1.0, 0.1, 10, NEST));
        assertEquals(10, SpikeTrainInput.arrivalStep(1.0, 0.1, 1, NEST));
        // within 1e-9 steps of the grid counts as on it (decimal times like 0.3 are not exact in binary)
        assertEquals(3, SpikeTrainInput.arrivalStep(0.30000000000000004, 0.1, 1, NEST));
        assertEquals(3, SpikeTrainInput.arrivalStep(0.29999999999999993, 0.1, 1, NEST));
    }

    @Test
    void offGridTimesAreStampedAtTheEndOfTheirStep() {
        // 1.05 ms lies in step 10 (1.0, 1.1]: stamp 1.1 ms, sent in step 10, arrives in step 10 + delay
        assertEquals(11, SpikeTrainInput.arrivalStep(1.05, 0.1, 1, NEST));
        assertEquals(10, SpikeTrainInput.arrivalStep(1.0000001, 0.1, 0, NEST));
    }

    @Test
    void aSpikeAtTheStartIsSentInTheFirstStep() {
        assertEquals(2, SpikeTrainInput.arrivalStep(0.0, 0.1, 2, NEST));
        assertEquals(0, SpikeTrainInput.arrivalStep(0.0, 0.1, 0, NEST));
    }
}
