package org.neurite.pointneuron.model.validation;

import java.util.List;
import java.util.Map;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.Plugins;
import org.neurite.pointneuron.model.BlockSpec;
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.NeuronBlock;
import org.neurite.pointneuron.model.NeuronModelPlugin;

/** Builds blocks of registered models by name, as a simulator would (validated parameters). */
public final class Blocks {
    private Blocks() {
    }

    /**
     * @param model plugin name, e.g. {@code iaf_psc_alpha}
     * @param n number of neurons
     * @param dtMs step [ms]
     * @param params parameter values (others take the model's defaults)
     * @param integrator integration mode
     * @param ports receptor ports (per-pathway models); NEST models ignore them
     * @return the block
     */
    public static NeuronBlock create(String model, int n, double dtMs, Map<String, Double> params, Integrator integrator,
                                     List<Receptor> ports) {
        NeuronModelPlugin plugin = Plugins.find(NeuronModelPlugin.class, model);
        ParameterSet ps = ParameterSet.of(model, plugin.parameters(), params);
        return plugin.create(new BlockSpec(model, n, ps, ports, dtMs, new RandomStreams(1), 0, integrator));
    }

    /** A NEST model block without ports. */
    public static NeuronBlock create(String model, int n, double dtMs, Map<String, Double> params, Integrator integrator) {
        return create(model, n, dtMs, params, integrator, List.of());
    }
}
