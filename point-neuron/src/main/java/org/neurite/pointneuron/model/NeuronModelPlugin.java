package org.neurite.pointneuron.model;

import org.neurite.channels.spi.Plugin;
import org.neurite.channels.spi.PluginKind;

/**
 * A point-neuron model found through {@link java.util.ServiceLoader} (service file
 * {@code META-INF/services/org.neurite.channels.spi.Plugin}); its name is the one users write
 * (NEST names such as {@code iaf_psc_alpha}, ntwk names such as {@code AdExp}).
 */
public interface NeuronModelPlugin extends Plugin {
    @Override
    default PluginKind kind() {
        return PluginKind.NEURON_MODEL;
    }

    /** Builds a block of neurons. */
    NeuronBlock create(BlockSpec spec);
}
