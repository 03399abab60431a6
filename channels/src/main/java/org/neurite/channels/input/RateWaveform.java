package org.neurite.channels.input;

import java.util.function.DoubleUnaryOperator;
import org.neurite.channels.io.BadInputException;

/**
 * A firing rate as a function of time, r(t) [Hz] with t [ms], bounded above by
 * {@link #maxRateHz()} (needed for thinning).
 */
public interface RateWaveform {
    /** Rate at time t [Hz], ≥ 0. */
    double rateHz(double tMs);

    /** An upper bound of the rate over all time [Hz]. */
    double maxRateHz();

    /** A constant rate. */
    static RateWaveform constant(double hz) {
        check(hz, "rate");
        return new RateWaveform() {
            @Override
            public double rateHz(double tMs) {
                return hz;
            }

            @Override
            public double maxRateHz() {
                return hz;
            }
        };
    }

    /**
     * A rate sampled every dt from t0, linearly interpolated between samples and held at the end
     * values outside.
     *
     * @param t0Ms time of the first sample [ms]
     * @param dtMs sampling interval [ms], &gt; 0
     * @param ratesHz samples [Hz], all ≥ 0, at least one
     */
    static RateWaveform sampled(double t0Ms, double dtMs, double[] ratesHz) {
        if (!(dtMs > 0)) {
            throw BadInputException.parameter("rate waveform dt", "must be > 0 [ms], got " + dtMs);
        }
        if (ratesHz.length == 0) {
            throw BadInputException.parameter("rate waveform", "needs at least one sample");
        }
        double max = 0;
        for (double r : ratesHz) {
            check(r, "rate waveform sample");
            max = Math.max(max, r);
        }
        final double[] v = ratesHz.clone();
        final double maxRate = max;
        return new RateWaveform() {
            @Override
            public double rateHz(double tMs) {
                double x = (tMs - t0Ms) / dtMs;
                if (x <= 0) {
                    return v[0];
                }
                int k = (int) Math.floor(x);
                if (k >= v.length - 1) {
                    return v[v.length - 1];
                }
                double f = x - k;
                return v[k] + f * (v[k + 1] - v[k]);
            }

            @Override
            public double maxRateHz() {
                return maxRate;
            }
        };
    }

    /**
     * base + amplitude·exp(−(t − t0)²/(2σ²)), the input bump of the ntwk RS-FS demo.
     */
    static RateWaveform gaussianBump(double baseHz, double amplitudeHz, double t0Ms, double sigmaMs) {
        check(baseHz, "bump base");
        check(amplitudeHz, "bump amplitude");
        if (!(sigmaMs > 0)) {
            throw BadInputException.parameter("bump sigma", "must be > 0 [ms], got " + sigmaMs);
        }
        return of(t -> baseHz + amplitudeHz * Math.exp(-(t - t0Ms) * (t - t0Ms) / (2 * sigmaMs * sigmaMs)), baseHz + amplitudeHz);
    }

    /** Any function with a known bound; values below 0 are treated as 0. */
    static RateWaveform of(DoubleUnaryOperator hzOfMs, double maxHz) {
        check(maxHz, "rate bound");
        return new RateWaveform() {
            @Override
            public double rateHz(double tMs) {
                return Math.max(0.0, hzOfMs.applyAsDouble(tMs));
            }

            @Override
            public double maxRateHz() {
                return maxHz;
            }
        };
    }

    /** The same waveform times a factor ≥ 0. */
    default RateWaveform scaled(double factor) {
        check(factor, "rate factor");
        RateWaveform self = this;
        return new RateWaveform() {
            @Override
            public double rateHz(double tMs) {
                return factor * self.rateHz(tMs);
            }

            @Override
            public double maxRateHz() {
                return factor * self.maxRateHz();
            }
        };
    }

    private static void check(double v, String what) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw BadInputException.parameter(what, "must be >= 0 and finite, got " + v);
        }
    }
}
