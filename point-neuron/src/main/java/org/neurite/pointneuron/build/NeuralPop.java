package org.neurite.pointneuron.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.channels.io.BadInputException;

/**
 * A neural population: nodes 0 … size−1 partitioned into {@link NeuralGroup}s, with
 * {@link MetaGroup}s that may overlap and a synapse spec per pair of groups (NNGT's
 * {@code NeuralPop}). Factories follow NNGT: {@link #uniform}, {@link #excAndInhib},
 * {@link #fromGroups}; {@link #createGroup}, {@link #createMetaGroup} and {@link #setParam} edit.
 *
 * <p>Synapse specs: {@link #setSynapseSpec(String, String, SynapseSpec)} for a pair of group
 * names, {@link #setSynapseSpec(int, int, SynapseSpec)} for a pair of neuron types (+1/−1), and
 * {@link #setDefaultSynapseSpec}; {@link #synapseSpec} looks them up in that order (NNGT's
 * {@code syn_spec} dict with its {@code "default"} entry).
 */
public final class NeuralPop extends Structure<NeuralGroup> {
    private final Map<String, SynapseSpec> synSpecs = new LinkedHashMap<>();
    private SynapseSpec defaultSpec = SynapseSpec.NONE;

    /** An empty population of {@code size} nodes; add groups until every node is in one. */
    public NeuralPop(int size) {
        super(size);
    }

    /** One excitatory group named "default" holding every neuron (NNGT's {@code uniform}). */
    public static NeuralPop uniform(int size, String model, Map<String, Double> parameters) {
        NeuralPop p = new NeuralPop(size);
        p.createGroup(Group.range(0, size), "default", 1, model, parameters);
        return p;
    }

    /**
     * An excitatory group "excitatory" (the first size − round(iratio·size) ids) and an inhibitory
     * group "inhibitory" (the rest), NNGT's {@code exc_and_inhib}.
     *
     * @param iratio fraction of inhibitory neurons, in [0, 1]
     */
    public static NeuralPop excAndInhib(int size, double iratio, String exModel, Map<String, Double> exParams,
                                        String inModel, Map<String, Double> inParams) {
        if (!(iratio >= 0 && iratio <= 1)) {
            throw BadInputException.parameter("iratio", "must be in [0, 1], got " + iratio);
        }
        NeuralPop p = new NeuralPop(size);
        int nIn = (int) Math.round(iratio * size);
        p.createGroup(Group.range(0, size - nIn), "excitatory", 1, exModel, exParams);
        p.createGroup(Group.range(size - nIn, nIn), "inhibitory", -1, inModel, inParams);
        return p;
    }

    /**
     * A population made of the given groups, which must partition 0 … Σ sizes − 1
     * (NNGT's {@code from_groups}); meta-groups in the list are added as meta-groups.
     */
    public static NeuralPop fromGroups(List<? extends Group> groups) {
        int n = 0;
        for (Group g : groups) {
            if (g instanceof NeuralGroup) {
                n += g.size();
            }
        }
        NeuralPop p = new NeuralPop(n);
        for (Group g : groups) {
            if (g instanceof NeuralGroup ng) {
                p.addGroup(ng);
            }
        }
        for (Group g : groups) {
            if (g instanceof MetaGroup m) {
                p.createMetaGroup(m.name(), m.ids());
            } else if (!(g instanceof NeuralGroup)) {
                throw BadInputException.parameter("group " + g.name(), "a neural population takes neural groups and meta-groups");
            }
        }
        p.requireComplete();
        return p;
    }

    /** Adds a neural group over the given ids. */
    public NeuralGroup createGroup(int[] ids, String name, int neuronType, String model, Map<String, Double> parameters) {
        NeuralGroup g = new NeuralGroup(name, ids, neuronType, model, parameters);
        addGroup(g);
        return g;
    }

    /** Sets model parameters of a whole group (NNGT's {@code set_param(params, group=...)}). */
    public void setParam(String groupName, Map<String, Double> parameters) {
        Group g = group(groupName);
        if (!(g instanceof NeuralGroup ng)) {
            throw BadInputException.parameter("set_param " + groupName, "parameters belong to neural groups, not meta-groups");
        }
        replaceGroup(ng.withParameters(parameters));
    }

    /** Fails, naming the first node in no group, unless every node is in a group. */
    public void requireComplete() {
        if (!isComplete()) {
            for (int i = 0; i < size(); i++) {
                if (groupOf(i) == null) {
                    throw BadInputException.parameter("population", "node " + i + " is in no neural group");
                }
            }
        }
    }

    /** The synapse spec for connections from group pre to group post. */
    public void setSynapseSpec(String pre, String post, SynapseSpec spec) {
        group(pre);
        group(post);
        synSpecs.put(pre + "\u0000" + post, spec);
    }

    /** The synapse spec for connections between neuron types (+1/−1). */
    public void setSynapseSpec(int preType, int postType, SynapseSpec spec) {
        synSpecs.put("type" + preType + "\u0000type" + postType, spec);
    }

    /** The spec used when no pair matches (NNGT's "default" entry). */
    public void setDefaultSynapseSpec(SynapseSpec spec) {
        defaultSpec = spec;
    }

    /**
     * The spec for connections between any groups: a pair of neural groups is looked up as in
     * {@link #synapseSpec(NeuralGroup, NeuralGroup)}; a meta-group on either side gets the default.
     */
    public SynapseSpec synapseSpec(Group pre, Group post) {
        if (pre instanceof NeuralGroup a && post instanceof NeuralGroup b) {
            return synapseSpec(a, b);
        }
        return defaultSpec;
    }

    /** Lookup: group names, then neuron types, then the default. */
    public SynapseSpec synapseSpec(NeuralGroup pre, NeuralGroup post) {
        SynapseSpec s = synSpecs.get(pre.name() + "\u0000" + post.name());
        if (s == null) {
            s = synSpecs.get("type" + pre.neuronType() + "\u0000type" + post.neuronType());
        }
        return s != null ? s : defaultSpec;
    }
}
