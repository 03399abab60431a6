package org.neurite.channels.ion;

import org.neurite.channels.io.BadInputException;

/**
 * The calcium concentrations of many sites (compartments, or point neurons), each a
 * {@link CalciumDecay} pool, in primitive arrays. Concentrations live in an array indexed by site,
 * owned by the caller, so that calcium-dependent gates ({@link Gate.Input#CONCENTRATION}) read it
 * directly. Each step the pool advances with the calcium current of the step held constant, by the
 * exact exponential rule (the pools' cnexp):
 * <pre>
 *   [Ca]∞ = [Ca]_rest + τ·k·I_Ca,     [Ca](t + dt) = [Ca]∞ + ([Ca](t) − [Ca]∞)·exp(−dt/τ),
 * </pre>
 * then clipped at 0. Units: concentrations [mM], currents [pA] inward positive, time [ms].
 */
public final class CalciumPool {
    private final int[] node;
    private final double[] drive; // [mM/(ms pA)]
    private final double[] tau; // [ms]
    private final double[] rest; // [mM]
    private final boolean[] inwardOnly;
    private final double[] decay; // exp(-dt/tau) for the cached dt
    private double cachedDt = Double.NaN;

    /**
     * @param node site of each pool
     * @param driveMMPerMsPerPA k of each pool (see {@link CalciumDecay#drive})
     * @param tauMs decay time constant of each pool [ms]
     * @param restMM resting concentration of each pool [mM]
     * @param inwardOnly whether each pool ignores outward calcium currents
     */
    public CalciumPool(int[] node, double[] driveMMPerMsPerPA, double[] tauMs, double[] restMM, boolean[] inwardOnly) {
        int n = node.length;
        if (driveMMPerMsPerPA.length != n || tauMs.length != n || restMM.length != n || inwardOnly.length != n) {
            throw new IllegalArgumentException("calcium pool arrays differ in length");
        }
        for (int i = 0; i < n; i++) {
            if (!(tauMs[i] > 0) || !(driveMMPerMsPerPA[i] >= 0) || !(restMM[i] >= 0)) {
                throw BadInputException.parameter("calcium pool", "needs tau > 0, k >= 0 and rest >= 0, got " + tauMs[i]
                        + " ms, " + driveMMPerMsPerPA[i] + ", " + restMM[i] + " mM");
            }
        }
        this.node = node.clone();
        this.drive = driveMMPerMsPerPA.clone();
        this.tau = tauMs.clone();
        this.rest = restMM.clone();
        this.inwardOnly = inwardOnly.clone();
        this.decay = new double[n];
    }

    /** Number of pools. */
    public int size() {
        return node.length;
    }

    /** Site of pool i. */
    public int node(int i) {
        return node[i];
    }

    /** Drive factor k of pool i [mM/(ms·pA)]. */
    public double drive(int i) {
        return drive[i];
    }

    /** Decay time constant of pool i [ms]. */
    public double tau(int i) {
        return tau[i];
    }

    /** Resting concentration of pool i [mM]. */
    public double rest(int i) {
        return rest[i];
    }

    /**
     * Sets each pool's concentration in the site array.
     *
     * @param conc concentration per site [mM] (written at the pools' sites)
     * @param initialMM initial concentration of each pool [mM]
     */
    public void init(double[] conc, double[] initialMM) {
        for (int i = 0; i < node.length; i++) {
            conc[node[i]] = initialMM[i];
        }
    }

    /**
     * Advances every pool over dt.
     *
     * @param iCaPA calcium current per site over the step [pA], inward positive
     * @param conc concentration per site [mM], updated at the pools' sites
     * @param dtMs step [ms]
     */
    public void advance(double[] iCaPA, double[] conc, double dtMs) {
        final int n = node.length;
        if (dtMs != cachedDt) {
            for (int i = 0; i < n; i++) {
                decay[i] = Math.exp(-dtMs / tau[i]);
            }
            cachedDt = dtMs;
        }
        for (int i = 0; i < n; i++) {
            int s = node[i];
            double current = iCaPA[s];
            if (inwardOnly[i] && current < 0) {
                current = 0;
            }
            double target = rest[i] + tau[i] * drive[i] * current;
            double c = target + (conc[s] - target) * decay[i];
            conc[s] = c > 0 ? c : 0.0;
        }
    }
}
