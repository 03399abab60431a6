package org.neurite.pointneuron.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neurite.channels.io.BadInputException;

/**
 * Neurons that share a model and its parameters (NNGT's {@code NeuralGroup}): a name, global ids,
 * a neuron type (+1 excitatory, −1 inhibitory: the sign its outgoing connections act with, NNGT's
 * convention of positive weights in the graph), a model name (NEST or ntwk, found as a
 * {@link org.neurite.pointneuron.model.NeuronModelPlugin}) and the model's parameters (names as
 * the model has them). The simulator makes one {@link org.neurite.pointneuron.model.NeuronBlock}
 * per neural group.
 */
public final class NeuralGroup extends Group {
    private final int neuronType;
    private final String model;
    private final Map<String, Double> parameters;

    /**
     * @param name the group's name
     * @param ids global neuron ids
     * @param neuronType +1 or −1
     * @param model model name
     * @param parameters model parameters (may be empty: the model's defaults)
     */
    public NeuralGroup(String name, int[] ids, int neuronType, String model, Map<String, Double> parameters) {
        super(name, ids);
        if (neuronType != 1 && neuronType != -1) {
            throw BadInputException.parameter("group " + name + " neuron_type", "must be 1 or -1, got " + neuronType);
        }
        if (model == null || model.isBlank()) {
            throw BadInputException.parameter("group " + name + " model", "must be given");
        }
        this.neuronType = neuronType;
        this.model = model;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** +1 (excitatory) or −1 (inhibitory). */
    public int neuronType() {
        return neuronType;
    }

    /** The model name. */
    public String model() {
        return model;
    }

    /** The parameters given (the model fills in its defaults for the others). */
    public Map<String, Double> parameters() {
        return parameters;
    }

    /** The same group with some parameters changed (NNGT's {@code set_param} on a group). */
    public NeuralGroup withParameters(Map<String, Double> changes) {
        Map<String, Double> p = new LinkedHashMap<>(parameters);
        p.putAll(changes);
        return new NeuralGroup(name(), ids(), neuronType, model, p);
    }
}
