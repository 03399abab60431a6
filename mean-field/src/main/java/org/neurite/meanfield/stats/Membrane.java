package org.neurite.meanfield.stats;

import org.neurite.channels.io.BadInputException;

/**
 * The passive membrane a transfer function is defined for.
 *
 * @param glNS leak conductance g_L [nS], &gt; 0
 * @param cmPF membrane capacitance C_m [pF], &gt; 0
 * @param elMV leak reversal E_L [mV]
 * @param vthreMV the cell's nominal threshold V_thre [mV] (used by the 31-term template of ntwk,
 *                whose threshold-crossing probability is taken at this voltage; NaN when unknown)
 * @param biasPA a constant current into the cell [pA] (NEST's I_e), 0 for none: it enters the
 *               mean voltage as g_L E_L + I does
 */
public record Membrane(double glNS, double cmPF, double elMV, double vthreMV, double biasPA) {
    /** A membrane without bias current. */
    public Membrane(double glNS, double cmPF, double elMV, double vthreMV) {
        this(glNS, cmPF, elMV, vthreMV, 0.0);
    }

    public Membrane {
        if (!(glNS > 0) || !Double.isFinite(glNS)) {
            throw BadInputException.parameter("membrane Gl", "must be > 0 [nS], got " + glNS);
        }
        if (!(cmPF > 0) || !Double.isFinite(cmPF)) {
            throw BadInputException.parameter("membrane Cm", "must be > 0 [pF], got " + cmPF);
        }
        if (!Double.isFinite(elMV)) {
            throw BadInputException.parameter("membrane El", "must be finite [mV], got " + elMV);
        }
        if (!Double.isFinite(biasPA)) {
            throw BadInputException.parameter("membrane bias current", "must be finite [pA], got " + biasPA);
        }
    }

    /** The leak time constant C_m/g_L [ms]. */
    public double tauMs() {
        return cmPF / glNS;
    }
}
