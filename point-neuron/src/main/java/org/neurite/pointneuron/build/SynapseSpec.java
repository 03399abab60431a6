package org.neurite.pointneuron.build;

/**
 * The synapse of connections between two groups, NNGT's per-pair {@code syn_spec} entry: which
 * receptor port they target (null: NEST's rule by the weight's sign, or the model's only port)
 * and, optionally, a weight [nS, pA or mV] and delay [ms] that override the connection's.
 *
 * @param receptor port name, or null
 * @param weight weight distribution, or null to keep the connection's
 * @param delay delay distribution [ms], or null to keep the connection's
 */
public record SynapseSpec(String receptor, Distribution weight, Distribution delay) {
    /** A spec that changes nothing. */
    public static final SynapseSpec NONE = new SynapseSpec(null, null, null);
}
