package org.neurite.pointneuron.device;

import org.apache.commons.rng.UniformRandomProvider;
import org.neurite.channels.rng.RandomStreams;

/**
 * One random stream per neuron held as two primitive arrays (XoRoShiRo128++, the generator of
 * {@link RandomStreams}, seeded from each neuron's own {@link RandomStreams} stream), so a hot
 * loop draws without an object per neuron and the numbers of neuron i do not depend on which
 * thread draws them.
 */
final class StreamArray {
    private final long[] s0;
    private final long[] s1;

    /**
     * @param streams the simulation's streams
     * @param kind what the streams serve (e.g. "drive:AffExc->RecExc")
     * @param ids the global id of each neuron
     */
    StreamArray(RandomStreams streams, String kind, int[] ids) {
        s0 = new long[ids.length];
        s1 = new long[ids.length];
        for (int k = 0; k < ids.length; k++) {
            UniformRandomProvider r = streams.stream(kind, ids[k]);
            long a = r.nextLong();
            long b = r.nextLong();
            if (a == 0 && b == 0) {
                b = 1;
            }
            s0[k] = a;
            s1[k] = b;
        }
    }

    /** A uniform double in [0, 1) from stream k. */
    double nextDouble(int k) {
        long a = s0[k];
        long b = s1[k];
        long result = Long.rotateLeft(a + b, 17) + a;
        b ^= a;
        s0[k] = Long.rotateLeft(a, 49) ^ b ^ (b << 21);
        s1[k] = Long.rotateLeft(b, 28);
        return (result >>> 11) * 0x1.0p-53;
    }
}
