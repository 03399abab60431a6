package org.neurite.pointneuron.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.record.Hdf5Reading;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.testing.ExternalTools;
import org.neurite.pointneuron.build.Projection;
import org.neurite.pointneuron.build.StdpSynapse;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.io.ResultsFile;
import org.neurite.pointneuron.run.Network;
import org.neurite.pointneuron.run.PlasticWeights;

/** stdp_synapse in a recurrent network: thread-count independence, results.h5, memory, bad input. */
class StdpNetworkTest {
    @TempDir
    Path dir;

    /** 400 excitatory and 100 inhibitory iaf_psc_alpha cells, plastic E→E with delays of 1–3 ms, Poisson drive. */
    static final String RECURRENT = """
            {"dt": 0.1, "tstop": 400.0, "seed": 11,
             "groups": [{"name": "exc", "size": 400, "model": "iaf_psc_alpha"},
                        {"name": "inh", "size": 100, "model": "iaf_psc_alpha", "neuron_type": -1}],
             "connections": [
               {"pre": "exc", "post": "exc", "rule": {"rule": "fixed_indegree", "indegree": 40},
                "weight": {"distribution": "uniform", "low": 5.0, "high": 15.0},
                "delay": {"distribution": "uniform", "low": 1.0, "high": 3.0},
                "synapse_model": "stdp_synapse", "Wmax": 30.0, "lambda": 0.05, "alpha": 1.2, "mu_plus": 0.0, "mu_minus": 1.0},
               {"pre": "exc", "post": "inh", "rule": {"rule": "fixed_indegree", "indegree": 40}, "weight": 30.0, "delay": 1.5},
               {"pre": "inh", "post": "exc", "rule": {"rule": "fixed_indegree", "indegree": 20}, "weight": 30.0, "delay": 1.5,
                "synapse_model": "stdp_synapse", "Wmax": 100.0, "tau_plus": 10.0}],
             "devices": [
               {"type": "poisson_generator", "target": "exc", "rate": 5000.0, "weight": 25.0, "delay": 0.1},
               {"type": "poisson_generator", "target": "inh", "rate": 3000.0, "weight": 25.0, "delay": 0.1},
               {"type": "spike_recorder", "target": "exc"}]}
            """;

    @Test
    @DisplayName("1, 2 and 4 threads give identical spikes and weights; weights move; results.h5 holds them; histories stay short")
    void threadsAndResults() throws Exception {
        Network[] n = new Network[3];
        int[] threads = {1, 2, 4};
        for (int k = 0; k < 3; k++) {
            n[k] = new Network(NetworkFile.parse(Json.parse(RECURRENT, "rec.json")), threads[k]);
            n[k].run(ProgressListener.NONE);
        }
        Map<String, PlasticWeights> w1 = n[0].plasticWeights();
        assertEquals(2, w1.size(), "two stdp pathways");
        for (int k = 1; k < 3; k++) {
            SimulationTest.assertSameRecords(n[0].spikeRecords(), n[k].spikeRecords());
            Map<String, PlasticWeights> wk = n[k].plasticWeights();
            for (String path : w1.keySet()) {
                assertArrayEquals(w1.get(path).source(), wk.get(path).source());
                assertArrayEquals(w1.get(path).target(), wk.get(path).target());
                assertArrayEquals(w1.get(path).weight(), wk.get(path).weight(), 0.0, path + " with " + threads[k] + " threads");
            }
        }
        double rate = n[0].spikeRecords().get(0).size() / 400.0 / 0.4;
        assertTrue(rate > 2 && rate < 80, "a working regime: " + rate + " Hz");
        PlasticWeights ee = w1.get("exc->exc");
        Projection p = n[0].projections().get(0);
        int moved = 0;
        for (int k = 0; k < p.size(); k++) {
            moved += p.stdp().weights()[k] != p.weight(k) ? 1 : 0;
        }
        assertTrue(moved > p.size() / 2, "most E->E weights changed: " + moved + " of " + p.size());
        double[] ie = w1.get("inh->exc").weight();
        for (double x : ie) {
            assertTrue(x <= 0 && x >= -100, "inhibitory weights stay in [-Wmax, 0]: " + x);
        }
        // NEST's pruning: each target holds only spikes some incoming synapse still needs
        PostSpikeHistory h = n[0].simulation().history(0);
        int maxHeld = 0;
        for (int i = 0; i < 400; i++) {
            maxHeld = Math.max(maxHeld, h.held(i));
        }
        long spikes = n[0].spikeCount(0);
        assertTrue(maxHeld < 40, "histories are pruned: at most " + maxHeld + " spikes held (" + spikes + " exc spikes)");
        System.out.printf(Locale.ROOT, "stdp recurrent: %.1f Hz, %d of %d E->E weights moved, longest history %d spikes%n",
                rate, moved, p.size(), maxHeld);

        Path out = dir.resolve("results.h5");
        ResultsFile.write(n[0], out, "test");
        try (HdfFile f = Hdf5Reading.open(out)) {
            assertArrayEquals(ee.source(), Hdf5Reading.longs(f, "/weights/exc->exc/source"));
            assertArrayEquals(ee.target(), Hdf5Reading.longs(f, "/weights/exc->exc/target"));
            assertArrayEquals(ee.weight(), Hdf5Reading.doubles(f, "/weights/exc->exc/weight"), 0.0);
            assertArrayEquals(ie, Hdf5Reading.doubles(f, "/weights/inh->exc/weight"), 0.0);
        }
        assertEquals(4L * 401 + 4L * 16000 + 4L * 16000 + 2L * 16000 + (long) StdpSynapse.BYTES_PER_SYNAPSE * 16000, p.bytes(),
                "rows, targets, initial weights, delays and weight/K+/last spike per synapse");
    }

