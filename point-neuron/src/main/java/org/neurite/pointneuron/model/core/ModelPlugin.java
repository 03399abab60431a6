package org.neurite.pointneuron.model.core;

import java.util.List;
import java.util.function.Function;
import org.neurite.channels.spi.ParameterSpec;
import org.neurite.pointneuron.model.BlockSpec;
import org.neurite.pointneuron.model.NeuronBlock;
import org.neurite.pointneuron.model.NeuronModelPlugin;

/**
 * A built-in neuron model plugin: name, one-line description, parameter specs and a factory.
 * Subclasses (registered in the service file) only pass these to the constructor.
 */
public abstract class ModelPlugin implements NeuronModelPlugin {
    private final String name;
    private final String description;
    private final List<ParameterSpec> parameters;
    private final Function<BlockSpec, NeuronBlock> factory;

    protected ModelPlugin(String name, String description, List<ParameterSpec> parameters,
                          Function<BlockSpec, NeuronBlock> factory) {
        this.name = name;
        this.description = description;
        this.parameters = List.copyOf(parameters);
        this.factory = factory;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public final NeuronBlock create(BlockSpec spec) {
        return factory.apply(spec);
    }

    @Override
    public String toString() {
        return name;
    }
}
