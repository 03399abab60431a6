package org.neurite.pointneuron.build;

import java.util.List;

/**
 * Where each global neuron id of a {@link NeuralPop} lives in the simulator: its block (one per
 * neural group, in group order) and its index inside the block (its rank in the group).
 */
public final class NodeMap {
    private final int[] blockOf;
    private final int[] localOf;
    private final int[] typeOf; // per block
    private final int[] sizes; // per block

    /** The map of a complete population. */
    public NodeMap(NeuralPop pop) {
        pop.requireComplete();
        List<NeuralGroup> groups = pop.groupList();
        blockOf = new int[pop.size()];
        localOf = new int[pop.size()];
        typeOf = new int[groups.size()];
        sizes = new int[groups.size()];
        for (int b = 0; b < groups.size(); b++) {
            NeuralGroup g = groups.get(b);
            typeOf[b] = g.neuronType();
            sizes[b] = g.size();
            for (int k = 0; k < g.size(); k++) {
                blockOf[g.id(k)] = b;
                localOf[g.id(k)] = k;
            }
        }
    }

    /** Block of global id. */
    public int block(int id) {
        return blockOf[id];
    }

    /** Index inside its block of global id. */
    public int local(int id) {
        return localOf[id];
    }

    /** Neuron type (+1/−1) of block b. */
    public int type(int b) {
        return typeOf[b];
    }

    /** Size of block b. */
    public int blockSize(int b) {
        return sizes[b];
    }

    /** Number of blocks. */
    public int blocks() {
        return sizes.length;
    }
}
