package org.neurite.pointneuron.sim;

import java.util.List;
import org.neurite.channels.receptor.Receptor;
import org.neurite.pointneuron.build.NeuralGroup;
import org.neurite.pointneuron.model.NeuronBlock;

/**
 * A neural group as the simulator runs it: its block of neurons and, for per-pathway models, the
 * receptors its ports were made from (null for models with their own ports, NEST's).
 *
 * @param index position among the simulation's blocks
 * @param group the group (name, ids, neuron type, model, parameters)
 * @param block the neurons' state and update
 * @param receptors receptors of the ports in port order, or null
 */
public record Population(int index, NeuralGroup group, NeuronBlock block, List<Receptor> receptors) {
    /** The group's name. */
    public String name() {
        return group.name();
    }

    /** Number of neurons. */
    public int size() {
        return block.size();
    }

    /** Whether the block accepts zero-delay input ({@link NeuronBlock#applyInputNow}). */
    public boolean takesZeroDelay() {
        try {
            block.applyInputNow(0, 0);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}
