package org.neurite.pointneuron.model;

import java.util.List;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.channels.spi.ParameterSet;

/**
 * Everything a {@link NeuronModelPlugin} needs to build a {@link NeuronBlock}.
 *
 * @param population name of the population (or group) the block simulates
 * @param size number of neurons, ≥ 0
 * @param parameters the model's validated parameters (names as the model's source names them)
 * @param ports the receptors events can arrive on, in port order; models with fixed synapses
 *              (NEST) ignore this and declare their own ("ex"/"in" or one delta port),
 *              per-pathway models (ntwk) make one port per receptor, named as the receptor
 * @param dtMs the simulation step [ms]
 * @param streams the simulation's random streams
 * @param blockId identifies this block among the simulation's blocks (for random streams)
 * @param integrator the integration mode for non-linear models
 */
public record BlockSpec(String population, int size, ParameterSet parameters, List<Receptor> ports, double dtMs,
                        RandomStreams streams, long blockId, Integrator integrator) {
    public BlockSpec {
        ports = List.copyOf(ports);
    }
}
