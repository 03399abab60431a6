package org.neurite.cli.morphology;

import org.neurite.channels.io.BadInputException;
import org.neurite.morphology.io.SwcConvention;

/** Parses the {@code --convention} option. */
final class Conventions {
    private Conventions() {
    }

    static SwcConvention parse(String s) {
        switch (s) {
            case "neuron":
                return SwcConvention.NEURON;
            case "strict":
                return SwcConvention.STRICT;
            default:
                throw BadInputException.parameter("--convention", "must be neuron or strict, got \"" + s + "\"");
        }
    }
}
