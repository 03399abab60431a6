package org.neurite.channels.spi;

import org.neurite.channels.ion.ChannelType;

/** An ion channel type (hh_na, hh_k, …, or a user's). */
public interface ChannelPlugin extends Plugin {
    @Override
    default PluginKind kind() {
        return PluginKind.CHANNEL;
    }

    /** The channel's equations and default density and reversal. */
    ChannelType create();
}
