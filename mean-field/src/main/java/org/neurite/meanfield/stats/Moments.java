package org.neurite.meanfield.stats;

/**
 * The membrane statistics of one input condition, a reusable workspace filled by
 * {@link MembraneStatistics#compute}: μ_G [nS], μ_V [mV], σ_V [mV], τ_V [ms], the normalised
 * τ_V·g_L/C_m and the skewness γ_V of the voltage fluctuations.
 */
public final class Moments {
    /** Mean total conductance g_L + Σ μ_G,s [nS]. */
    public double muG;
    /** Mean membrane potential [mV]. */
    public double muV;
    /** Standard deviation of the membrane potential [mV]. */
    public double sigmaV;
    /** Autocorrelation time of the membrane potential [ms]. */
    public double tauV;
    /** τ_V normalised by the leak time constant, τ_V·g_L/C_m. */
    public double tauVN;
    /** Skewness of the membrane potential (third cumulant / σ_V³); 0 when σ_V = 0. */
    public double skewV;

    @Override
    public String toString() {
        return String.format("muG=%.6g nS, muV=%.6g mV, sigmaV=%.6g mV, tauV=%.6g ms, tauVN=%.6g, skewV=%.6g",
                muG, muV, sigmaV, tauV, tauVN, skewV);
    }
}
