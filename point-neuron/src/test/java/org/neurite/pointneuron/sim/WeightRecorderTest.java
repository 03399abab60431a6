package org.neurite.pointneuron.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.nio.file.Path;
import java.util.HashMap;
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
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.io.ResultsFile;
import org.neurite.pointneuron.run.Network;
import org.neurite.pointneuron.run.PlasticWeights;
import org.neurite.pointneuron.run.WeightEvents;

/**
 * NEST's weight_recorder: the recorded sequence of an stdp synapse against the closed form of
 * {@link StdpClosedFormTest}, tsodyks2's transmitted amplitudes against their recursion, the same
 * arrays for 1, 2 and 4 threads, results.h5 read by h5py, and bad input.
 */
class WeightRecorderTest {
    @TempDir
    Path dir;

    private static String withRecorder(String json, String device) {
        return json.replace("\"devices\": [", "\"devices\": [" + device + ",");
    }

    private static Network run(String json, int threads) {
        Network net = new Network(NetworkFile.parse(Json.parse(json, "wr.json")), threads);
        net.run(ProgressListener.NONE);
        return net;
    }

    /** Every presynaptic spike event equals the closed-form weight after it (a doublet in one step is one event). */
    private static void checkClosedForm(double[] preGen, double[] postGen, StdpClosedFormTest.Rule r, double delay, int preType) {
        for (int threads = 1; threads <= 2; threads++) {
            String json = withRecorder(StdpClosedFormTest.network(preGen, postGen, r, delay, preType),
                    "{\"type\": \"weight_recorder\", \"name\": \"wr\", \"pathway\": \"pre->post\"}");
            Network net = run(json, threads);
            double[] pre = net.spikeRecords().get(0).timesMs();
            double[] post = net.spikeRecords().get(1).timesMs();
            double[] want = StdpClosedFormTest.expected(pre, post, r, delay, preType);
            WeightEvents e = net.weightRecords().get("wr");
            // spikes sharing a step are one event of multiplicity k (NEST): one recorded event for them
            int n = 0;
            for (int j = 0; j < pre.length; j++) {
                if (j + 1 < pre.length && Math.abs(pre[j + 1] - pre[j]) < 1e-9) {
                    continue;
                }
                assertEquals(pre[j], e.times()[n], 1e-9, "event " + n + ": the spike's time stamp");
                assertEquals(0L, e.senders()[n]);
                assertEquals(1L, e.targets()[n]);
                assertEquals(want[j], e.weights()[n], 1e-12 * r.wMax(), "weight after pre spike " + j + " at " + pre[j] + " ms, "
                        + threads + " thread(s)");
                n++;
            }
            assertEquals(n, e.size(), "one event per presynaptic spike event");
            PlasticWeights w = net.plasticWeights().get("pre->post");
            assertEquals(w.weight()[0], e.weights()[e.size() - 1], 0.0, "the last event's weight is the final /weights entry");
        }
    }

    @Test
    @DisplayName("stdp: recorded weights equal the closed form after every pre spike (1e-12 Wmax); last event = /weights")
    void closedForm() {
        double[] preGen = {10.0, 30.0, 50.0, 70.0, 90.0, 90.0};
        double[] postGen = {12.0, 14.0, 15.0, 25.0, 49.0, 70.0, 89.0};
        checkClosedForm(preGen, postGen, new StdpClosedFormTest.Rule(20.0, 20.0, 0.05, 1.0, 1.0, 1.0, 100.0, 50.0), 1.0, 1);
        checkClosedForm(preGen, postGen, new StdpClosedFormTest.Rule(16.8, 33.7, 0.1, 1.2, 0.4, 0.4, 10.0, 3.0), 2.0, 1);
        checkClosedForm(preGen, postGen, new StdpClosedFormTest.Rule(20.0, 20.0, 0.02, 1.05, 0.0, 0.0, 5.0, 2.5), 1.0, 1);
        // clipping at Wmax and 0, and an inhibitory source (negative weights)
        double[] preClip = {5.0, 8.0, 11.0, 40.0, 41.0, 60.0, 62.0};
        double[] postClip = {6.0, 7.0, 9.0, 10.0, 39.5, 58.5, 59.0, 61.0};
        checkClosedForm(preClip, new double[] {7.0, 20.0, 39.5, 58.5, 59.0, 61.0},
                new StdpClosedFormTest.Rule(20.0, 20.0, 3.0, 0.05, 0.0, 1.0, 10.0, 8.0), 1.0, 1);
        checkClosedForm(preClip, postClip, new StdpClosedFormTest.Rule(20.0, 20.0, 1.0, 5.0, 1.0, 0.0, 10.0, 2.0), 1.0, 1);
        checkClosedForm(preClip, postClip, new StdpClosedFormTest.Rule(20.0, 20.0, 0.3, 1.0, 1.0, 1.0, 10.0, 3.0), 1.0, -1);
    }

