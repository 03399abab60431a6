package org.neurite.pointneuron.sim;

/**
 * An external input to one block (a generator): each step, before the block is updated, every
 * thread calls {@link #apply} for its own range of the block's neurons, and the input adds to the
 * block's {@code portInput()} (events arriving in this step) or {@code currentInput()} [pA].
 * An input must give the same values whatever the ranges, i.e. draw per-neuron random numbers
 * from per-neuron streams.
 */
public interface StepInput {
    /** Index of the target block. */
    int block();

    /**
     * Adds this step's input for neurons from (inclusive) to to (exclusive).
     *
     * @param step the step about to be updated
     * @param from first neuron
     * @param to one past the last
     * @param thread the calling thread's index (for per-thread scratch)
     */
    void apply(long step, int from, int to, int thread);

    /** Called once before a run with the number of threads. */
    default void prepare(int threads) {
    }
}
