package org.neurite.pointneuron.model.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.neurite.channels.receptor.SynapseBank;
import org.neurite.pointneuron.model.NeuronBlock;
import org.neurite.pointneuron.model.SpikeBuffer;

/**
 * Drives one {@link NeuronBlock} step by step with scheduled events and currents, the way a
 * simulator does, and records spikes and state variables: the harness of the model validations
 * and tests (not a network simulator). Timing is NEST's: an event sent in step s over a
 * connection with delay D steps is written into step s + D ({@link #event}); a device's current
 * emitted in step s with delay D is written into step s + D ({@link #current}); the block decides
 * when written input acts (see {@link NeuronBlock}).
 */
public final class StepDriver {
    private final NeuronBlock block;
    private final double dt;
    private final TreeMap<Long, List<double[]>> events = new TreeMap<>();
    private final List<double[]> currents = new ArrayList<>(); // {neuron, pA, fromStep, toStep}
    private final SpikeBuffer buffer = new SpikeBuffer();
    private final List<long[]> spikes = new ArrayList<>(); // {step, neuron}
    private long step;
    private SynapseBank[] direct; // non-null: events go into the banks after each update

    /**
     * @param block the block
     * @param dtMs its step [ms]
     */
    public StepDriver(NeuronBlock block, double dtMs) {
        this.block = block;
        this.dt = dtMs;
    }

    /**
     * Switches to direct events as the simulator uses them ({@link NeuronBlock#takeEventsDirectly()}):
     * the events of step s are added to the block's banks right after its update of step s.
     *
     * @throws UnsupportedOperationException if the model takes events through its port input only
     */
    public StepDriver directEvents() {
        block.takeEventsDirectly();
        direct = block.eventBanks();
        return this;
    }

    /** The block. */
    public NeuronBlock block() {
        return block;
    }

    /** The step index of the next update. */
    public long step() {
        return step;
    }

    /** Time at the end of the last update [ms]. */
    public double timeMs() {
        return step * dt;
    }

    /** Writes weight w into port p of neuron i in step s (the arrival step). */
    public StepDriver event(long s, int port, int neuron, double weight) {
        events.computeIfAbsent(s, k -> new ArrayList<>()).add(new double[] {port, neuron, weight});
        return this;
    }

    /** Writes current [pA] for neuron i into every step in [fromStep, toStep). */
    public StepDriver current(int neuron, double pA, long fromStep, long toStep) {
        currents.add(new double[] {neuron, pA, fromStep, toStep});
        return this;
    }

    /** A NEST dc_generator switched on at t = 0 with delay D steps: written from step D on. */
    public StepDriver dcGenerator(int neuron, double pA, int delaySteps) {
        return current(neuron, pA, delaySteps, Long.MAX_VALUE);
    }

    /** Advances one step. */
    public void advance() {
        double[][] in = block.portInput();
        List<double[]> now = events.remove(step);
        if (now != null && direct == null) {
            for (double[] e : now) {
                in[(int) e[0]][(int) e[1]] += e[2];
            }
        }
        double[] cur = block.currentInput();
        for (double[] c : currents) {
            if (step >= (long) c[2] && step < (long) c[3]) {
                cur[(int) c[0]] += c[1];
            }
        }
        buffer.clear();
        block.update(step, 0, block.size(), buffer);
        if (now != null && direct != null) {
            for (double[] e : now) {
                direct[(int) e[0]].deliver((int) e[1], e[2]);
            }
        }
        for (int k = 0; k < buffer.size(); k++) {
            spikes.add(new long[] {step, buffer.get(k)});
        }
        step++;
    }

    /**
     * Runs a number of steps, sampling a state variable of one neuron after each update.
     *
     * @return samples[k] = value after update k (at time (first + k + 1)·dt)
     */
    public double[] run(int steps, String variable, int neuron) {
        int var = block.recordables().indexOf(variable);
        if (var < 0) {
            throw new IllegalArgumentException("no recordable " + variable + " in " + block.recordables());
        }
        double[] out = new double[steps];
        for (int k = 0; k < steps; k++) {
            advance();
            out[k] = block.recordable(var, neuron);
        }
        return out;
    }

    /** Runs a number of steps without sampling. */
    public void run(int steps) {
        for (int k = 0; k < steps; k++) {
            advance();
        }
    }

    /** Steps in which neuron i spiked, in order. */
    public long[] spikeSteps(int neuron) {
        return spikes.stream().filter(s -> s[1] == neuron).mapToLong(s -> s[0]).toArray();
    }

    /** Number of spikes of all neurons so far. */
    public int spikeCount() {
        return spikes.size();
    }

    /** Spike counts per neuron. */
    public int[] spikeCounts() {
        int[] c = new int[block.size()];
        for (long[] s : spikes) {
            c[(int) s[1]]++;
        }
        return c;
    }

    /**
     * Spike times of neuron i [ms] with the block's stamp convention
     * ((step + {@link NeuronBlock#spikeStampOffset()})·dt).
     */
    public double[] spikeTimesMs(int neuron) {
        long[] s = spikeSteps(neuron);
        double[] t = new double[s.length];
        for (int k = 0; k < s.length; k++) {
            t[k] = (s[k] + block.spikeStampOffset()) * dt;
        }
        return t;
    }

    @Override
    public String toString() {
        return "StepDriver[" + block.getClass().getSimpleName() + ", step " + step + ", spikes "
                + Arrays.toString(spikeCounts()) + "]";
    }
}
