package org.neurite.morphology.synapse;

import java.util.Arrays;

/**
 * Synaptic events waiting for their step, in a ring of slots indexed by step modulo the ring size
 * (NEST's ring buffer, sized by the largest delay plus the look-ahead window). Each slot holds
 * growable primitive arrays (bank, synapse, weight): adding an event makes no object, and a slot
 * keeps its arrays from one use to the next.
 */
final class EventRing {
    private final int size;
    private final int[][] bank;
    private final int[][] synapse;
    private final double[][] weight;
    private final int[] count;

    /** @param slots number of steps the ring spans, ≥ 1 */
    EventRing(int slots) {
        this.size = slots;
        bank = new int[slots][16];
        synapse = new int[slots][16];
        weight = new double[slots][16];
        count = new int[slots];
    }

    int slots() {
        return size;
    }

    /** Removes every waiting event. */
    void clear() {
        Arrays.fill(count, 0);
    }

    /** Adds an event for a step (which must lie within the ring's span from the current step). */
    void add(long step, int b, int syn, double w) {
        int s = (int) (step % size);
        int c = count[s];
        if (c == bank[s].length) {
            int cap = c * 2;
            bank[s] = Arrays.copyOf(bank[s], cap);
            synapse[s] = Arrays.copyOf(synapse[s], cap);
            weight[s] = Arrays.copyOf(weight[s], cap);
        }
        bank[s][c] = b;
        synapse[s][c] = syn;
        weight[s][c] = w;
        count[s] = c + 1;
    }

    /** Number of events waiting for a step. */
    int count(long step) {
        return count[(int) (step % size)];
    }

    int[] banks(long step) {
        return bank[(int) (step % size)];
    }

    int[] synapses(long step) {
        return synapse[(int) (step % size)];
    }

    double[] weights(long step) {
        return weight[(int) (step % size)];
    }

    /** Empties the slot of a step after its events were delivered. */
    void release(long step) {
        count[(int) (step % size)] = 0;
    }
}
