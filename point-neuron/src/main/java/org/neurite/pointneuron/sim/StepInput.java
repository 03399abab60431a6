package org.neurite.pointneuron.sim;

import org.neurite.channels.receptor.SynapseBank;

/**
 * An external input to one block (a generator): each step, before the block is updated, every
 * thread calls {@link #apply} for its own range of the block's neurons, and the input adds to the
 * block's {@code portInput()} (events arriving in this step) or {@code currentInput()} [pA].
 * An input must give the same values whatever the ranges, i.e. draw per-neuron random numbers
 * from per-neuron streams.
 *
 * <p>Event inputs ({@link Writes#EVENTS}) can also add their events straight into the block's
 * synapse banks: after {@link #deliverInto} the simulator calls {@link #apply} right after the
 * block's update of the step instead of before it (see
 * {@link org.neurite.pointneuron.model.NeuronBlock#takeEventsDirectly()}).
 */
public interface StepInput {
    /** What an input writes into its block. */
    enum Writes {
        /** Only {@code currentInput()}. */
        CURRENT,
        /** Events into one port: {@code portInput()[port]}, or a bank after {@link #deliverInto}. */
        EVENTS,
        /** Port input in ways the simulator cannot redirect (the safe default). */
        PORT_INPUT
    }

    /** Index of the target block. */
    int block();

    /**
     * Adds this step's input for neurons from (inclusive) to to (exclusive).
     *
     * @param step the step about to be updated (or, for an input delivering into banks, just updated)
     * @param from first neuron
     * @param to one past the last
     * @param thread the calling thread's index (for per-thread scratch)
     */
    void apply(long step, int from, int to, int thread);

    /** Called once before a run with the number of threads. */
    default void prepare(int threads) {
    }

    /** What this input writes; the default, {@link Writes#PORT_INPUT}, keeps its block on port input. */
    default Writes writes() {
        return Writes.PORT_INPUT;
    }

    /**
     * For {@link Writes#EVENTS} inputs: from now on add each event to its port's bank
     * ({@link SynapseBank#deliver}, a jump at the current time) instead of the port input.
     *
     * @param banks the block's banks, in port order
     */
    default void deliverInto(SynapseBank[] banks) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " writes port input only");
    }
}
