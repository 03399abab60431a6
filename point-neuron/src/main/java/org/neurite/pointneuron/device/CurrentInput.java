package org.neurite.pointneuron.device;

import java.util.function.Supplier;
import org.neurite.channels.input.CurrentSource;
import org.neurite.pointneuron.sim.StepInput;

/**
 * An injected current [pA] from a channels {@link CurrentSource} (dc, step, ac, noise, OU): the
 * source's value for step s ([s·dt, (s+1)·dt)) is written into the block's current input of step
 * s + D, D the device's delay in steps (NEST's generators reach their targets after the connection
 * delay, one step by default); the model decides when written current acts (NEST models one step
 * later, ntwk in the step). A source with one
 * output drives every target with it; a source with one output per target drives target k with
 * output k. Each thread samples its own copy of the source (made by the same factory, hence the
 * same numbers), so no thread waits for another.
 */
public final class CurrentInput implements StepInput {
    private final int block;
    private final int[] targets;
    private final Supplier<CurrentSource> factory;
    private final double dt;
    private final int delay;
    private final boolean identity; // targets are 0, 1, …, n−1: index directly
    private CurrentSource[] copies;
    private double[][] out;
    private double[] current;

    /**
     * @param block target block
     * @param targets local target indices (increasing)
     * @param factory makes the source (each call the same source, seeded alike)
     * @param dtMs step [ms]
     * @param delaySteps steps between the source's time and the target (≥ 0)
     */
    public CurrentInput(int block, int[] targets, Supplier<CurrentSource> factory, double dtMs, int delaySteps) {
        this.block = block;
        this.targets = targets.clone();
        this.factory = factory;
        this.dt = dtMs;
        this.delay = delaySteps;
        this.identity = Targets.isIdentity(this.targets);
        CurrentSource probe = factory.get();
        if (probe.size() != 1 && probe.size() != targets.length) {
            throw org.neurite.channels.io.BadInputException.parameter("current generator",
                    "has " + probe.size() + " outputs for " + targets.length + " targets (give 1 or one per target)");
        }
    }

    @Override
    public int block() {
        return block;
    }

    @Override
    public Writes writes() {
        return Writes.CURRENT;
    }

    /** Binds to the block's current input. */
    public void bind(double[] currentInput) {
        current = currentInput;
    }

    @Override
    public void prepare(int threads) {
        copies = new CurrentSource[threads];
        out = new double[threads][];
        for (int t = 0; t < threads; t++) {
            copies[t] = factory.get();
            out[t] = new double[copies[t].size()];
        }
    }

    @Override
    public void apply(long step, int from, int to, int thread) {
        if (step < delay) {
            return;
        }
        double[] o = out[thread];
        copies[thread].sample((step - delay) * dt, dt, o);
        if (identity) {
            final double[] c = current;
            if (o.length == 1) {
                final double v = o[0];
                for (int i = from; i < to; i++) {
                    c[i] += v;
                }
            } else {
                for (int i = from; i < to; i++) {
                    c[i] += o[i];
                }
            }
            return;
        }
        int a = Targets.lowerBound(targets, from);
        int e = Targets.lowerBound(targets, to);
        if (o.length == 1) {
            double v = o[0];
            for (int k = a; k < e; k++) {
                current[targets[k]] += v;
            }
        } else {
            for (int k = a; k < e; k++) {
                current[targets[k]] += o[k];
            }
        }
    }
}
