package org.neurite.pointneuron.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.Plugins;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.pointneuron.build.ConnectionRule;
import org.neurite.pointneuron.build.Distribution;
import org.neurite.pointneuron.build.NeuralPop;
import org.neurite.pointneuron.config.NetworkConfig;
import org.neurite.pointneuron.model.Integrator;

/** A network described in Java, NNGT-style, without a file. */
class JavaApiTest {
    static NetworkConfig.Connection conn(String pre, String post, double indegree, double w) {
        return conn(pre, post, indegree, w, true);
    }

    static NetworkConfig.Connection conn(String pre, String post, double indegree, double w, boolean multapses) {
        ConnectionRule r = Plugins.find(ConnectionRule.class, "fixed_indegree");
        return new NetworkConfig.Connection(pre + "->" + post, pre, post, "fixed_indegree",
                ParameterSet.of("fixed_indegree", r.parameters(), Map.of("indegree", indegree)), Map.of(), false, multapses,
                new Distribution.Constant(w), new Distribution.Constant(1.5), null, null);
    }

    @Test
    @DisplayName("exc_and_inhib population, rules and a Poisson drive built in code run like a file")
    void networkInCode() {
        NeuralPop pop = NeuralPop.excAndInhib(1000, 0.2, "iaf_psc_delta", Map.of("V_reset", 10.0, "E_L", 0.0, "V_th", 20.0, "tau_m", 20.0),
                "iaf_psc_delta", Map.of("V_reset", 10.0, "E_L", 0.0, "V_th", 20.0, "tau_m", 20.0));
        pop.createMetaGroup("all", org.neurite.pointneuron.build.Group.range(0, 1000));
        List<NetworkConfig.Device> devices = List.of(
                new NetworkConfig.Device("poisson_generator", "ext", pop.group("all").ids(), "all",
                        Json.parse("{\"type\": \"poisson_generator\", \"rate\": 4000, \"weight\": 0.5, \"delay\": 1.5}", "code")),
                new NetworkConfig.Device("spike_recorder", "sr", pop.group("excitatory").ids(), "excitatory",
                        Json.parse("{\"type\": \"spike_recorder\"}", "code")));
        NetworkConfig c = new NetworkConfig("in code", 0.1, 200.0, 9, Integrator.FAST, pop, Map.of(), Map.of(), Map.of(),
                List.of(conn("excitatory", "all", 80, 0.5), conn("inhibitory", "all", 20, 2.5)), devices, null);
        Network n = new Network(c, 2);
        n.run(ProgressListener.NONE);
        assertEquals(1000L * 100, n.synapseCount());
        assertTrue(n.spikeRecords().get(0).size() > 100, "activity: " + n.spikeRecords().get(0).size());
        NetworkConfig bad = new NetworkConfig("in code", 0.1, 200.0, 9, Integrator.FAST, pop, Map.of(), Map.of(), Map.of(),
                List.of(conn("excitatory", "all", 900, 0.5, false)), List.of(), null);
        BadInputException e = assertThrows(BadInputException.class, () -> new Network(bad, 1));
        assertTrue(e.getMessage().contains("excitatory->all"), e.getMessage());
    }
}
