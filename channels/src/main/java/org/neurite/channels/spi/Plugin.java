package org.neurite.channels.spi;

import java.util.List;

/**
 * Something neurite finds at run time through {@link java.util.ServiceLoader}: a neuron model, a
 * connection rule, a receptor, an ion channel or an input source. Built-in ones are registered the
 * same way as a user's (in {@code META-INF/services/org.neurite.channels.spi.Plugin}), so a user
 * adds one by putting a jar on the class path. Each kind has a sub-interface with its factory
 * method; this interface holds what every plugin tells about itself.
 */
public interface Plugin {
    /** What the plugin provides. */
    PluginKind kind();

    /** The name users write in config files, e.g. {@code iaf_psc_alpha} or {@code exp2}. */
    String name();

    /** One line for listings. */
    String description();

    /** The parameters it accepts, with units, defaults and ranges. */
    List<ParameterSpec> parameters();
}
