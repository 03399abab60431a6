package org.neurite.channels.input;

import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.rng.RandomStreams;

/**
 * Piecewise-constant Gaussian noise (NEST {@code noise_generator} without the sinusoidal part): a
 * new value N(mean, std²) for each output every interval dt_noise, held in between. Output k draws
 * from its own stream (seed, "noise", source id, k).
 */
public final class GaussianNoiseSource implements CurrentSource {
    private final int n;
    private final double mean;
    private final double std;
    private final double intervalMs;
    private final RandomStreams streams;
    private final long sourceId;
    private final ZigguratSampler.NormalizedGaussian[] gauss;
    private final double[] value;
    private long currentInterval;

    /**
     * @param n outputs
     * @param meanPA mean [pA]
     * @param stdPA standard deviation [pA], ≥ 0
     * @param intervalMs dt_noise [ms], &gt; 0
     * @param streams random streams
     * @param sourceId this source's id
     */
    public GaussianNoiseSource(int n, double meanPA, double stdPA, double intervalMs, RandomStreams streams, long sourceId) {
        if (!Double.isFinite(meanPA) || !(stdPA >= 0) || Double.isInfinite(stdPA)) {
            throw BadInputException.parameter("noise mean/std", "need a finite mean and std >= 0 [pA]");
        }
        if (!(intervalMs > 0) || Double.isInfinite(intervalMs)) {
            throw BadInputException.parameter("noise dt", "must be > 0 [ms], got " + intervalMs);
        }
        this.n = n;
        this.mean = meanPA;
        this.std = stdPA;
        this.intervalMs = intervalMs;
        this.streams = streams;
        this.sourceId = sourceId;
        this.gauss = new ZigguratSampler.NormalizedGaussian[n];
        this.value = new double[n];
        reset();
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public void reset() {
        for (int k = 0; k < n; k++) {
            gauss[k] = ZigguratSampler.NormalizedGaussian.of(streams.stream("noise", sourceId, k));
        }
        currentInterval = -1;
    }

    @Override
    public void sample(double tMs, double dtMs, double[] out) {
        long interval = (long) Math.floor((tMs + 0.5 * dtMs) / intervalMs);
        while (currentInterval < interval) {
            for (int k = 0; k < n; k++) {
                value[k] = mean + std * gauss[k].sample();
            }
            currentInterval++;
        }
        System.arraycopy(value, 0, out, 0, n);
    }
}
