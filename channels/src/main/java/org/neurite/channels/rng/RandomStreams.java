package org.neurite.channels.rng;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Independent, reproducible random streams derived from one user seed.
 *
 * <p>A stream is named by a kind (what it serves, e.g. {@code "poisson"} or
 * {@code "connect:RecExc->RecInh"}) and one or more ids (the object it serves, e.g. a source id
 * and a train index). Its seed is a hash of (user seed, kind, ids), so the numbers a stream gives
 * depend neither on the order in which streams are created nor on which thread uses them: the same
 * user seed gives the same simulation for 1 or N threads. The generator is XoRoShiRo128++ from
 * Commons RNG, seeded through the SplitMix64 finaliser.
 */
public final class RandomStreams {
    private final long seed;

    /**
     * @param seed the user's seed
     */
    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** The user's seed. */
    public long seed() {
        return seed;
    }

    /**
     * The stream serving one object.
     *
     * @param kind what the stream is for
     * @param ids which object (e.g. population index, neuron index)
     * @return a new generator, always the same sequence for the same (seed, kind, ids)
     */
    public UniformRandomProvider stream(String kind, long... ids) {
        long h = mix(seed ^ 0x6a09e667f3bcc909L);
        h = mix(h ^ fnv1a(kind));
        for (long id : ids) {
            h = mix(h + 0x9e3779b97f4a7c15L + id);
        }
        long s0 = mix(h);
        long s1 = mix(s0 ^ 0xbb67ae8584caa73bL);
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {s0, s1});
    }

    /** A derived 64-bit seed for (kind, ids), for code that needs a number rather than a stream. */
    public long derivedSeed(String kind, long... ids) {
        return stream(kind, ids).nextLong();
    }

    /** The SplitMix64 finaliser (Steele, Lea & Flood 2014): a bijective 64-bit mixer. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
