package org.neurite.morphology.cable;

import org.neurite.channels.io.BadInputException;

/** The implicit rule for the voltage step. */
public enum TimeStepping {
    /** Backward (implicit) Euler: first order, L-stable; NEURON's default ({@code secondorder = 0}). */
    BACKWARD_EULER("backward_euler"),
    /**
     * Crank–Nicolson: second order; computed as NEURON does with {@code secondorder = 2}: a backward
     * Euler step of dt/2, then V(t+dt) = 2·V(t+dt/2) − V(t).
     */
    CRANK_NICOLSON("crank_nicolson");

    private final String key;

    TimeStepping(String key) {
        this.key = key;
    }

    /** The name used in spec files. */
    public String key() {
        return key;
    }

    /** The rule named {@code backward_euler} or {@code crank_nicolson}. */
    public static TimeStepping of(String key) {
        for (TimeStepping t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        throw BadInputException.parameter("solver", "must be backward_euler or crank_nicolson, got \"" + key + "\"");
    }
}
