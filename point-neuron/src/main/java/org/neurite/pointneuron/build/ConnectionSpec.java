package org.neurite.pointneuron.build;

import java.util.Map;
import org.neurite.channels.spi.ParameterSet;

/**
 * One connection statement: sources, targets, the rule with its numbers and options, the
 * autapse/multapse switches, weight [nS, pA or mV; positive for inhibitory sources, NNGT's
 * convention] and delay [ms] distributions, and the receptor port (null: the model's rule).
 *
 * @param pathway name for messages and random streams, e.g. "exc->inh"
 * @param pre source group or meta-group
 * @param post target group or meta-group
 * @param rule the rule
 * @param ruleParameters its validated numbers
 * @param options its string settings
 * @param autapses whether self-connections are allowed
 * @param multapses whether a pair may be connected more than once
 * @param weight weight distribution
 * @param delay delay distribution [ms]; 0 exactly means Brian2's no-delay synapse
 * @param receptor target port name, or null
 * @param prePositions source positions [µm] or null
 * @param postPositions target positions [µm] or null
 * @param plasticity the synapse model of every synapse (tsodyks2 or stdp), or null for static synapses
 */
public record ConnectionSpec(String pathway, Group pre, Group post, ConnectionRule rule, ParameterSet ruleParameters,
                             Map<String, String> options, boolean autapses, boolean multapses, Distribution weight,
                             Distribution delay, String receptor, double[][] prePositions, double[][] postPositions,
                             SynapseModel plasticity) {
    /** A statement with static synapses. */
    public ConnectionSpec(String pathway, Group pre, Group post, ConnectionRule rule, ParameterSet ruleParameters,
                          Map<String, String> options, boolean autapses, boolean multapses, Distribution weight,
                          Distribution delay, String receptor, double[][] prePositions, double[][] postPositions) {
        this(pathway, pre, post, rule, ruleParameters, options, autapses, multapses, weight, delay, receptor, prePositions,
                postPositions, null);
    }
}
