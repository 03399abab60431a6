package org.neurite.channels.spi;

import org.neurite.channels.receptor.ReceptorKinetics;

/** A receptor kinetics type (exp, exp2, alpha, nmda, delta, or a user's). */
public interface ReceptorPlugin extends Plugin {
    @Override
    default PluginKind kind() {
        return PluginKind.RECEPTOR;
    }

    /** Builds the kinetics from validated parameters. */
    ReceptorKinetics create(ParameterSet parameters);
}
