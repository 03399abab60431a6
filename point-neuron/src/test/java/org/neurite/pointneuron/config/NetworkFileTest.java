package org.neurite.pointneuron.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.pointneuron.build.NeuralGroup;
import org.neurite.pointneuron.run.Network;

/** The network file format: features, and one clear error naming file, line and key per fault. */
class NetworkFileTest {
    @TempDir
    Path dir;

    static final String GOOD = """
            {
              "dt": 0.1,
              "tstop": 50.0,
              "groups": [
                {"name": "exc", "size": 80, "model": "iaf_psc_alpha", "params": {"I_e": 400.0}},
                {"name": "inh", "size": 20, "neuron_type": -1, "model": "iaf_psc_alpha"}
              ],
              "connections": [
                {"pre": "exc", "post": "inh", "rule": {"rule": "pairwise_bernoulli", "p": 0.2}, "weight": 20.0, "delay": 1.0}
              ],
              "devices": [{"type": "spike_recorder", "target": "exc"}]
            }
            """;

    Path write(String text) throws IOException {
        Path p = dir.resolve("net.json");
        Files.writeString(p, text);
        return p;
    }

    /** Reads and builds; returns the error message. */
    String error(String text) throws IOException {
        Path p = write(text);
        BadInputException e = assertThrows(BadInputException.class, () -> new Network(NetworkFile.read(p), 1));
        assertTrue(e.getMessage().contains("net.json"), "names the file: " + e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    @DisplayName("a small network reads, builds and runs; I_e drives the excitatory cells")
    void good() throws IOException {
        Network n = new Network(NetworkFile.read(write(GOOD)), 1);
        n.run(ProgressListener.NONE);
        assertTrue(n.spikeRecords().get(0).size() > 0);
        assertEquals(400.0, ((NeuralGroup) n.config().population().group("exc")).parameters().get("I_e"));
    }

    @Test
    @DisplayName("unknown model: file:line: groups[1].model")
    void unknownModel() throws IOException {
        String m = error(GOOD.replace("\"iaf_psc_alpha\"}", "\"iaf_foo\"}"));
        assertTrue(m.contains("net.json:6:") && m.contains("groups[1].model") && m.contains("iaf_foo"), m);
    }

    @Test
    @DisplayName("unknown parameter: names it and the known ones")
    void unknownParameter() throws IOException {
        String m = error(GOOD.replace("\"I_e\": 400.0", "\"tau_x\": 4.0"));
        assertTrue(m.contains("net.json:5:") && m.contains("tau_x") && m.contains("tau_m"), m);
    }

    @Test
    @DisplayName("negative size")
    void negativeSize() throws IOException {
        String m = error(GOOD.replace("\"size\": 20", "\"size\": -20"));
        assertTrue(m.contains("net.json:6:") && m.contains("groups[1].size") && m.contains(">= 0"), m);
    }

    @Test
    @DisplayName("p > 1")
    void probabilityAboveOne() throws IOException {
        String m = error(GOOD.replace("\"p\": 0.2", "\"p\": 1.5"));
        assertTrue(m.contains("net.json:9:") && m.contains(".p") && m.contains("1.5"), m);
    }

    @Test
    @DisplayName("delay below dt")
    void delayBelowDt() throws IOException {
        String m = error(GOOD.replace("\"delay\": 1.0", "\"delay\": 0.05"));
        assertTrue(m.contains("net.json:9:") && m.contains("delay") && m.contains("one step"), m);
    }

    @Test
    @DisplayName("unreadable JSON names the line")
    void badJson() throws IOException {
        String m = error(GOOD.replace("\"tstop\": 50.0,", "\"tstop\": 50.0,,"));
        assertTrue(m.contains("net.json:3"), m);
    }

    @Test
    @DisplayName("a misspelt key, an unknown rule, an unknown device and a missing receptor are errors")
    void otherFaults() throws IOException {
        assertTrue(error(GOOD.replace("\"tstop\"", "\"t_stop\"")).contains("t_stop"));
        assertTrue(error(GOOD.replace("pairwise_bernoulli", "pairwise_bernouli")).contains("pairwise_bernouli"));
        assertTrue(error(GOOD.replace("spike_recorder", "spike_detector")).contains("spike_detector"));
        assertTrue(error(GOOD.replace("\"delay\": 1.0}", "\"delay\": 1.0, \"receptor\": \"AMPA\"}")).contains("AMPA"));
        assertTrue(error(GOOD.replace("\"post\": \"inh\"", "\"post\": \"inb\"")).contains("inb"));
    }

    @Test
    @DisplayName("NNGT shortcuts: exc_and_inhib with iratio, syn_spec default, meta-groups")
    void nngtShortcuts() throws IOException {
        String text = """
                {"tstop": 10.0,
                 "population": {"type": "exc_and_inhib", "size": 100, "iratio": 0.25, "model": "iaf_psc_delta"},
                 "meta_groups": [{"name": "probe", "ids": [0, 1, 99]}],
                 "syn_spec": {"default": {"weight": 0.5, "delay": 2.0}},
                 "connections": [{"pre": "inhibitory", "post": "excitatory", "rule": {"rule": "fixed_indegree", "indegree": 5}},
                                 {"pre": "excitatory", "post": "probe", "rule": "all_to_all"}],
                 "devices": [{"type": "spike_recorder", "target": "probe"}]}
                """;
        NetworkConfig c = NetworkFile.read(write(text));
        assertEquals(75, c.population().group("excitatory").size());
        assertEquals(25, c.population().group("inhibitory").size());
        assertEquals(-1, ((NeuralGroup) c.population().group("inhibitory")).neuronType());
        assertEquals(0.5, c.connections().get(0).weight().sample(null));
        assertEquals(2.0, c.connections().get(0).delay().sample(null));
        Network n = new Network(c, 1);
        assertEquals(75 * 5 + 75 * 3, n.synapseCount(), "fixed in-degree 5, and all_to_all onto the 3-cell meta-group");
        for (var p : n.projections()) {
            assertEquals(20, p.constantDelay(), "syn_spec default delay 2 ms = 20 steps, meta-groups included: " + p);
        }
        assertEquals(-0.5, n.projections().get(0).constantWeight(), "inhibitory: negative jump for iaf_psc_delta");
    }
}
