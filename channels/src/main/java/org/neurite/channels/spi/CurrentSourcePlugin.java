package org.neurite.channels.spi;

import org.neurite.channels.input.CurrentSource;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.rng.RandomStreams;

/** A kind of current source (dc, step, ac, ou_noise, noise, or a user's). */
public interface CurrentSourcePlugin extends Plugin {
    @Override
    default PluginKind kind() {
        return PluginKind.CURRENT_SOURCE;
    }

    /** Builds a source with n independent outputs (1 when the waveform is shared). */
    CurrentSource create(int n, JsonValue config, RandomStreams streams, long sourceId);
}
