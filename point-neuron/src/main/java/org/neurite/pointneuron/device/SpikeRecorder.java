package org.neurite.pointneuron.device;

import org.neurite.channels.record.SpikeRecord;
import org.neurite.pointneuron.model.SpikeBuffer;
import org.neurite.pointneuron.sim.Probe;
import org.neurite.pointneuron.sim.Simulation;

/**
 * NEST's {@code spike_recorder}: the spikes of chosen neurons of one or more blocks into one
 * {@link SpikeRecord} (channels), with each block's time stamp convention
 * ({@link Simulation#spikeTimeMs}). For a group, node ids are ranks in the group (SONATA's
 * population-local ids); for a meta-group spanning blocks, the population's global ids.
 */
public final class SpikeRecorder implements Probe {
    private final SpikeRecord record;
    private Simulation sim; // gives the time stamps; set by attach
    private final int[][] outId; // [block][local] → node id written, −1 not recorded; null: block not recorded

    /**
     * @param name population name written to the record
     * @param outId per block: node id to write for each local index (−1: skip), or null for a
     *              block not recorded
     */
    public SpikeRecorder(String name, int[][] outId) {
        this.record = new SpikeRecord(name);
        this.outId = outId;
    }

    /** Gives the recorder the simulation whose time stamps it uses. */
    public void attach(Simulation s) {
        sim = s;
    }

    /**
     * The number of node ids this recorder can write: one more than the largest id of a recorded
     * neuron (the group's size for a whole group).
     */
    public int nodeIdCount() {
        int max = -1;
        for (int[] block : outId) {
            if (block != null) {
                for (int id : block) {
                    max = Math.max(max, id);
                }
            }
        }
        return max + 1;
    }

    /**
     * The block of every node id this recorder writes ({@link #nodeIdCount()} entries, −1 for an id
     * no neuron writes), or null when it records one block only: lets a reader split a recorder of
     * several groups back into its groups.
     */
    public int[] blockOfNodeId() {
        int blocks = 0;
        for (int[] block : outId) {
            blocks += block != null ? 1 : 0;
        }
        if (blocks < 2) {
            return null;
        }
        int[] out = new int[nodeIdCount()];
        java.util.Arrays.fill(out, -1);
        for (int b = 0; b < outId.length; b++) {
            if (outId[b] != null) {
                for (int id : outId[b]) {
                    if (id >= 0) {
                        out[id] = b;
                    }
                }
            }
        }
        return out;
    }

    /** The record so far. */
    public SpikeRecord record() {
        return record;
    }

    @Override
    public void spikes(long step, int block, SpikeBuffer[] perThread) {
        int[] map = block < outId.length ? outId[block] : null;
        if (map == null) {
            return;
        }
        double t = sim.spikeTimeMs(block, step);
        for (SpikeBuffer b : perThread) {
            for (int k = 0; k < b.size(); k++) {
                int id = map[b.get(k)];
                if (id >= 0) {
                    record.add(id, t);
                }
            }
        }
    }
}
