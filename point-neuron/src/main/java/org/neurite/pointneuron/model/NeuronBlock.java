package org.neurite.pointneuron.model;

import java.util.List;

/**
 * The neurons of one population (or group) that share a model and parameters, with their state in
 * primitive arrays (structure of arrays). The simulator drives a block step by step:
 * <ol>
 *   <li>it writes the summed weights of the events arriving in this step into
 *       {@link #portInput()}[port][neuron] and the external current for this step into
 *       {@link #currentInput()}[neuron] [pA];</li>
 *   <li>it calls {@link #update(long, int, int, SpikeBuffer)} for disjoint ranges of neurons
 *       (possibly on several threads); the block advances each neuron from t = step·dt to
 *       (step+1)·dt following its model's semantics (for NEST models, NEST's: input arriving in a
 *       step enters the synaptic state at the end of that step; a spike is stamped at the end of
 *       the step), consumes (zeroes) its inputs, and adds the index of each neuron that spiked to
 *       the buffer, in increasing index order.</li>
 * </ol>
 * Synaptic state lives in {@link org.neurite.channels.receptor.SynapseBank}s (one per port,
 * one synapse per neuron): the synapse code is the same as on a detailed cell.
 */
public abstract class NeuronBlock {
    /** Number of neurons. */
    public abstract int size();

    /** Names of the receptor ports events can target, e.g. ["ex", "in"]. */
    public abstract List<String> portNames();

    /** Summed event weights arriving in the current step, [port][neuron]; zeroed by update. */
    public abstract double[][] portInput();

    /** External current in the current step, [neuron] in pA; zeroed by update. */
    public abstract double[] currentInput();

    /**
     * Advances neurons from (inclusive) to to (exclusive) over one step.
     *
     * @param step the step index; the step covers [step·dt, (step+1)·dt)
     * @param from first neuron
     * @param to one past the last neuron
     * @param spiked receives the indices of neurons that spiked, in increasing order
     */
    public abstract void update(long step, int from, int to, SpikeBuffer spiked);

    /** Names of the state variables a multimeter can sample (NEST names: V_m, g_ex, w, …). */
    public abstract List<String> recordables();

    /** Value of recordable {@code variable} (index into {@link #recordables()}) of neuron i. */
    public abstract double recordable(int variable, int i);

    /**
     * Sets a state variable of one neuron (e.g. an initial V_m drawn from a distribution).
     *
     * @throws org.neurite.channels.io.BadInputException if the variable does not exist
     */
    public abstract void setState(String variable, int i, double value);
}
