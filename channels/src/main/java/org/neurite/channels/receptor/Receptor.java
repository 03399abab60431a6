package org.neurite.channels.receptor;

import java.util.Objects;
import org.neurite.channels.io.BadInputException;

/**
 * A synaptic receptor type: a name, {@link ReceptorKinetics} and either a reversal potential
 * (conductance-based: weights in nS, current g·(E − V) in pA) or none (current-based: weights in
 * pA, or in mV for delta kinetics acting on a point neuron).
 *
 * @param name label, e.g. {@code AMPA}
 * @param kinetics time course
 * @param reversalMV reversal potential [mV]; NaN for a current-based receptor
 */
public record Receptor(String name, ReceptorKinetics kinetics, double reversalMV) {
    public Receptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kinetics, "kinetics");
        if (Double.isInfinite(reversalMV)) {
            throw BadInputException.parameter("receptor " + name + " E", "must be finite [mV]");
        }
        if (kinetics instanceof Nmda && Double.isNaN(reversalMV)) {
            throw BadInputException.parameter("receptor " + name + " E", "an NMDA receptor needs a reversal potential [mV]");
        }
        if (kinetics instanceof Delta && !Double.isNaN(reversalMV)) {
            throw BadInputException.parameter("receptor " + name + " E", "delta kinetics are current-based and take no reversal potential");
        }
    }

    /** A conductance-based receptor. */
    public static Receptor conductance(String name, ReceptorKinetics kinetics, double reversalMV) {
        if (Double.isNaN(reversalMV)) {
            throw BadInputException.parameter("receptor " + name + " E", "a conductance-based receptor needs a reversal potential [mV]");
        }
        return new Receptor(name, kinetics, reversalMV);
    }

    /** A current-based receptor. */
    public static Receptor current(String name, ReceptorKinetics kinetics) {
        return new Receptor(name, kinetics, Double.NaN);
    }

    /** Whether events act through a conductance with a reversal potential. */
    public boolean isConductanceBased() {
        return !Double.isNaN(reversalMV);
    }
}
