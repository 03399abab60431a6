package org.neurite.channels.input;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.rng.RandomStreams;

/**
 * Independent Ornstein–Uhlenbeck currents, dI = (μ − I)/τ·dt + σ·√(2/τ)·dW, with stationary mean μ
 * and standard deviation σ. Each step uses the exact update (Gillespie 1996):
 * I ← μ + (I − μ)·e^(−dt/τ) + σ·√(1 − e^(−2dt/τ))·ξ, ξ ~ N(0, 1); the value held during a step is
 * the one at its start, and I(0) is drawn from the stationary distribution. Output k draws from its
 * own stream (seed, "ou", source id, k).
 */
public final class OrnsteinUhlenbeckSource implements CurrentSource {
    private final int n;
    private final double mean;
    private final double sigma;
    private final double tau;
    private final RandomStreams streams;
    private final long sourceId;
    private final ZigguratSampler.NormalizedGaussian[] gauss;
    private final double[] value;
    private double cachedDt = Double.NaN;
    private double decay;
    private double kick;

    /**
     * @param n number of independent outputs
     * @param meanPA stationary mean μ [pA]
     * @param sigmaPA stationary standard deviation σ [pA], ≥ 0
     * @param tauMs correlation time τ [ms], &gt; 0
     * @param streams random streams
     * @param sourceId this source's id
     */
    public OrnsteinUhlenbeckSource(int n, double meanPA, double sigmaPA, double tauMs, RandomStreams streams, long sourceId) {
        if (n < 0) {
            throw BadInputException.parameter("ou n", "must be >= 0, got " + n);
        }
        if (!Double.isFinite(meanPA)) {
            throw BadInputException.parameter("ou mean", "must be finite [pA], got " + meanPA);
        }
        if (!(sigmaPA >= 0) || Double.isInfinite(sigmaPA)) {
            throw BadInputException.parameter("ou sigma", "must be >= 0 [pA], got " + sigmaPA);
        }
        if (!(tauMs > 0) || Double.isInfinite(tauMs)) {
            throw BadInputException.parameter("ou tau", "must be > 0 [ms], got " + tauMs);
        }
        this.n = n;
        this.mean = meanPA;
        this.sigma = sigmaPA;
        this.tau = tauMs;
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
            UniformRandomProvider r = streams.stream("ou", sourceId, k);
            gauss[k] = ZigguratSampler.NormalizedGaussian.of(r);
            value[k] = mean + sigma * gauss[k].sample();
        }
    }

    @Override
    public void sample(double tMs, double dtMs, double[] out) {
        if (dtMs != cachedDt) {
            cachedDt = dtMs;
            decay = Math.exp(-dtMs / tau);
            kick = sigma * Math.sqrt(-Math.expm1(-2 * dtMs / tau));
        }
        for (int k = 0; k < n; k++) {
            out[k] = value[k];
            value[k] = mean + (value[k] - mean) * decay + kick * gauss[k].sample();
        }
    }
}
