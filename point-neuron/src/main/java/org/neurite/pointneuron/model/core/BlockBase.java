package org.neurite.pointneuron.model.core;

import java.util.List;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.receptor.SynapseBank;
import org.neurite.pointneuron.model.NeuronBlock;

/**
 * What every built-in block shares: its size, step, receptor ports, external-current input, the
 * names of its state variables, and the lookup of a state variable by name. Each model is a final
 * subclass whose {@code update} is one tight loop over its arrays.
 */
public abstract class BlockBase extends NeuronBlock {
    /** Number of neurons. */
    protected final int n;
    /** Simulation step [ms]. */
    protected final double dt;
    /** Model name for messages, e.g. {@code iaf_cond_exp}. */
    protected final String model;
    /** The receptor ports. */
    protected final SynapsePorts ports;
    /** External current written by the simulator for the current step [pA]. */
    protected final double[] currentIn;
    private final List<String> recordables;

    /**
     * @param model model name
     * @param n number of neurons
     * @param dtMs step [ms]
     * @param ports receptor ports
     * @param recordables names of the state variables, in {@link #recordable(int, int)} order
     */
    protected BlockBase(String model, int n, double dtMs, SynapsePorts ports, List<String> recordables) {
        if (n < 0) {
            throw BadInputException.parameter(model + " size", "must be >= 0, got " + n);
        }
        if (!(dtMs > 0) || Double.isInfinite(dtMs)) {
            throw BadInputException.parameter("dt", "must be > 0 [ms], got " + dtMs);
        }
        this.model = model;
        this.n = n;
        this.dt = dtMs;
        this.ports = ports;
        this.currentIn = new double[n];
        this.recordables = List.copyOf(recordables);
    }

    @Override
    public final int size() {
        return n;
    }

    @Override
    public final List<String> portNames() {
        return ports.names();
    }

    @Override
    public final double[][] portInput() {
        return ports.input();
    }

    @Override
    public final double[] currentInput() {
        return currentIn;
    }

    @Override
    public final List<String> recordables() {
        return recordables;
    }

    /** The receptor ports (their banks hold the synaptic state). */
    public final SynapsePorts ports() {
        return ports;
    }

    /**
     * Whether this model's port input enters its banks as a jump at the end of the step (its
     * update ends with {@link SynapsePorts#deliver}, and {@link #applyInputNow} is that jump); the
     * default is false. Models that return true get {@link #eventBanks()} and
     * {@link #takeEventsDirectly()}.
     */
    protected boolean eventsJumpAtStepEnd() {
        return false;
    }

    @Override
    public final SynapseBank[] eventBanks() {
        return eventsJumpAtStepEnd() ? ports.banks() : null;
    }

    @Override
    public final void takeEventsDirectly() {
        if (!eventsJumpAtStepEnd()) {
            super.takeEventsDirectly();
        }
        ports.bypassInput();
    }

    /** The model name. */
    public final String model() {
        return model;
    }

    /** The step [ms]. */
    public final double dt() {
        return dt;
    }

    /**
     * Index of a recordable by name.
     *
     * @throws BadInputException naming the model and its variables if there is none
     */
    protected final int variableIndex(String variable) {
        int k = recordables.indexOf(variable);
        if (k < 0) {
            throw new BadInputException(model + " has no state variable \"" + variable + "\" (known: "
                    + String.join(", ", recordables) + ")");
        }
        return k;
    }

    /** Checks a neuron index. */
    protected final void checkNeuron(int i) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException(model + ": neuron " + i + " outside 0.." + (n - 1));
        }
    }

    /** Error for a variable that is recorded but cannot be set (a synaptic state). */
    protected final BadInputException notSettable(String variable) {
        return new BadInputException(model + " state variable \"" + variable
                + "\" is synaptic and cannot be set (it changes only through events)");
    }

    /** Error for a value that must be finite. */
    protected static void checkFinite(String model, String variable, double value) {
        if (!Double.isFinite(value)) {
            throw BadInputException.parameter(model + " " + variable, "must be finite, got " + value);
        }
    }

    /**
     * Number of whole steps in a duration, as NEST counts refractory steps (a duration that is not
     * a multiple of the step is rounded to the nearest step).
     */
    public static int steps(double durationMs, double dtMs) {
        return (int) Math.round(durationMs / dtMs);
    }
}
