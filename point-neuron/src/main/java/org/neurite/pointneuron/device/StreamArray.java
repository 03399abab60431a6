package org.neurite.pointneuron.device;

import org.apache.commons.rng.UniformRandomProvider;
import org.neurite.channels.rng.RandomStreams;

/**
 * One random stream per neuron held in one primitive array (XoRoShiRo128++, the generator of
 * {@link RandomStreams}, seeded from each neuron's own {@link RandomStreams} stream; the two state
 * words of stream k side by side, so a sweep over neurons is one memory stream), so a hot loop
 * draws without an object per neuron and the numbers of neuron i do not depend on which thread
 * draws them.
 */
final class StreamArray {
    private final long[] s; // s[2k], s[2k+1]: the state of stream k

    /**
     * @param streams the simulation's streams
     * @param kind what the streams serve (e.g. "drive:AffExc->RecExc")
     * @param ids the global id of each neuron
     */
    StreamArray(RandomStreams streams, String kind, int[] ids) {
        s = new long[2 * ids.length];
        for (int k = 0; k < ids.length; k++) {
            UniformRandomProvider r = streams.stream(kind, ids[k]);
            long a = r.nextLong();
            long b = r.nextLong();
            if (a == 0 && b == 0) {
                b = 1;
            }
            s[2 * k] = a;
            s[2 * k + 1] = b;
        }
    }

    /** A uniform double in [0, 1) from stream k. */
    double nextDouble(int k) {
        final int q = 2 * k;
        long a = s[q];
        long b = s[q + 1];
        long result = Long.rotateLeft(a + b, 17) + a;
        b ^= a;
        s[q] = Long.rotateLeft(a, 49) ^ b ^ (b << 21);
        s[q + 1] = Long.rotateLeft(b, 28);
        return (result >>> 11) * 0x1.0p-53;
    }
}
