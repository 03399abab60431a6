package org.neurite.pointneuron.device;

import java.util.Arrays;
import org.neurite.channels.input.SpikeSource;
import org.neurite.channels.receptor.SynapseBank;
import org.neurite.pointneuron.sim.StepInput;

/**
 * Spike trains from a channels {@link SpikeSource} (spike_generator's explicit times, regular
 * trains, Poisson trains with exact times), placed on the step grid by the target model's
 * convention, i.e. sent in the step in which a spike of the target's own kind stamped t would be
 * sent:
 * <ul>
 *   <li>NEST models ({@link org.neurite.pointneuron.model.NeuronBlock#spikeStampOffset()} 1): a
 *       spike at t is stamped at the end of the step that contains it, ceil(t/dt)·dt (t itself when
 *       t is on the grid), i.e. it is sent in step ceil(t/dt) − 1 and arrives in step
 *       ceil(t/dt) − 1 + delay, whose update ends at stamp + delay: a generator spike at 1.0 ms
 *       with delay 1.0 ms shows in V_m at 2.0 ms and a parrot_neuron repeats it at 2.0 ms, as in
 *       NEST;</li>
 *   <li>Brian2 models (ntwk cells, offset 0): Brian2's SpikeGeneratorGroup emits a spike at t in
 *       step floor(t/dt) (the step that starts at t when t is on the grid), like a neuron that
 *       crosses threshold in that step, so it arrives in step floor(t/dt) + delay: a spike at
 *       1.0 ms with delay 0.1 ms shows in a variable recorded at 1.2 ms, as in Brian2.</li>
 * </ul>
 * Off-grid times land in the same step by both rules. One train is sent to every target (NEST's
 * spike_generator), or train k to target k when the source has one train per target. The whole
 * run's spikes are drawn at construction (so they cannot depend on threads).
 */
public final class SpikeTrainInput implements StepInput {
    private final int block;
    private final int[] targets;
    private final boolean shared;
    private final long[] steps; // arrival step per spike, increasing
    private final int[] train; // train per spike
    private final int port;
    private final double value;
    private double[] input;
    private SynapseBank bank; // non-null: events go straight into the port's bank
    private int[] cursor;

    /**
     * @param block target block
     * @param targets local target indices (increasing)
     * @param source the trains: 1, or one per target
     * @param tstopMs end of the run [ms]
     * @param dtMs step [ms]
     * @param delaySteps connection delay [steps]
     * @param port target port
     * @param value amount added per spike
     * @param stampOffset the target model's spike stamp offset (1: NEST's rule, 0: Brian2's; see
     *                    {@link org.neurite.pointneuron.model.NeuronBlock#spikeStampOffset()})
     */
    public SpikeTrainInput(int block, int[] targets, SpikeSource source, double tstopMs, double dtMs, int delaySteps,
                           int port, double value, int stampOffset) {
        if (source.size() != 1 && source.size() != targets.length) {
            throw org.neurite.channels.io.BadInputException.parameter("spike generator",
                    "has " + source.size() + " trains for " + targets.length + " targets (give 1 or one per target)");
        }
        this.block = block;
        this.targets = targets.clone();
        this.shared = source.size() == 1;
        this.port = port;
        this.value = value;
        long[][] st = {new long[64]};
        int[][] tr = {new int[64]};
        int[] n = {0};
        source.reset();
        source.emit(0.0, tstopMs, (k, tMs) -> {
            if (n[0] == st[0].length) {
                st[0] = Arrays.copyOf(st[0], n[0] * 2);
                tr[0] = Arrays.copyOf(tr[0], n[0] * 2);
            }
            st[0][n[0]] = arrivalStep(tMs, dtMs, delaySteps, stampOffset);
            tr[0][n[0]] = k;
            n[0]++;
        });
        // sort by step (stable: train order kept within a step)
        Integer[] order = new Integer[n[0]];
        for (int i = 0; i < n[0]; i++) {
            order[i] = i;
        }
        final long[] s0 = st[0];
        Arrays.sort(order, (x, y) -> Long.compare(s0[x], s0[y]));
        steps = new long[n[0]];
        train = new int[n[0]];
        for (int i = 0; i < n[0]; i++) {
            steps[i] = s0[order[i]];
            train[i] = tr[0][order[i]];
        }
    }

    /**
     * The step in which a spike at tMs arrives. NEST's rule (stampOffset 1): ceil(t/dt) − 1 + delay;
     * Brian2's (stampOffset 0): floor(t/dt) + delay. t within 1e-9 steps of the grid counts as on it;
     * a spike at t ≤ 0 is sent in step 0.
     */
    static long arrivalStep(double tMs, double dtMs, int delaySteps, int stampOffset) {
        if (stampOffset == 0) {
            return Math.max(0, (long) Math.floor(tMs / dtMs + 1e-9)) + delaySteps;
        }
        long stamp = (long) Math.ceil(tMs / dtMs - 1e-9);
        return Math.max(0, stamp - 1) + delaySteps;
    }

    @Override
    public int block() {
        return block;
    }

    /** Binds to the block's port input. */
    public void bind(double[][] portInput) {
        input = portInput[port];
    }

    @Override
    public Writes writes() {
        return Writes.EVENTS;
    }

    @Override
    public void deliverInto(SynapseBank[] banks) {
        bank = banks[port];
    }

    private void add(int target) {
        if (bank != null) {
            bank.deliver(target, value);
        } else {
            input[target] += value;
        }
    }

    @Override
    public void prepare(int threads) {
        cursor = new int[threads];
    }

    @Override
    public void apply(long step, int from, int to, int thread) {
        int c = cursor[thread];
        while (c < steps.length && steps[c] < step) {
            c++;
        }
        while (c < steps.length && steps[c] == step) {
            if (shared) {
                int a = Targets.lowerBound(targets, from);
                int e = Targets.lowerBound(targets, to);
                for (int k = a; k < e; k++) {
                    add(targets[k]);
                }
            } else {
                int tg = targets[train[c]];
                if (tg >= from && tg < to) {
                    add(tg);
                }
            }
            c++;
        }
        cursor[thread] = c;
    }

    /** Number of spikes the trains hold over the run. */
    public int spikeCount() {
        return steps.length;
    }
}
