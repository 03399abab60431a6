package org.neurite.pointneuron.config;

import java.util.List;
import java.util.Map;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.pointneuron.build.Distribution;
import org.neurite.pointneuron.build.NeuralPop;
import org.neurite.pointneuron.build.SynapseModel;
import org.neurite.pointneuron.model.Integrator;

/**
 * A network description read and checked from a file ({@link NetworkFile}, ntwk's params via
 * {@link NtwkParams}): everything needed to build a simulation, nothing built yet.
 *
 * @param source file name for messages
 * @param dtMs step [ms]
 * @param tstopMs duration [ms]
 * @param seed the user's seed
 * @param integrator integration mode of non-linear models
 * @param population groups and meta-groups
 * @param receptors named receptors for per-pathway models (ntwk)
 * @param positions positions [µm] per group name, by rank
 * @param initial initial states per group name and variable
 * @param connections connection statements in file order
 * @param devices devices in file order
 * @param document the whole document (written as the parameter attribute of results; null for a
 *                 description made in code)
 */
public record NetworkConfig(String source, double dtMs, double tstopMs, long seed, Integrator integrator, NeuralPop population,
                            Map<String, Receptor> receptors, Map<String, double[][]> positions,
                            Map<String, Map<String, Distribution>> initial, List<Connection> connections, List<Device> devices,
                            JsonValue document) {

    /**
     * A connection statement.
     *
     * @param pathway name ("pre->post", or the file's)
     * @param pre source group or meta-group name
     * @param post target group or meta-group name
     * @param rule rule name
     * @param ruleParameters the rule's numbers
     * @param options the rule's string options
     * @param autapses self-connections allowed
     * @param multapses repeated pairs allowed
     * @param weight weight
     * @param delay delay [ms]
     * @param receptor port name or null
     * @param where the JSON object, for error messages (null for a connection made in code)
     * @param plasticity the synapse model (NEST's tsodyks2_synapse or stdp_synapse) or null for static synapses
     */
    public record Connection(String pathway, String pre, String post, String rule, ParameterSet ruleParameters,
                             Map<String, String> options, boolean autapses, boolean multapses, Distribution weight,
                             Distribution delay, String receptor, JsonValue where, SynapseModel plasticity) {
        /** A statement with static synapses. */
        public Connection(String pathway, String pre, String post, String rule, ParameterSet ruleParameters,
                          Map<String, String> options, boolean autapses, boolean multapses, Distribution weight,
                          Distribution delay, String receptor, JsonValue where) {
            this(pathway, pre, post, rule, ruleParameters, options, autapses, multapses, weight, delay, receptor, where, null);
        }
    }

    /**
     * A device: generator or recorder.
     *
     * @param type NEST-like type name (poisson_generator, spike_generator, dc_generator, ...)
     * @param name its name
     * @param targets global ids it serves (generators: targets; recorders: recorded neurons)
     * @param targetName the group or meta-group named as its target (recorders write under it)
     * @param config its JSON object (type-specific numbers; in code, make it with
     *               {@link org.neurite.channels.io.Json#parse})
     */
    public record Device(String type, String name, int[] targets, String targetName, JsonValue config) {
    }
}
