package org.neurite.channels.rng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {
    @Test
    void streamsDependOnlyOnSeedKindAndIds() {
        RandomStreams a = new RandomStreams(12345);
        UniformRandomProvider x1 = a.stream("poisson", 3, 7);
        a.stream("other", 1); // creating other streams in between changes nothing
        UniformRandomProvider x2 = new RandomStreams(12345).stream("poisson", 3, 7);
        for (int i = 0; i < 1000; i++) {
            assertEquals(x1.nextLong(), x2.nextLong());
        }
        assertNotEquals(a.stream("poisson", 3, 7).nextLong(), a.stream("poisson", 3, 8).nextLong());
        assertNotEquals(a.stream("poisson", 3, 7).nextLong(), a.stream("connect", 3, 7).nextLong());
        assertNotEquals(a.stream("poisson", 3, 7).nextLong(), new RandomStreams(12346).stream("poisson", 3, 7).nextLong());
        // ids are not simply added: (1, 2) and (2, 1) differ
        assertNotEquals(a.stream("k", 1, 2).nextLong(), a.stream("k", 2, 1).nextLong());
    }

    /**
     * Neighbouring streams are uncorrelated: the correlation of 10^5 uniforms from streams with
     * ids i and i+1 is within 5/sqrt(n) of zero for 50 pairs.
     */
    @Test
    void neighbouringStreamsAreUncorrelated() {
        RandomStreams s = new RandomStreams(1);
        int n = 100_000;
        for (int id = 0; id < 50; id++) {
            UniformRandomProvider u = s.stream("x", id);
            UniformRandomProvider v = s.stream("x", id + 1);
            double sxy = 0;
            for (int k = 0; k < n; k++) {
                sxy += (u.nextDouble() - 0.5) * (v.nextDouble() - 0.5);
            }
            double r = sxy / n / (1.0 / 12);
            assertTrue(Math.abs(r) < 5 / Math.sqrt(n), "correlation " + r + " between ids " + id + " and " + (id + 1));
        }
    }
}
