package org.neurite.meanfield.auto;

import java.util.LinkedHashMap;
import java.util.Map;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.Plugins;
import org.neurite.meanfield.markov.MeanFieldModel;
import org.neurite.meanfield.network.NetworkMapping;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.NeuronModelPlugin;
import org.neurite.pointneuron.run.Network;
import org.neurite.pointneuron.sim.Population;

/**
 * The cell of a population as the network simulates it: model, parameters (defaults filled in),
 * integrator and step, the passive membrane the transfer function is written for, and the
 * adaptation time constant (which sets how long a characterised cell needs to settle).
 *
 * @param population the population's name
 * @param model the neuron model's plugin name
 * @param parameters its validated parameters
 * @param integrator the network's integration mode
 * @param dtMs the network's step [ms]
 * @param membrane the population's membrane
 * @param adaptationTauMs τ_w of the cell's adaptation [ms], or 0 when it has none
 */
record CellType(String population, String model, ParameterSet parameters, Integrator integrator, double dtMs, Membrane membrane,
                double adaptationTauMs) {
    /**
     * @param net the built network
     * @param population one of its populations
     * @param membrane the population's membrane (from the mean-field mapping)
     * @param withoutAdaptation characterise the cell with a = b = 0 (its adaptation then enters the
     *                          mean field as the variable W, di Volo et al. 2019)
     */
    static CellType of(Network net, Population population, Membrane membrane, boolean withoutAdaptation) {
        ParameterSet ps = NetworkMapping.cellParameters(population);
        MeanFieldModel.Adaptation ad = NetworkMapping.adaptation(population);
        if (withoutAdaptation && ad != null) {
            Map<String, Double> v = new LinkedHashMap<>(ps.asMap());
            v.put("a", 0.0);
            v.put("b", 0.0);
            NeuronModelPlugin plugin = Plugins.find(NeuronModelPlugin.class, population.group().model());
            ps = ParameterSet.of(ps.owner(), plugin.parameters(), v);
            ad = null;
        }
        return new CellType(population.name(), population.group().model(), ps, net.config().integrator(), net.config().dtMs(), membrane,
                ad == null ? 0.0 : ad.tauwMs());
    }

    /**
     * Time a characterised cell runs before its spikes count [ms]: three adaptation time
     * constants (at most 1.5 s) for adapting cells, 100 ms (membrane and synapses) otherwise.
     */
    double transientMs() {
        return Math.max(100.0, Math.min(1500.0, 3 * adaptationTauMs));
    }
}
