package org.neurite.pointneuron.build;

import java.util.List;
import org.neurite.channels.spi.Plugin;
import org.neurite.channels.spi.PluginKind;

/**
 * A connection rule (NEST's {@code conn_spec} rules, NNGT's graph generators), found through
 * {@link java.util.ServiceLoader} like every plugin, so a user's jar can add one. It turns a
 * {@link RuleContext} into (source, target) pairs; weights, delays and receptors are the
 * {@link ConnectionBuilder}'s business.
 */
public interface ConnectionRule extends Plugin {
    @Override
    default PluginKind kind() {
        return PluginKind.CONNECTION_RULE;
    }

    /** String settings the rule reads from {@link RuleContext#options()} (empty by default). */
    default List<String> optionNames() {
        return List.of();
    }

    /** Adds the rule's pairs to {@code out}. */
    void connect(RuleContext context, PairList out);
}
