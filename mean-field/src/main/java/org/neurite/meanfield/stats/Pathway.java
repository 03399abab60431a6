package org.neurite.meanfield.stats;

import org.neurite.channels.io.BadInputException;

/**
 * One synaptic input pathway of a cell under Poisson shot noise: {@code count} synapses, each
 * receiving an independent Poisson train at the rate of its source, each spike adding the quantal
 * conductance Q that then decays exponentially with τ (ntwk's and Zerlaut et al.'s synapse).
 *
 * @param name a label (e.g. the presynaptic population)
 * @param count number of synapses K (may be fractional: K = p·N)
 * @param qNS quantal conductance Q [nS], ≥ 0
 * @param tauMs decay time constant τ [ms], &gt; 0
 * @param erevMV reversal potential E [mV]
 */
public record Pathway(String name, double count, double qNS, double tauMs, double erevMV) {
    public Pathway {
        if (!(count >= 0) || !Double.isFinite(count)) {
            throw BadInputException.parameter("pathway " + name + " count", "must be >= 0, got " + count);
        }
        if (!(qNS >= 0) || !Double.isFinite(qNS)) {
            throw BadInputException.parameter("pathway " + name + " Q", "must be >= 0 [nS], got " + qNS);
        }
        if (!(tauMs > 0) || !Double.isFinite(tauMs)) {
            throw BadInputException.parameter("pathway " + name + " tau", "must be > 0 [ms], got " + tauMs);
        }
        if (!Double.isFinite(erevMV)) {
            throw BadInputException.parameter("pathway " + name + " Erev", "must be finite [mV], got " + erevMV);
        }
    }
}
