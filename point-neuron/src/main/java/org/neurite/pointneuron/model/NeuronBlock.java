package org.neurite.pointneuron.model;

import java.util.List;
import org.neurite.channels.receptor.SynapseBank;

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
 *
 * <p><b>Timing of inputs.</b> Port input written for step s enters the synaptic state at the end
 * of step s and so acts from step s + 1 on (NEST's rule; for delta ports of NEST models the
 * voltage jump is applied in step s before the threshold test, as NEST's iaf_psc_delta does). The
 * external current written for step s acts during step s + 1 for NEST models (NEST latches a
 * step's current input at the end of the step), during step s itself for models that follow
 * Brian2 (ntwk cells: the current is read at the start of the update). A connection with delay
 * d = D·dt from a neuron that spiked in step s therefore writes into step s + D for every model.
 *
 * <p><b>Routing NEST weights.</b> NEST connections carry a signed weight and no port:
 * {@link #portForWeight(double)} and {@link #portWeight(double)} say where such an event goes and
 * what is added there (for NEST's ex/in models: w ≥ 0 → "ex", w &lt; 0 → "in"; conductance
 * models take |w|, current models keep the sign). Per-pathway models (ntwk) have no such rule:
 * events name their port.
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

    /**
     * The port an event with a signed weight and no named port goes to (NEST's convention), or −1
     * if the model has no such rule and events must name their port. NEST models with "ex"/"in"
     * ports return the "ex" index for w ≥ 0 and the "in" index for w &lt; 0; single-port models
     * (iaf_psc_delta, izhikevich) return 0. The default is −1.
     *
     * @param weight the connection's signed weight (pA, nS or mV as the model's ports expect)
     * @return a port index, or −1
     */
    public int portForWeight(double weight) {
        return -1;
    }

    /**
     * What to add to {@link #portInput()}[{@link #portForWeight(double) portForWeight(w)}] for an
     * event of signed weight w: |w| for conductance ports (NEST cond/aeif/hh_cond models), w itself
     * for current ports (NEST psc models: an inhibitory current stays negative) and voltage jumps.
     * The default returns w.
     */
    public double portWeight(double weight) {
        return weight;
    }

    /**
     * Applies the port input written since the last update to neurons from (inclusive) to to
     * (exclusive) at once, as if it had arrived in the step just updated (it enters at the end of
     * that step), and zeroes it. This is for zero-delay connections (Brian2's default, which ntwk
     * configs use): the simulator writes them after {@link #update} returned and calls this. Models
     * whose inputs are voltage jumps tested against the threshold inside the update (NEST's delta
     * models) cannot take late input and throw {@link UnsupportedOperationException}, which is
     * also the default.
     */
    public void applyInputNow(int from, int to) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot take zero-delay input");
    }

    /**
     * The synapse banks of the ports (one per port, in port order) if this model's port input is,
     * by its semantics, a jump of these banks at the end of the step — exactly what
     * {@link #applyInputNow} does — so that a simulator may deliver events into them itself; null
     * (the default) otherwise.
     */
    public SynapseBank[] eventBanks() {
        return null;
    }

    /**
     * Switches the block to direct events: from now on the simulator adds the events that arrive
     * in step s to {@link #eventBanks()} ({@link SynapseBank#deliver}, a jump) right after
     * {@code update(s, …)} of the neurons concerned, and never writes {@link #portInput()}, which
     * update no longer reads. This spares the update loop two memory streams per port. Only for
     * blocks with {@link #eventBanks()}; the default throws {@link UnsupportedOperationException}.
     */
    public void takeEventsDirectly() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " takes events through its port input only");
    }

    /**
     * A neuron that spiked during {@code update(step, …)} is reported at time
     * (step + spikeStampOffset())·dt: 1 for NEST models (NEST stamps a spike at the end of the step
     * in which it happened), 0 for models that follow Brian2 (ntwk cells: Brian2 records the time
     * at the start of that step). Only recorded times differ: delivery is as described above.
     */
    public int spikeStampOffset() {
        return 1;
    }
}
