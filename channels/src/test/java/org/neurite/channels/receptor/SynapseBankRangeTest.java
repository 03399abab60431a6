package org.neurite.channels.receptor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link SynapseBank#advance(int, int)}: advancing a bank range by range (as a simulator does on
 * several threads) gives bit-for-bit the same states as advancing it whole, and leaves synapses
 * outside the range untouched. Reference: {@link SynapseBank#advance()} itself, whose exactness
 * SynapseBankTest checks against closed forms; tolerance 0 (same arithmetic).
 */
class SynapseBankRangeTest {
    private static void check(ReceptorKinetics k) {
        int n = 7;
        SynapseBank whole = SynapseBank.onePerTarget(Receptor.current("w", k), n, 0.1);
        SynapseBank parts = SynapseBank.onePerTarget(Receptor.current("p", k), n, 0.1);
        for (int step = 0; step < 30; step++) {
            for (int i = 0; i < n; i++) {
                if ((step + i) % 4 == 0) {
                    whole.deliver(i, 0.5 + i);
                    parts.deliver(i, 0.5 + i);
                }
            }
            double before6 = parts.value(6);
            whole.advance();
            parts.advance(0, 3);
            parts.advance(3, 6);
            assertEquals(before6, parts.value(6), 0.0, k.kindName() + ": synapse outside the ranges moved");
            parts.advance(6, 7);
            for (int i = 0; i < n; i++) {
                assertEquals(whole.value(i), parts.value(i), 0.0, k.kindName() + " synapse " + i + " step " + step);
                assertEquals(whole.valueAfter(i, 0.05), parts.valueAfter(i, 0.05), 0.0, k.kindName() + " lookahead");
            }
        }
    }

    @Test
    void rangesEqualWholeForEveryKinetics() {
        check(new Exponential(3.0));
        check(new BiExponential(0.5, 4.0));
        check(new Alpha(2.0));
        check(new Delta());
    }
}
