package org.neurite.channels.input;

import org.apache.commons.rng.UniformRandomProvider;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.rng.RandomStreams;

/**
 * Independent homogeneous Poisson trains (NEST's {@code poisson_generator} gives one such train
 * per target). Inter-spike intervals are exponential with mean 1/rate; each train draws from its
 * own stream derived from (seed, "poisson", source id, train), so trains do not depend on the
 * order in which sources are made or on how time is cut into windows.
 */
public final class PoissonSource implements SpikeSource {
    private final int n;
    private final double ratePerMs; // [1/ms]
    private final double startMs;
    private final double stopMs;
    private final RandomStreams streams;
    private final long sourceId;
    private final UniformRandomProvider[] rng;
    private final double[] next; // [ms]

    /**
     * @param n number of trains, ≥ 0
     * @param rateHz rate of each train [Hz], ≥ 0
     * @param startMs no spike before this time [ms]
     * @param stopMs no spike at or after this time [ms] (may be infinite)
     * @param streams the user's random streams
     * @param sourceId identifies this source among the simulation's sources
     */
    public PoissonSource(int n, double rateHz, double startMs, double stopMs, RandomStreams streams, long sourceId) {
        if (n < 0) {
            throw BadInputException.parameter("poisson n", "must be >= 0, got " + n);
        }
        if (!(rateHz >= 0) || Double.isInfinite(rateHz)) {
            throw BadInputException.parameter("poisson rate", "must be >= 0 [Hz], got " + rateHz);
        }
        if (!(stopMs >= startMs) || Double.isNaN(startMs)) {
            throw BadInputException.parameter("poisson start/stop", "need start <= stop, got " + startMs + ", " + stopMs);
        }
        this.n = n;
        this.ratePerMs = rateHz * 1e-3;
        this.startMs = startMs;
        this.stopMs = stopMs;
        this.streams = streams;
        this.sourceId = sourceId;
        this.rng = new UniformRandomProvider[n];
        this.next = new double[n];
        reset();
    }

    /** Rate of each train [Hz]. */
    public double rateHz() {
        return ratePerMs * 1e3;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public void reset() {
        for (int i = 0; i < n; i++) {
            rng[i] = streams.stream("poisson", sourceId, i);
            next[i] = ratePerMs > 0 ? startMs + interval(rng[i]) : Double.POSITIVE_INFINITY;
        }
    }

    private double interval(UniformRandomProvider r) {
        return -Math.log(1.0 - r.nextDouble()) / ratePerMs;
    }

    @Override
    public void emit(double fromMs, double toMs, SpikeSink sink) {
        final double end = Math.min(toMs, stopMs);
        for (int i = 0; i < n; i++) {
            double t = next[i];
            while (t < end) {
                if (t >= fromMs) {
                    sink.accept(i, t);
                }
                t += interval(rng[i]);
            }
            next[i] = t;
        }
    }
}
