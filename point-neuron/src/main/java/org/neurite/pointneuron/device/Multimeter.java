package org.neurite.pointneuron.device;

import java.util.List;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.record.TraceRecord;
import org.neurite.pointneuron.model.NeuronBlock;
import org.neurite.pointneuron.sim.Probe;

/**
 * NEST's {@code multimeter}: state variables of chosen neurons of one block sampled every
 * {@code interval} (a whole number of steps), at t = k·interval (the state at the end of the step
 * ending at t), into one channels {@link TraceRecord} per variable. Each thread samples its own
 * neurons into a row buffered by step (see {@link Probe#prepare}); the row is stored once all
 * threads are done.
 */
public final class Multimeter implements Probe {
    private final int block;
    private final NeuronBlock neurons;
    private final int[] ids; // local, increasing
    private final int[] vars;
    private final long every; // steps
    private final TraceRecord[] traces;
    private double[][][] rows; // [step % window][var][column]

    /**
     * @param population population name for the records
     * @param block block index
     * @param neurons the block
     * @param ids local indices to record (increasing)
     * @param variables state variable names (the block's recordables)
     * @param intervalSteps sampling interval in steps, ≥ 1
     * @param dtMs step [ms]
     */
    public Multimeter(String population, int block, NeuronBlock neurons, int[] ids, List<String> variables, int intervalSteps,
                      double dtMs) {
        if (intervalSteps < 1) {
            throw BadInputException.parameter("multimeter interval", "must be at least one step (" + dtMs + " ms)");
        }
        this.block = block;
        this.neurons = neurons;
        this.ids = ids.clone();
        this.every = intervalSteps;
        this.vars = new int[variables.size()];
        this.traces = new TraceRecord[variables.size()];
        for (int v = 0; v < vars.length; v++) {
            String name = variables.get(v);
            vars[v] = neurons.recordables().indexOf(name);
            if (vars[v] < 0) {
                throw BadInputException.parameter("multimeter " + population + " record_from", "unknown variable \"" + name
                        + "\" (" + (neurons.recordables().isEmpty() ? "the model records nothing"
                                : "the model records: " + String.join(", ", neurons.recordables())) + ")");
            }
            traces[v] = new TraceRecord(population, name, unitOf(name), ids, intervalSteps * dtMs, intervalSteps * dtMs);
        }
        rows = new double[1][vars.length][ids.length];
    }

    @Override
    public void prepare(int window) {
        rows = new double[window][vars.length][ids.length];
    }

    /** The unit of a state variable from its name (NEST/ntwk conventions). */
    static String unitOf(String v) {
        if (v.startsWith("V") || v.startsWith("U")) {
            return "mV";
        }
        if (v.startsWith("g") || v.startsWith("G")) {
            return "nS";
        }
        if (v.startsWith("I") || v.equals("w") || v.equals("w_adapt")) {
            return "pA";
        }
        return "1";
    }

    private boolean sampled(long step) {
        return (step + 1) % every == 0;
    }

    @Override
    public void sample(long step, int b, int from, int to) {
        if (b != block || !sampled(step)) {
            return;
        }
        double[][] row = rows[(int) (step % rows.length)];
        int a = Targets.lowerBound(ids, from);
        int e = Targets.lowerBound(ids, to);
        for (int v = 0; v < vars.length; v++) {
            for (int c = a; c < e; c++) {
                row[v][c] = neurons.recordable(vars[v], ids[c]);
            }
        }
    }

    @Override
    public void commit(long step) {
        if (!sampled(step)) {
            return;
        }
        double[][] row = rows[(int) (step % rows.length)];
        for (int v = 0; v < vars.length; v++) {
            traces[v].addSample(row[v]);
        }
    }

    /** The traces, one per variable. */
    public List<TraceRecord> traces() {
        return List.of(traces);
    }
}