    @Test
    @DisplayName("tsodyks2: each event records x·u·w, from NEST's recursion written out here (1e-12)")
    void tsodyks2() {
        // pre parrot relays spikes at t_g + 0.1 ms into one iaf_psc_alpha through a depressing synapse
        String json = """
                {"dt": 0.1, "tstop": 200.0,
                 "groups": [{"name": "pre", "size": 1, "model": "parrot_neuron"}, {"name": "post", "size": 1, "model": "iaf_psc_alpha"}],
                 "connections": [{"pre": "pre", "post": "post", "rule": "all_to_all", "weight": 40.0, "delay": 1.0,
                   "synapse_model": "tsodyks2_synapse", "U": 0.4, "tau_rec": 300.0, "tau_fac": 50.0}],
                 "devices": [{"type": "weight_recorder", "name": "wr", "pathway": "pre->post"},
                   {"type": "spike_generator", "target": "pre", "spike_times": [10.0, 20.0, 30.0, 45.0, 100.0, 160.0], "delay": 0.1},
                   {"type": "spike_recorder", "target": "pre"}]}
                """;
        Network net = run(json, 1);
        double[] pre = net.spikeRecords().get(0).timesMs();
        WeightEvents e = net.weightRecords().get("wr");
        assertEquals(6, e.size());
        // NEST tsodyks2_synapse::send: x <- 1 + (x - x u - 1) e^{-h/tau_rec}; u <- U + u (1 - U) e^{-h/tau_fac}; send x u w
        double x = 1;
        double u = 0.4;
        double tLast = 0;
        for (int n = 0; n < pre.length; n++) {
            double h = pre[n] - tLast;
            x = 1 + (x - x * u - 1) * Math.exp(-h / 300.0);
            u = 0.4 + u * (1 - 0.4) * Math.exp(-h / 50.0);
            tLast = pre[n];
            assertEquals(pre[n], e.times()[n], 1e-9);
            assertEquals(x * u * 40.0, e.weights()[n], 1e-12 * 40.0, "event " + n);
        }
    }

    /** The recurrent network of StdpNetworkTest with recorders: E→E from five senders to all, I→E to targets 0..9. */
    static final String RECORDED = withRecorder(StdpNetworkTest.RECURRENT,
            "{\"type\": \"weight_recorder\", \"name\": \"ee\", \"pathway\": \"exc->exc\", \"senders\": [0, 3, 17, 250, 399]},\n"
                    + "{\"type\": \"weight_recorder\", \"name\": \"ie\", \"pathway\": \"inh->exc\", \"targets\": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]}");

