package org.neurite.pointneuron.build;

/**
 * A group that may overlap others (NNGT's {@code MetaGroup} / {@code MetaNeuralGroup}): a neuron
 * belongs to exactly one {@link NeuralGroup} of a {@link NeuralPop} but to any number of
 * meta-groups. Meta-groups select neurons (for connections, devices, recording); they carry no
 * model.
 */
public final class MetaGroup extends Group {
    /**
     * @param name the meta-group's name
     * @param ids global neuron ids
     */
    public MetaGroup(String name, int[] ids) {
        super(name, ids);
    }
}
