package org.neurite.pointneuron.model.theory;

import org.apache.commons.math3.special.Erf;

/**
 * The stationary firing rate of a leaky integrate-and-fire neuron driven by Gaussian white noise
 * (Siegert 1951; Ricciardi 1977; in the form of Brunel 2000, J Comput Neurosci 8:183, eq. 21):
 * <pre>
 *   1/ν = t_ref + τ_m·√π·∫_{(V_r − μ)/σ}^{(θ − μ)/σ} e^{u²}·(1 + erf u) du
 * </pre>
 * with voltages relative to the resting potential: μ the mean input (the free membrane potential's
 * mean), σ Brunel's noise amplitude (the free membrane potential has variance σ²/2), θ the
 * threshold and V_r the reset. For Poisson input of rates ν_k with jumps J_k (delta synapses),
 * μ = τ_m·Σ J_k ν_k and σ² = τ_m·Σ J_k² ν_k ({@link #mu}, {@link #sigma}). For synaptic currents
 * with time constant τ_s the boundaries move by σ·α/2·√(τ_s/τ_m), α = √2·|ζ(1/2)| (Fourcaud &amp;
 * Brunel 2002), as NEST's {@code siegert_neuron} does.
 *
 * <p>Numerics: the integrand is written with the scaled complementary error function
 * erfcx(x) = e^{x²}·erfc(x), which stays finite for all arguments: e^{u²}(1 + erf u) = erfcx(−u).
 * For u ≤ 0 it is bounded by 1 and decays as 1/(|u|√π), so the mean-driven, nearly noise-free
 * limit (boundaries at −10³) is integrated without cancellation and tends to
 * 1/(t_ref + τ_m·ln((μ − V_r)/(μ − θ))). The part above 0 is integrated as
 * e^{Y²}·∫ e^{u² − Y²}(1 + erf u) du (Y the upper boundary), so nothing overflows before the rate
 * underflows to 0 (Y &gt; 26). The integrals use adaptive Gauss–Kronrod (7/15 points) to 1e-12
 * relative accuracy.
 */
public final class Siegert {
    /** √2·|ζ(1/2)|, the Fourcaud–Brunel boundary shift factor. */
    public static final double ALPHA = Math.sqrt(2.0) * 1.4603545088095868;

    private Siegert() {
    }

    /**
     * Rate for white-noise input.
     *
     * @param tauMMs membrane time constant [ms], &gt; 0
     * @param tRefMs refractory period [ms], ≥ 0
     * @param thetaMV threshold relative to rest [mV]
     * @param vResetMV reset relative to rest [mV], &lt; theta
     * @param muMV mean input [mV]
     * @param sigmaMV noise amplitude [mV], ≥ 0 (0: the deterministic limit)
     * @return the rate [Hz]
     */
    public static double rateHz(double tauMMs, double tRefMs, double thetaMV, double vResetMV, double muMV, double sigmaMV) {
        if (!(tauMMs > 0) || !(tRefMs >= 0) || !(vResetMV < thetaMV) || !(sigmaMV >= 0) || !Double.isFinite(muMV)) {
            throw new IllegalArgumentException("need tau_m > 0, t_ref >= 0, V_reset < theta, sigma >= 0 and a finite mu");
        }
        if (sigmaMV == 0) {
            if (muMV <= thetaMV) {
                return 0.0;
            }
            return 1e3 / (tRefMs + tauMMs * Math.log((muMV - vResetMV) / (muMV - thetaMV)));
        }
        double yr = (vResetMV - muMV) / sigmaMV;
        double yt = (thetaMV - muMV) / sigmaMV;
        double integral = 0.0;
        if (yr < 0) {
            integral += GaussKronrod.integrate(u -> erfcx(-u), yr, Math.min(yt, 0.0), 1e-13);
        }
        if (yt > 0) {
            if (yt > 26.0) {
                return 0.0;
            }
            double lo = Math.max(yr, 0.0);
            double yt2 = yt * yt;
            double scaled = GaussKronrod.integrate(u -> Math.exp(u * u - yt2) * (1.0 + Erf.erf(u)), lo, yt, 1e-13);
            integral += Math.exp(yt2) * scaled;
        }
        return 1e3 / (tRefMs + tauMMs * Math.sqrt(Math.PI) * integral);
    }

    /**
     * Rate for input filtered by synapses with time constant τ_s (Fourcaud &amp; Brunel 2002:
     * threshold and reset shifted up by σ·α/2·√(τ_s/τ_m)).
     */
    public static double rateHz(double tauMMs, double tauSynMs, double tRefMs, double thetaMV, double vResetMV,
                                double muMV, double sigmaMV) {
        if (!(tauSynMs >= 0)) {
            throw new IllegalArgumentException("tau_syn must be >= 0");
        }
        double shift = sigmaMV * ALPHA / 2.0 * Math.sqrt(tauSynMs / tauMMs);
        return rateHz(tauMMs, tRefMs, thetaMV + shift, vResetMV + shift, muMV, sigmaMV);
    }

    /**
     * Mean input μ = τ_m·Σ J_k·ν_k [mV] for Poisson inputs with jumps J_k [mV] at rates ν_k [Hz].
     */
    public static double mu(double tauMMs, double[] jumpsMV, double[] ratesHz) {
        double s = 0;
        for (int k = 0; k < jumpsMV.length; k++) {
            s += jumpsMV[k] * ratesHz[k] * 1e-3;
        }
        return tauMMs * s;
    }

    /** Noise amplitude σ = √(τ_m·Σ J_k²·ν_k) [mV] for Poisson inputs (Brunel 2000's σ). */
    public static double sigma(double tauMMs, double[] jumpsMV, double[] ratesHz) {
        double s = 0;
        for (int k = 0; k < jumpsMV.length; k++) {
            s += jumpsMV[k] * jumpsMV[k] * ratesHz[k] * 1e-3;
        }
        return Math.sqrt(tauMMs * s);
    }

    /**
     * erfcx(x) = e^{x²}·erfc(x), finite for every x ≥ −26: through commons-math's erfc up to 12,
     * its asymptotic series 1/(x√π)·Σ (−1)^k (2k−1)!!/(2x²)^k beyond (relative error &lt; 1e-16).
     */
    public static double erfcx(double x) {
        if (x < 0) {
            return 2.0 * Math.exp(x * x) - erfcx(-x);
        }
        if (x < 12.0) {
            return Math.exp(x * x) * Erf.erfc(x);
        }
        double inv2x2 = 1.0 / (2.0 * x * x);
        double term = 1.0;
        double sum = 1.0;
        for (int k = 1; k <= 12; k++) {
            term *= -(2 * k - 1) * inv2x2;
            sum += term;
        }
        return sum / (x * Math.sqrt(Math.PI));
    }
}