    @Test
    @DisplayName("recurrent network: 1, 2, 4 threads give identical recorder arrays; filters, counts, last events = /weights")
    void threadsAndFilters() throws Exception {
        Network[] n = new Network[3];
        int[] threads = {1, 2, 4};
        for (int k = 0; k < 3; k++) {
            n[k] = run(RECORDED, threads[k]);
        }
        Map<String, WeightEvents> r1 = n[0].weightRecords();
        for (int k = 1; k < 3; k++) {
            for (String name : r1.keySet()) {
                WeightEvents a = r1.get(name);
                WeightEvents b = n[k].weightRecords().get(name);
                assertArrayEquals(a.times(), b.times(), 0.0, name + " times, " + threads[k] + " threads");
                assertArrayEquals(a.senders(), b.senders(), name + " senders, " + threads[k] + " threads");
                assertArrayEquals(a.targets(), b.targets(), name + " targets, " + threads[k] + " threads");
                assertArrayEquals(a.weights(), b.weights(), 0.0, name + " weights, " + threads[k] + " threads");
            }
        }
        Network net = n[0];
        WeightEvents ee = r1.get("ee");
        // events per sender = its spikes x its E->E synapses (every spike reaches every synapse, filtered by sender only)
        double[] spikeTimes = net.spikeRecords().get(0).timesMs();
        int[] spikeIds = net.spikeRecords().get(0).nodeIds();
        PlasticWeights wee = net.plasticWeights().get("exc->exc");
        int[] recorded = {0, 3, 17, 250, 399};
        long expectedEvents = 0;
        for (int id : recorded) {
            long spikes = 0;
            for (int x : spikeIds) {
                spikes += x == id ? 1 : 0;
            }
            long out = 0;
            for (long s : wee.source()) {
                out += s == id ? 1 : 0;
            }
            expectedEvents += spikes * out;
        }
        assertEquals(expectedEvents, ee.size(), "events = spikes x out-degree summed over the recorded senders");
        assertTrue(ee.size() > 100, "enough events to mean something: " + ee.size());
        for (int k = 0; k < ee.size(); k++) {
            long s = ee.senders()[k];
            assertTrue(s == 0 || s == 3 || s == 17 || s == 250 || s == 399, "sender filter: " + s);
            assertTrue(k == 0 || ee.times()[k] >= ee.times()[k - 1], "events in time order");
        }
        // the set of event times of sender 17 equals its spike times
        java.util.TreeSet<Double> t17 = new java.util.TreeSet<>();
        for (int k = 0; k < spikeIds.length; k++) {
            if (spikeIds[k] == 17) {
                t17.add(spikeTimes[k]);
            }
        }
        java.util.TreeSet<Double> e17 = new java.util.TreeSet<>();
        for (int k = 0; k < ee.size(); k++) {
            if (ee.senders()[k] == 17) {
                e17.add(ee.times()[k]);
            }
        }
        assertEquals(t17, e17, "sender 17's events are stamped with its spike times");
        // the last event of each synapse with a unique (source, target) pair is its final weight
        checkLastEvents(ee, wee);
        WeightEvents ie = r1.get("ie");
        for (long t : ie.targets()) {
            assertTrue(t >= 0 && t <= 9, "target filter: " + t);
        }
        for (double w : ie.weights()) {
            assertTrue(w <= 0 && w >= -100, "inhibitory weights in NEST's sign: " + w);
        }
        checkLastEvents(ie, net.plasticWeights().get("inh->exc"));

        Path out = dir.resolve("results.h5");
        ResultsFile.write(net, out, "test");
        try (HdfFile f = Hdf5Reading.open(out)) {
            assertArrayEquals(ee.times(), Hdf5Reading.doubles(f, "/weight_recorder/ee/times"), 0.0);
            assertArrayEquals(ee.senders(), Hdf5Reading.longs(f, "/weight_recorder/ee/senders"));
            assertArrayEquals(ee.targets(), Hdf5Reading.longs(f, "/weight_recorder/ee/targets"));
            assertArrayEquals(ee.weights(), Hdf5Reading.doubles(f, "/weight_recorder/ee/weights"), 0.0);
            assertArrayEquals(ie.weights(), Hdf5Reading.doubles(f, "/weight_recorder/ie/weights"), 0.0);
        }
        ExternalTools.require("python3-h5py", "/usr/bin/python3", "-c", "import h5py");
        String script = String.join("\n",
                "import h5py, sys",
                "f = h5py.File(sys.argv[1], 'r')",
                "f.visititems(lambda name, obj: dict(obj.attrs))",
                "g = f['weight_recorder/ee']",
                "print(g['times'].dtype, g['senders'].dtype, g['targets'].dtype, g['weights'].dtype)",
                "print(len(g['times']), repr(float(g['weights'][:].sum())), int(g['senders'][:].sum()), int(g['targets'][:].sum()))",
                "a = g.attrs['pathway']",
                "print(a.decode() if isinstance(a, bytes) else a)");
        ExternalTools.Run r = ExternalTools.run("/usr/bin/python3", "-c", script, out.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        String[] lines = r.stdout().trim().split("\n");
        assertEquals("float64 uint64 uint64 float64", lines[0]);
        double sum = 0;
        long ss = 0;
        long ts = 0;
        for (int k = 0; k < ee.size(); k++) {
            sum += ee.weights()[k];
            ss += ee.senders()[k];
            ts += ee.targets()[k];
        }
        String[] nums = lines[1].split(" ");
        assertEquals(ee.size(), Integer.parseInt(nums[0]));
        assertEquals(sum, Double.parseDouble(nums[1]), 1e-9 * Math.abs(sum));
        assertEquals(ss, Long.parseLong(nums[2]));
        assertEquals(ts, Long.parseLong(nums[3]));
        assertEquals("exc->exc", lines[2]);
        System.out.printf(Locale.ROOT, "weight_recorder recurrent: %d E->E events, %d I->E events%n", ee.size(), ie.size());
    }

    private static void checkLastEvents(WeightEvents e, PlasticWeights w) {
        Map<Long, Integer> pairs = new HashMap<>();
        Map<Long, Double> finalW = new HashMap<>();
        for (int k = 0; k < w.size(); k++) {
            long key = w.source()[k] * 1_000_000L + w.target()[k];
            pairs.merge(key, 1, Integer::sum);
            finalW.put(key, w.weight()[k]);
        }
        Map<Long, Double> last = new HashMap<>();
        for (int k = 0; k < e.size(); k++) {
            last.put(e.senders()[k] * 1_000_000L + e.targets()[k], e.weights()[k]);
        }
        int checked = 0;
        for (Map.Entry<Long, Double> x : last.entrySet()) {
            if (pairs.get(x.getKey()) == 1) {
                assertEquals(finalW.get(x.getKey()), x.getValue(), 0.0, "last event of synapse " + x.getKey());
                checked++;
            }
        }
        assertTrue(checked > 10, "checked " + checked + " synapses");
    }

    @Test
    @DisplayName("an empty recorder is listed in empty_weight_recorders, not written")
    void emptyRecorder() throws Exception {
        String json = """
                {"dt": 0.1, "tstop": 5.0,
                 "groups": [{"name": "a", "size": 3, "model": "parrot_neuron"}, {"name": "b", "size": 2, "model": "parrot_neuron"}],
                 "connections": [{"name": "full", "pre": "a", "post": "b", "rule": "all_to_all", "weight": 1.0,
                   "synapse_model": "stdp_synapse"}],
                 "devices": [{"type": "weight_recorder", "name": "quiet", "pathway": "full"}]}
                """;
        Network net = run(json, 1);
        Path out = dir.resolve("empty.h5");
        ResultsFile.write(net, out, "test");
        try (HdfFile f = Hdf5Reading.open(out)) {
            assertArrayEquals(new String[] {"quiet"}, (String[]) f.getAttribute("empty_weight_recorders").getData());
        }
    }

    @Test
    @DisplayName("bad weight_recorder input: one error line naming the file, line and key")
    void badInput() {
        String base = """
                {"groups": [{"name": "a", "size": 5, "model": "iaf_psc_alpha"}],
                 "connections": [{"pre": "a", "post": "a", "rule": "all_to_all", "weight": 5.0, "synapse_model": "stdp_synapse"},
                   {"name": "static", "pre": "a", "post": "a", "rule": "all_to_all", "weight": 5.0}],
                 "devices": [
                   %s]}
                """;
        String[][] cases = {
                {"{\"type\": \"weight_recorder\", \"pathway\": \"nope\"}", "bad.json:5:",
                        "pathway: no connection is named \"nope\" (connections: a->a, static)"},
                {"{\"type\": \"weight_recorder\", \"pathway\": \"static\"}", "bad.json:5:", "has static synapses"},
                {"{\"type\": \"weight_recorder\"}", "bad.json:5:", "pathway"},
                {"{\"type\": \"weight_recorder\", \"pathway\": \"a->a\", \"target\": \"a\"}", "bad.json:5:", "target"},
                {"{\"type\": \"weight_recorder\", \"pathway\": \"a->a\", \"senders\": [0, 5]}", "bad.json:5:",
                        "senders: rank 5 is outside group a (0..4)"},
                {"{\"type\": \"weight_recorder\", \"pathway\": \"a->a\", \"targets\": []}", "bad.json:5:",
                        "targets: must list at least one rank"},
                {"{\"type\": \"weight_recorder\", \"pathway\": \"a->a\", \"targets\": \"all\"}", "bad.json:5:", "targets"},
                {"{\"type\": \"weight_recorder\", \"name\": \"w1\", \"pathway\": \"a->a\"},\n"
                        + "{\"type\": \"weight_recorder\", \"name\": \"w2\", \"pathway\": \"a->a\"}", "bad.json:6:",
                        "already recorded by the weight_recorder w1"}};
        for (String[] c : cases) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> new Network(NetworkFile.parse(Json.parse(String.format(Locale.ROOT, base, c[0]), "bad.json")), 1), c[0]);
            assertTrue(e.getMessage().startsWith(c[1]), e.getMessage());
            assertTrue(e.getMessage().contains(c[2]), "expected \"" + c[2] + "\" in: " + e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
    }
}
