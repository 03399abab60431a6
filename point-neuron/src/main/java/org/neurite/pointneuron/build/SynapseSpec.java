package org.neurite.pointneuron.build;

/**
 * The synapse of connections between two groups, NNGT's per-pair {@code syn_spec} entry: which
 * receptor port they target (null: NEST's rule by the weight's sign, or the model's only port),
 * optionally a weight [nS, pA or mV] and delay [ms] that override the connection's, and the
 * synapse model (null: static synapses; or NEST's tsodyks2_synapse or stdp_synapse).
 *
 * @param receptor port name, or null
 * @param weight weight distribution, or null to keep the connection's
 * @param delay delay distribution [ms], or null to keep the connection's
 * @param plasticity the synapse model (tsodyks2 or stdp), or null for static synapses
 */
public record SynapseSpec(String receptor, Distribution weight, Distribution delay, SynapseModel plasticity) {
    /** A spec that changes nothing. */
    public static final SynapseSpec NONE = new SynapseSpec(null, null, null, null);

    /** A spec of static synapses. */
    public SynapseSpec(String receptor, Distribution weight, Distribution delay) {
        this(receptor, weight, delay, null);
    }
}
