package org.neurite.meanfield.tf;

import org.neurite.meanfield.stats.Moments;

/**
 * The region of membrane statistics a transfer function was fitted on (min and max of μ_V [mV],
 * σ_V [mV] and τ_V·g_L/C_m over the fitted grid points that fired), so that a user is told when a
 * mean-field solution relies on the fit outside its data. Statistics outside the region count only
 * where the function predicts firing (at least {@link #SILENT_FRACTION} of the highest fitted
 * rate): below the region the data are silent and so is the fit's tail.
 */
public record FitDomain(double muVMinMV, double muVMaxMV, double sigmaVMinMV, double sigmaVMaxMV,
                        double tauVNMin, double tauVNMax, double maxRateHz) {
    /** Fraction of each range by which the statistics may leave it before it counts as outside. */
    public static final double MARGIN = 0.05;
    /** Output rates below this fraction of the highest fitted rate are not reported. */
    public static final double SILENT_FRACTION = 0.01;

    /** Whether the statistics and output rate lie inside the fitted region (with the {@link #MARGIN}). */
    public boolean contains(Moments m, double rateHz) {
        return describeOutside(m, rateHz) == null;
    }

    /** Null when inside; otherwise which quantity is outside and by how much. */
    public String describeOutside(Moments m, double rateHz) {
        if (rateHz > maxRateHz * (1 + MARGIN)) {
            return String.format("output rate %.4g Hz above the highest fitted rate %.4g Hz", rateHz, maxRateHz);
        }
        if (rateHz < SILENT_FRACTION * maxRateHz) {
            return null;
        }
        String s = check("mu_V", m.muV, muVMinMV, muVMaxMV, " mV");
        if (s == null) {
            s = check("sigma_V", m.sigmaV, sigmaVMinMV, sigmaVMaxMV, " mV");
        }
        if (s == null) {
            s = check("tau_V/tau_L", m.tauVN, tauVNMin, tauVNMax, "");
        }
        return s;
    }

    private static String check(String what, double v, double lo, double hi, String unit) {
        double margin = MARGIN * (hi - lo);
        if (v < lo - margin || v > hi + margin) {
            return String.format("%s = %.4g%s outside the fitted range [%.4g, %.4g]%s", what, v, unit, lo, hi, unit);
        }
        return null;
    }
}
