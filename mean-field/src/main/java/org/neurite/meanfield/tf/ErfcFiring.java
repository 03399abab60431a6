package org.neurite.meanfield.tf;

import org.apache.commons.math3.special.Erf;
import org.neurite.channels.units.Units;
import org.neurite.meanfield.stats.Moments;

/**
 * The firing function of the phenomenological-threshold transfer function (Zerlaut et al. 2016):
 * the rate at which a Gaussian voltage process of mean μ_V, SD σ_V and correlation time τ_V
 * crosses an effective threshold, ν = erfc((V_thre^eff − μ_V)/(√2 σ_V)) / (2 τ_V).
 */
public final class ErfcFiring {
    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);

    private ErfcFiring() {
    }

    /** (V_thre^eff − μ_V)/(√2 σ_V); ±∞ when σ_V = 0. */
    static double argument(double thresholdMV, Moments m) {
        double d = thresholdMV - m.muV;
        if (m.sigmaV > 0) {
            return d / (SQRT2 * m.sigmaV);
        }
        return d > 0 ? Double.POSITIVE_INFINITY : d < 0 ? Double.NEGATIVE_INFINITY : 0.0;
    }

    /**
     * The output rate [Hz].
     *
     * @param thresholdMV the effective threshold [mV]
     * @param m the membrane statistics (μ_V, σ_V [mV], τ_V [ms])
     */
    public static double rateHz(double thresholdMV, Moments m) {
        double perMs = Erf.erfc(argument(thresholdMV, m)) / (2.0 * m.tauV);
        return perMs / Units.hzToPerMs(1.0);
    }

    /** ∂ν/∂V_thre^eff [Hz/mV] (0 when σ_V = 0). */
    public static double dRateDThreshold(double thresholdMV, Moments m) {
        if (!(m.sigmaV > 0)) {
            return 0.0;
        }
        double z = argument(thresholdMV, m);
        double perMs = -TWO_OVER_SQRT_PI * Math.exp(-z * z) / (SQRT2 * m.sigmaV) / (2.0 * m.tauV);
        return perMs / Units.hzToPerMs(1.0);
    }

    /**
     * The effective threshold that gives rate ν at these statistics (the inverse used to start a
     * fit): μ_V + √2 σ_V erfc⁻¹(2 τ_V ν). Defined for σ_V &gt; 0 and 10⁻¹⁰ ≤ 2 τ_V ν ≤ 2 − 10⁻¹⁰
     * (thresholds within about 6.5 σ_V of μ_V); NaN otherwise.
     */
    public static double threshold(double rateHz, Moments m) {
        double x = 2.0 * m.tauV * Units.hzToPerMs(rateHz);
        if (!(x >= 1e-10 && x <= 2 - 1e-10) || !(m.sigmaV > 0)) {
            return Double.NaN;
        }
        return m.muV + SQRT2 * m.sigmaV * Erf.erfcInv(x);
    }
}