    @Test
    @DisplayName("a pathway without synapses is listed, not written (jHDF cannot write empty datasets); h5py reads /weights")
    void emptyPathway() throws Exception {
        String json = """
                {"dt": 0.1, "tstop": 5.0,
                 "groups": [{"name": "a", "size": 3, "model": "parrot_neuron"}, {"name": "b", "size": 2, "model": "parrot_neuron"}],
                 "connections": [{"pre": "a", "post": "b", "rule": {"rule": "fixed_total_number", "N": 0}, "weight": 1.0,
                   "synapse_model": "stdp_synapse"},
                   {"name": "full", "pre": "a", "post": "b", "rule": "all_to_all", "weight": 1.0, "synapse_model": "stdp_synapse"}]}
                """;
        Network net = new Network(NetworkFile.parse(Json.parse(json, "empty.json")), 1);
        net.run(ProgressListener.NONE);
        Path out = dir.resolve("empty.h5");
        ResultsFile.write(net, out, "test");
        try (HdfFile f = Hdf5Reading.open(out)) {
            assertEquals(6, Hdf5Reading.doubles(f, "/weights/full/weight").length);
            Object empty = f.getAttribute("empty_weight_pathways").getData();
            assertArrayEquals(new String[] {"a->b"}, (String[]) empty);
        }
        ExternalTools.require("python3-h5py", "/usr/bin/python3", "-c", "import h5py");
        String script = String.join("\n",
                "import h5py, sys",
                "f = h5py.File(sys.argv[1], 'r')",
                "f.visititems(lambda name, obj: dict(obj.attrs))",
                "g = f['weights/full']",
                "print(g['source'].dtype, g['target'].dtype, g['weight'].dtype)",
                "print(list(g['source'][:]), list(g['target'][:]), list(g['weight'][:]))",
                "e = [x.decode() if isinstance(x, bytes) else x for x in f.attrs['empty_weight_pathways']]",
                "print(e)");
        ExternalTools.Run r = ExternalTools.run("/usr/bin/python3", "-c", script, out.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        String[] lines = r.stdout().trim().split("\n");
        assertEquals("uint64 uint64 float64", lines[0]);
        assertEquals("[0, 0, 1, 1, 2, 2] [3, 4, 3, 4, 3, 4] [1.0, 1.0, 1.0, 1.0, 1.0, 1.0]", lines[1]);
        assertEquals("['a->b']", lines[2]);
    }

    @Test
    @DisplayName("network info names stdp_synapse with its parameters and counts its 24 bytes per synapse")
    void info() throws Exception {
        Path cfg = dir.resolve("rec.json");
        java.nio.file.Files.writeString(cfg, RECURRENT);
        java.util.List<String> lines = org.neurite.pointneuron.run.NetworkInfo.describe(cfg);
        String text = String.join("\n", lines);
        assertTrue(text.contains("exc->exc 16000 stdp_synapse (tau_plus 20.00 ms, tau_minus 20.00 ms, lambda 0.05000, alpha 1.200,"
                + " mu_plus 0.000, mu_minus 1.000, Wmax 30.00)"), text);
        assertTrue(text.contains("inh->exc 8000 stdp_synapse (tau_plus 10.00 ms"), text);
        // E->E 34 bytes (target, initial weight, delay, stdp state), E->I 4, I->E 4 + 24, plus 4 per source row
        double perSynapse = (16000 * 34.0 + 4000 * 4 + 8000 * 28 + 4.0 * (401 + 401 + 101)) / 28000;
        assertTrue(text.contains(String.format(Locale.ROOT, "total 28000 synapses, %.2f bytes per synapse", perSynapse)), text);
    }

    @Test
    @DisplayName("bad stdp input: one error line naming the file, line and parameter")
    void badInput() {
        String base = """
                {"groups": [{"name": "a", "size": 5, "model": "iaf_psc_alpha"}, {"name": "p", "size": 2, "model": "parrot_neuron"}],
                 "connections": [{"pre": "a", "post": "a", "rule": "all_to_all", "weight": 5.0,
                   %s}]}
                """;
        String[][] cases = {
                {"\"synapse_model\": \"stdp_synapse\",\n \"tau_plus\": 0", "bad.json:4:", "tau_plus: must be > 0 [ms], got 0.0"},
                {"\"synapse_model\": \"stdp_synapse\", \"tau_minus\": -3", "bad.json:3:", "tau_minus: must be > 0 [ms], got -3.0"},
                {"\"synapse_model\": \"stdp_synapse\", \"tau_plus\": \"x\"", "bad.json:3: connections[0].tau_plus:",
                        "must be a number"}, // the location once, not twice
                {"\"synapse_model\": \"tsodyks2_synapse\", \"U\": true", "bad.json:3: connections[0].U:", "must be a number"},
                {"\"synapse_model\": \"stdp_synapse\", \"lambda\": -0.1", "bad.json:3:", "lambda: must be >= 0, got -0.1"},
                {"\"synapse_model\": \"stdp_synapse\", \"mu_minus\": -1", "bad.json:3:", "mu_minus: must be >= 0, got -1.0"},
                {"\"synapse_model\": \"stdp_synapse\", \"Kplus\": -1", "bad.json:3:", "Kplus: must be >= 0, got -1.0"},
                {"\"synapse_model\": \"stdp_synapse\", \"Wmax\": 0", "bad.json:3:", "Wmax: must be finite and non-zero, got 0.0"},
                {"\"synapse_model\": \"stdp_synapse\", \"Wmax\": 4", "bad.json:", "weight: an stdp_synapse weight must lie between 0 and Wmax (4.0), got 5.0"},
                {"\"synapse_model\": \"stdp_synapse\", \"Wmax\": -100", "bad.json:", "weight: an stdp_synapse weight must lie between 0 and Wmax (-100.0), got 5.0"},
                {"\"tau_plus\": 10", "bad.json:3:", "tau_plus: is a parameter of stdp_synapse"},
                {"\"synapse_model\": \"tsodyks2_synapse\", \"Wmax\": 10", "bad.json:3:", "tsodyks2_synapse has no parameter \"Wmax\""},
                {"\"synapse_model\": \"stdp_synapse\", \"U\": 0.5", "bad.json:3:", "stdp_synapse has no parameter \"U\""},
                {"\"synapse_model\": \"stdp_synapse\"}, {\"pre\": \"a\", \"post\": \"a\", \"rule\": \"all_to_all\", \"weight\": 1.0,"
                        + " \"synapse_model\": \"stdp_synapse\", \"tau_minus\": 30",
                        "bad.json:", "tau_minus: the stdp pathways a->a (20.0 ms) and a->a (30.0 ms) target the same group a"},
                {"\"synapse_model\": \"static_synapse\"}, {\"pre\": \"a\", \"post\": \"p\", \"rule\": \"all_to_all\", \"weight\": 1.0,"
                        + " \"synapse_model\": \"tsodyks2_synapse\"", "bad.json:3:", "synapse_model: tsodyks2_synapse scales event weights"}};
        for (String[] c : cases) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> new Network(NetworkFile.parse(Json.parse(String.format(Locale.ROOT, base, c[0]), "bad.json")), 1), c[0]);
            assertTrue(e.getMessage().startsWith(c[1]), e.getMessage());
            assertTrue(e.getMessage().contains(c[2]), "expected \"" + c[2] + "\" in: " + e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
    }
}
