package org.neurite.pointneuron.build;

import java.util.Arrays;

/**
 * The per-synapse state of a projection of {@link StdpSynapse}s, indexed like the projection's
 * targets, in primitive arrays: the plastic weight (signed as NEST's weight: negative for
 * inhibitory sources), the presynaptic trace K⁺ just after the last presynaptic spike, and that
 * spike's time stamp in steps. The port value an event adds is {@code gain·w + offset}, fixed per
 * projection by the target's port (for NEST models gain ±1 — |w| on conductance ports — and offset
 * 0; a {@code parrot_neuron} counts events: gain 0, offset 1).
 */
public final class StdpState {
    private final StdpSynapse rule;
    private final double[] weight;
    private final double[] kPlus;
    private final long[] lastStep;
    private final double gain;
    private final double offset;

    StdpState(StdpSynapse rule, double[] weight, double gain, double offset) {
        this.rule = rule;
        this.weight = weight;
        this.kPlus = new double[weight.length];
        Arrays.fill(kPlus, rule.kPlusInit());
        this.lastStep = new long[weight.length];
        this.gain = gain;
        this.offset = offset;
    }

    /** The rule, with Wmax signed like the weights. */
    public StdpSynapse rule() {
        return rule;
    }

    /** The plastic weights (live: the simulator updates them as spikes are delivered). */
    public double[] weights() {
        return weight;
    }

    /** K⁺ per synapse (live). */
    public double[] kPlus() {
        return kPlus;
    }

    /** Time stamp of each synapse's last presynaptic spike [steps] (live; 0 before the first). */
    public long[] lastSpikeSteps() {
        return lastStep;
    }

    /** What the target port adds per unit of weight. */
    public double gain() {
        return gain;
    }

    /** What the target port adds per event whatever the weight. */
    public double offset() {
        return offset;
    }
}
