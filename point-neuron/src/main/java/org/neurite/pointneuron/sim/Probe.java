package org.neurite.pointneuron.sim;

import org.neurite.pointneuron.model.SpikeBuffer;

/**
 * A recording device. The simulator calls, for step s: {@link #sample} on every thread for its own
 * range of each block (states at the end of step s); {@link #spikes} on one thread with every
 * spike of step s; and {@link #commit}(s) on one thread once every thread has sampled step s.
 * Samples of up to {@code window} consecutive steps may be pending (sampled, not yet committed)
 * at once, so a probe buffers its rows by step modulo the window it is given.
 */
public interface Probe {
    /** Called once before any step with the number of steps whose samples may be pending. */
    default void prepare(int window) {
    }

    /** Samples states of block b's neurons from..to−1 after step s (called by their thread). */
    default void sample(long step, int block, int from, int to) {
    }

    /** All samples of step s are in: store them. */
    default void commit(long step) {
    }

    /**
     * The spikes of step s of block b: the per-thread buffers in thread order, indices increasing.
     */
    default void spikes(long step, int block, SpikeBuffer[] perThread) {
    }
}
