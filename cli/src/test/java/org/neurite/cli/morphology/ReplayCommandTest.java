package org.neurite.cli.morphology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.record.Hdf5Reading;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.testing.ValidationData;
import org.neurite.cli.Main;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.NetworkRun;

/**
 * {@code neurite replay} in process (CLI.md): a real {@code network run} of a tiny E–I network
 * (test resource), its results.h5 replayed onto the project's pyramidal cell, and the same network
 * simulated again in process with its spikes given to {@code neurite cell run} as explicit trains at
 * the sites the replay wrote to cell.h5: the traces are identical. Then every error path: exit 65
 * with one line naming file:line and key (or the file), exit 2 for bad usage, no output file.
 */
class ReplayCommandTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private static Path tinyNetwork() {
        try {
            return Path.of(ReplayCommandTest.class.getResource("/replay/tiny_network.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String RECEPTORS = "\"receptors\": {\n"
            + "  \"AMPA\": {\"kinetics\": \"exp2\", \"tau_rise\": 0.2, \"tau_decay\": 2.0, \"E_rev\": 0.0},\n"
            + "  \"NMDA\": {\"kinetics\": \"nmda\", \"tau_rise\": 2.0, \"tau_decay\": 70.0, \"cMg\": 1.0, \"E_rev\": 0.0},\n"
            + "  \"GABA_A\": {\"kinetics\": \"exp2\", \"tau_rise\": 0.5, \"tau_decay\": 10.0, \"E_rev\": -80.0}},\n";

    private Path spec(String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Path swc = ValidationData.repositoryRoot().resolve("morphologies/pyramidal.swc");
        Files.writeString(p, "{\"morphology\": \"" + swc.toString().replace("\\", "/") + "\",\n"
                + " \"passive\": [{\"Ra\": 150, \"cm\": 1, \"g_pas\": 5e-5, \"e_pas\": -70}],\n"
                + " \"probes\": [{\"name\": \"soma\", \"location\": \"soma\"}, {\"name\": \"apic\", \"location\": {\"section\": \"apic[3]\", \"x\": 0.5}}],\n"
                + " \"dt\": 0.025, \"tstop\": 300, \"v_init\": -70, \"probe_every_ms\": 0.1, \"record_all_every_ms\": 10,\n"
                + RECEPTORS + body + "}\n");
        return p;
    }

    private static final String REPLAY = "\"replay\": [\n"
            + " {\"population\": \"Exc\", \"receptors\": {\"AMPA\": 1.0, \"NMDA\": 0.6}, \"region\": [\"basal\", \"apical\"], \"seed\": 2},\n"
            + " {\"population\": \"Inh\", \"receptor\": \"GABA_A\", \"weight\": 2.0, \"region\": \"all\", \"distance_um\": [0, 80],\n"
            + "  \"count\": 10, \"mapping\": {\"neurons_per_synapse\": 2}, \"seed\": 3}]\n";

    private Path networkResults() {
        Path results = dir.resolve("results.h5");
        Result net = run("network", "run", tinyNetwork().toString(), "--out", results.toString(), "--no-progress");
        assertEquals(0, net.code(), net.err());
        return results;
    }

    @Test
    void replayOfARealNetworkRunEqualsOnlineTrains() throws IOException {
        Path results = networkResults();
        Path cellH5 = dir.resolve("cell.h5");
        Path csv = dir.resolve("probes.csv");
        Result r = run("replay", "--network", results.toString(), "--cell", spec("replay.json", REPLAY).toString(),
                "--out", cellH5.toString(), "--csv", csv.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("synapses 90 sites, 170 synapses in 2 groups"), r.out());
        assertTrue(Files.readString(csv).startsWith("t_ms,v_soma_mV,v_apic_mV\n"));

        // the same network in process: its spikes, not the file's
        NetworkRun.Result again = NetworkRun.run(tinyNetwork(), new NetworkRun.Options(NetworkFile.Overrides.NONE, 1, null, "test"),
                ProgressListener.NONE);
        Map<String, SpikeRecord> spikes = new HashMap<>();
        for (SpikeRecord s : again.network().spikeRecords()) {
            spikes.put(s.population(), s);
        }
        StringBuilder online = new StringBuilder("\"synapses\": [\n");
        double[][] replayed;
        try (HdfFile f = Hdf5Reading.open(cellH5)) {
            String[] section = (String[]) f.getDatasetByPath("/synapses/section").getData();
            double[] x = Hdf5Reading.doubles(f, "/synapses/x");
            long[] group = Hdf5Reading.longs(f, "/synapses/group");
            long[] off = Hdf5Reading.longs(f, "/synapses/pre_offsets");
            long[] pre = Hdf5Reading.longs(f, "/synapses/pre_node_ids");
            String[] names = (String[]) f.getDatasetByPath("/synapses/group_names").getData();
            String[] pops = (String[]) f.getDatasetByPath("/synapses/group_presynaptic").getData();
            assertArrayEquals(new String[] {"Exc", "Inh"}, pops);
            for (int g = 0; g < 2; g++) {
                List<String> locs = new ArrayList<>();
                List<String> trains = new ArrayList<>();
                for (int j = 0; j < x.length; j++) {
                    if (group[j] != g) {
                        continue;
                    }
                    locs.add("{\"section\": \"" + section[j] + "\", \"x\": " + x[j] + "}");
                    List<Double> t = new ArrayList<>();
                    for (long c = off[j]; c < off[j + 1]; c++) {
                        for (double s : spikes.get(pops[g]).timesOf((int) pre[(int) c])) {
                            t.add(s);
                        }
                    }
                    t.sort(Double::compare);
                    trains.add(t.toString());
                }
                String receptors = g == 0 ? "\"receptors\": {\"AMPA\": 1.0, \"NMDA\": 0.6}" : "\"receptor\": \"GABA_A\", \"weight\": 2.0";
                online.append(g == 0 ? "" : ",\n").append("{\"name\": \"").append(names[g]).append("\", ").append(receptors)
                        .append(", \"locations\": ").append(locs).append(", \"source\": {\"type\": \"spike_times\", \"spike_times\": ")
                        .append(trains).append("}}");
            }
            replayed = Hdf5Reading.matrix(f, "/traces/probes/v/data");
            assertEquals(80, Arrays.stream(pre).limit(80).distinct().count(), "one Exc neuron per site, all 80 neurons");
        }
        online.append("]\n");
        Path onlineH5 = dir.resolve("online.h5");
        Result o = run("cell", "run", spec("online.json", online.toString()).toString(), "--out", onlineH5.toString(), "--no-progress");
        assertEquals(0, o.code(), o.err());
        try (HdfFile f = Hdf5Reading.open(onlineH5)) {
            double[][] direct = Hdf5Reading.matrix(f, "/traces/probes/v/data");
            assertEquals(replayed.length, direct.length);
            for (int k = 0; k < direct.length; k++) {
                assertArrayEquals(replayed[k], direct[k], 0.0, "sample " + k);
            }
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : replayed) {
            lo = Math.min(lo, row[0]);
            hi = Math.max(hi, row[0]);
        }
        assertTrue(hi - lo > 1, "the replayed network moves the soma: " + lo + " .. " + hi + " mV");
    }

    @Test
    void badInputExits65WithOneLineAndNoFile() throws IOException {
        Path results = networkResults();
        Path out = dir.resolve("never.h5");
        String ok = "{\"population\": \"Exc\", \"receptor\": \"AMPA\", \"weight\": 1, \"region\": \"basal\", \"count\": 10}";
        String[][] cases = {
            {ok.replace("\"Exc\"", "\"RecExc\""), ":9: replay[0].population: no population \"RecExc\" in " + results + " (found: Exc, Inh)"},
            {ok.replace("\"count\": 10", "\"count\": 10, \"distance_um\": [9000, 9999]"),
                ":9: replay[0].distance_um: no membrane to place synapses on: basal, distance 9000.0-9999.0 um is empty on this morphology"},
            {ok.replace("\"region\": \"basal\"", "\"region\": \"oblique\""), ":9: replay[0].region: unknown region \"oblique\""},
            {ok.replace("\"count\": 10", "\"count\": 100"), ":9: replay[0].count: 100 synapses but only 80 neurons of Exc"},
            {ok.replace("\"AMPA\"", "\"ampa\""), ":9: replay[0].receptor: unknown receptor \"ampa\""},
        };
        for (String[] c : cases) {
            Path s = spec("bad.json", "\"replay\": [" + c[0] + "]");
            Result r = run("replay", "--network", results.toString(), "--cell", s.toString(), "--out", out.toString());
            assertEquals(65, r.code(), r.err());
            String line = r.err().trim();
            assertEquals(1, line.split("\n").length, line);
            assertTrue(line.startsWith("neurite: " + s + c[1]), line);
            assertFalse(Files.exists(out), "no output on bad input");
        }
        Path good = spec("good.json", "\"replay\": [" + ok + "]");
        // not a spike file / missing files: one line naming the file
        Path text = dir.resolve("notes.h5");
        Files.writeString(text, "not HDF5");
        for (Path network : List.of(text, dir.resolve("missing.h5"))) {
            Result r = run("replay", "--network", network.toString(), "--cell", good.toString(), "--out", out.toString());
            assertEquals(65, r.code(), r.err());
            assertTrue(r.err().trim().startsWith("neurite: " + network + ": "), r.err());
            assertEquals(1, r.err().trim().split("\n").length);
        }
        Result missingSpec = run("replay", "--network", results.toString(), "--cell", dir.resolve("none.json").toString());
        assertEquals(65, missingSpec.code());
        assertEquals(1, missingSpec.err().trim().split("\n").length);
        // a spec without a replay section
        Path plain = spec("plain.json", "\"synapses\": []");
        Result noReplay = run("replay", "--network", results.toString(), "--cell", plain.toString(), "--out", out.toString());
        assertEquals(65, noReplay.code());
        assertTrue(noReplay.err().contains("no \"replay\" section"), noReplay.err());
        // cell run cannot replay
        Result cell = run("cell", "run", good.toString(), "--out", out.toString());
        assertEquals(65, cell.code());
        assertTrue(cell.err().trim().startsWith("neurite: " + good + ":9: replay: "), cell.err());
        assertFalse(Files.exists(out));
        // an output that would replace an input, or two outputs in one file: exit 65 naming the option, before any work
        Result clobber = run("replay", "--network", results.toString(), "--cell", good.toString(), "--out", results.toString());
        assertEquals(65, clobber.code(), clobber.err());
        assertTrue(clobber.err().trim().startsWith("neurite: "), clobber.err());
        assertTrue(clobber.err().contains("--out"), clobber.err());
        Result same = run("replay", "--network", results.toString(), "--cell", good.toString(), "--out", out.toString(), "--csv",
                out.toString());
        assertEquals(65, same.code(), same.err());
        assertTrue(same.err().contains("--csv"), same.err());
        assertFalse(Files.exists(out));
        // bad usage: exit 2
        assertEquals(2, run("replay").code());
        assertEquals(2, run("replay", "--cell", good.toString()).code());
        assertEquals(2, run("replay", "--network", results.toString()).code());
        assertEquals(2, run("replay", "--network", results.toString(), "--cell", good.toString(), "--frobnicate").code());
        assertFalse(Files.exists(out));
    }
}
