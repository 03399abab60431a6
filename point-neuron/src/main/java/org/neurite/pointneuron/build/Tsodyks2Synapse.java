package org.neurite.pointneuron.build;

import org.neurite.channels.receptor.ShortTermPlasticity;

/**
 * The parameters of NEST's {@code tsodyks2_synapse} for every synapse of one pathway: short-term
 * depression and facilitation (Tsodyks &amp; Markram 1997, Fuhrmann et al. 2002) acting on the
 * weight each presynaptic spike transmits. The dynamics are channels' {@link ShortTermPlasticity};
 * each synapse of a plastic {@link Projection} has its own u, x and last spike time, updated when
 * its presynaptic neuron spikes (at the spike's time stamp, before the delay), and the event it
 * sends carries x·u·weight.
 *
 * @param bigU U, the utilisation increment, in (0, 1]
 * @param tauRecMs tau_rec, recovery from depression [ms], &gt; 0
 * @param tauFacMs tau_fac, decay of facilitation [ms], ≥ 0 (0: none)
 * @param uInit initial u in [0, 1] (NEST's default: U)
 * @param xInit initial x in [0, 1] (NEST's default: 1)
 */
public record Tsodyks2Synapse(double bigU, double tauRecMs, double tauFacMs, double uInit, double xInit) implements SynapseModel {
    /** The model name in network files (NEST's). */
    public static final String NAME = "tsodyks2_synapse";

    /** Bytes of plasticity state per synapse (u, x and the last spike time, doubles). */
    public static final int BYTES_PER_SYNAPSE = 24;

    /**
     * @throws org.neurite.channels.io.BadInputException naming the parameter if one is out of range
     */
    public Tsodyks2Synapse {
        new ShortTermPlasticity(0, bigU, tauRecMs, tauFacMs, uInit, xInit); // checks the ranges
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s (U %.4g, tau_rec %.4g ms, tau_fac %.4g ms)", NAME, bigU, tauRecMs, tauFacMs);
    }

    @Override
    public int bytesPerSynapse() {
        return BYTES_PER_SYNAPSE;
    }

    /** The state of n synapses, each at (uInit, xInit) with its last spike at t = 0 (NEST's start). */
    public ShortTermPlasticity newState(int n) {
        return new ShortTermPlasticity(n, bigU, tauRecMs, tauFacMs, uInit, xInit);
    }
}
