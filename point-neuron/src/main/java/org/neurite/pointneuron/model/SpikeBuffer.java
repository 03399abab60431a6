package org.neurite.pointneuron.model;

import java.util.Arrays;

/**
 * A growable list of neuron indices that spiked in one step (one buffer per thread), so that
 * emitting a spike makes no object.
 */
public final class SpikeBuffer {
    private int[] ids = new int[64];
    private int size;

    /** Adds a neuron index. */
    public void add(int id) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    /** Number of indices. */
    public int size() {
        return size;
    }

    /** Index k. */
    public int get(int k) {
        return ids[k];
    }

    /** Empties the buffer (keeps its capacity). */
    public void clear() {
        size = 0;
    }
}
