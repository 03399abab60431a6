package org.neurite.channels.spi;

import org.neurite.channels.input.SpikeSource;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.rng.RandomStreams;

/** A kind of spike source (poisson, inhomogeneous_poisson, regular, spike_times, or a user's). */
public interface SpikeSourcePlugin extends Plugin {
    @Override
    default PluginKind kind() {
        return PluginKind.SPIKE_SOURCE;
    }

    /**
     * Builds a source of n trains from the user's JSON object (numbers named as in
     * {@link #parameters()}; array-valued settings as the plugin documents).
     */
    SpikeSource create(int n, JsonValue config, RandomStreams streams, long sourceId);
}
