package org.neurite.morphology.io;

import java.util.Map;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.ion.CalciumDecay;
import org.neurite.channels.ion.ChannelType;

/**
 * The ion channels and concentration models defined in a NeuroML document and its includes, turned
 * into neurite's {@link ChannelType}s and {@link CalciumDecay} pools. A definition neurite cannot
 * turn into a channel (an unsupported gate or rate form) does not stop the morphology from being
 * read: it is kept as a problem, reported when a cell paints that channel.
 *
 * @param channels channel id → channel (gates with their NeuroML rate forms; reversal 0 mV: the
 *                 densities give it)
 * @param pools concentration model id → pool
 * @param problems id → why the definition could not be used
 */
public record NeuromlChannels(Map<String, ChannelType> channels, Map<String, CalciumDecay> pools, Map<String, String> problems) {
    public NeuromlChannels {
        channels = Map.copyOf(channels);
        pools = Map.copyOf(pools);
        problems = Map.copyOf(problems);
    }

    /** No definitions. */
    public static NeuromlChannels none() {
        return new NeuromlChannels(Map.of(), Map.of(), Map.of());
    }

    /** The channel with an id, or one clear error (unknown id, or why it could not be read). */
    public ChannelType channel(String id, String where) {
        ChannelType t = channels.get(id);
        if (t != null) {
            return t;
        }
        String why = problems.get(id);
        throw new BadInputException(where + ": ion channel \"" + id + "\" "
                + (why != null ? "cannot be used: " + why : "is not defined in the file or its includes (channels: "
                + new java.util.TreeSet<>(channels.keySet()) + ")"));
    }

    /** The pool with an id, or one clear error. */
    public CalciumDecay pool(String id, String where) {
        CalciumDecay p = pools.get(id);
        if (p != null) {
            return p;
        }
        String why = problems.get(id);
        throw new BadInputException(where + ": concentration model \"" + id + "\" "
                + (why != null ? "cannot be used: " + why : "is not defined in the file or its includes"));
    }
}
