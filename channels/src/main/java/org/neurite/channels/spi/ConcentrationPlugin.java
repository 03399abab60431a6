package org.neurite.channels.spi;

import org.neurite.channels.ion.CalciumDecay;

/** A model of an intracellular ion concentration (a calcium pool) that channels can read. */
public interface ConcentrationPlugin extends Plugin {
    @Override
    default PluginKind kind() {
        return PluginKind.CONCENTRATION_MODEL;
    }

    /** The pool model with its default parameters. */
    CalciumDecay create();
}
