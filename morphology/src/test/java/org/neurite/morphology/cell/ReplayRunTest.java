package org.neurite.morphology.cell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.record.Hdf5Group;
import org.neurite.channels.record.Hdf5Reading;
import org.neurite.channels.record.SonataSpikes;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.testing.ValidationData;
import org.neurite.morphology.synapse.CellSynapses;
import org.neurite.morphology.synapse.SynapseGroup;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;

/**
 * Replay of recorded spikes through the spec: a SONATA file written from a seeded generated spike
 * record (channels' {@link SonataSpikes}) drives the project's pyramidal cell; the same spikes given
 * as explicit trains per site in a {@code synapses} section give the identical traces (the replay
 * only reads, selects and maps; the synapse code is the same); the mapping in cell.h5 is the one used;
 * the same seed gives the same cell, and every bad input is one error naming file:line and key.
 */
class ReplayRunTest {
    @TempDir
    Path dir;

    private static final String RECEPTORS = "\"receptors\": {\n"
            + "  \"AMPA\": {\"kinetics\": \"exp2\", \"tau_rise\": 0.2, \"tau_decay\": 2.0, \"E_rev\": 0.0},\n"
            + "  \"NMDA\": {\"kinetics\": \"nmda\", \"tau_rise\": 2.0, \"tau_decay\": 70.0, \"cMg\": 1.0, \"E_rev\": 0.0},\n"
            + "  \"GABA_A\": {\"kinetics\": \"exp2\", \"tau_rise\": 0.5, \"tau_decay\": 10.0, \"E_rev\": -80.0}},\n";

    private static Path pyramidal() {
        return ValidationData.repositoryRoot().resolve("morphologies/pyramidal.swc");
    }

    /** Poisson-like spikes of n neurons at about rate Hz over [0, tstop), from a seeded stream. */
    private static SpikeRecord spikes(String pop, int n, double rateHz, double tstop, long seed) {
        SpikeRecord r = new SpikeRecord(pop);
        for (int i = 0; i < n; i++) {
            UniformRandomProvider rng = new RandomStreams(seed).stream("test-spikes", i);
            double t = -Math.log(1 - rng.nextDouble()) * 1000 / rateHz;
            while (t < tstop) {
                r.add(i, Math.rint(t * 1e4) / 1e4);
                t += -Math.log(1 - rng.nextDouble()) * 1000 / rateHz;
            }
        }
        return r;
    }

    private Path network() {
        Hdf5Group root = Hdf5Group.root();
        SonataSpikes.add(root, spikes("E", 300, 10, 120, 1));
        SonataSpikes.add(root, spikes("I", 60, 25, 120, 2));
        SonataSpikes.addPopulationSizes(root, new LinkedHashMap<>(Map.of("E", 300, "I", 60)));
        Path f = dir.resolve("results.h5");
        root.writeTo(f);
        return f;
    }

    private Path spec(String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "{\"morphology\": \"" + pyramidal().toString().replace("\\", "/") + "\",\n"
                + " \"passive\": [{\"Ra\": 150, \"cm\": 1, \"g_pas\": 5e-5, \"e_pas\": -70}],\n"
                + " \"probes\": [{\"name\": \"soma\", \"location\": \"soma\"}, {\"name\": \"apic\", \"location\": {\"section\": \"apic[3]\", \"x\": 0.5}}],\n"
                + " \"dt\": 0.025, \"tstop\": 100, \"v_init\": -70, \"probe_every_ms\": 0.1,\n"
                + RECEPTORS + body + "}\n");
        return p;
    }

    private static final String REPLAY = "\"replay\": [\n"
            + " {\"population\": \"E\", \"receptors\": {\"AMPA\": 0.6, \"NMDA\": 0.4}, \"region\": [\"basal\", \"apical\"],\n"
            + "  \"distance_um\": [30, 400], \"count\": 150, \"max_neurons\": 200, \"seed\": 5},\n"
            + " {\"population\": \"I\", \"receptor\": \"GABA_A\", \"weight\": 1.0, \"region\": \"all\", \"distance_um\": [0, 60],\n"
            + "  \"count\": 20, \"mapping\": {\"neurons_per_synapse\": 3}, \"delay_ms\": 0.5, \"seed\": 6}]\n";

    @Test
    void replayFromAFileEqualsOnlineTrainsWithTheSameSpikes() throws IOException {
        Path results = network();
        CellRun replay = ReplayRun.run(results, CellSpec.read(spec("replay.json", REPLAY)), ProgressListener.NONE);
        CellSynapses syn = replay.simulation().synapses();
        assertEquals(2, syn.groups().size());
        assertEquals(150 * 2 + 20, syn.synapseCount());
        Map<String, SpikeRecord> recorded = SonataSpikes.read(results);
        // the same spikes as explicit trains per site, at the same locations
        StringBuilder online = new StringBuilder("\"synapses\": [\n");
        Morphology m = replay.model().morphology();
        for (int g = 0; g < 2; g++) {
            SynapseGroup grp = syn.groups().get(g);
            SpikeRecord rec = recorded.get(grp.presynaptic());
            int[] off = grp.preOffsets();
            int[] tr = grp.preTrain();
            List<String> locs = new ArrayList<>();
            List<String> trains = new ArrayList<>();
            for (int j = 0; j < grp.siteCount(); j++) {
                Location l = grp.site(j);
                locs.add("{\"section\": \"" + m.name(l.section()) + "\", \"x\": " + l.x() + "}");
                List<Double> times = new ArrayList<>();
                for (int c = off[j]; c < off[j + 1]; c++) {
                    for (double t : rec.timesOf((int) grp.trainId(tr[c]))) {
                        times.add(t);
                    }
                }
                times.sort(Double::compare);
                trains.add(times.toString());
            }
            String receptors = g == 0 ? "\"receptors\": {\"AMPA\": 0.6, \"NMDA\": 0.4}" : "\"receptor\": \"GABA_A\", \"weight\": 1.0";
            online.append(g == 0 ? "" : ",\n").append("{\"name\": \"").append(grp.name()).append("\", ").append(receptors)
                    .append(", \"delay_ms\": ").append(grp.delayMs()).append(", \"locations\": ").append(locs)
                    .append(", \"source\": {\"type\": \"spike_times\", \"spike_times\": ").append(trains).append("}}");
        }
        online.append("]\n");
        CellRun direct = CellRun.prepare(spec("online.json", online.toString()));
        direct.run(ProgressListener.NONE);
        for (int j = 0; j < 2; j++) {
            double[] a = replay.simulation().probeRecord().column(j);
            double[] b = direct.simulation().probeRecord().column(j);
            assertArrayEquals(a, b, 0.0, "probe " + j + ": replayed and online traces must be identical");
        }
        double[] soma = replay.simulation().probeRecord().column(0);
        double span = Arrays.stream(soma).max().orElseThrow() - Arrays.stream(soma).min().orElseThrow();
        assertTrue(span > 1, "the replayed spikes move the soma: " + span + " mV");
        assertEquals(direct.simulation().synapses().eventsDelivered(), syn.eventsDelivered());
    }

    @Test
    void theMappingIsTheOneWrittenToCellH5AndSeedsReproduce() throws IOException {
        Path results = network();
        Path s = spec("replay.json", REPLAY);
        CellRun a = ReplayRun.run(results, CellSpec.read(s), ProgressListener.NONE);
        Path h5 = dir.resolve("cell.h5");
        a.writeHdf5(h5);
        CellSynapses syn = a.simulation().synapses();
        SynapseGroup e = syn.groups().get(0);
        SynapseGroup i = syn.groups().get(1);
        try (HdfFile f = Hdf5Reading.open(h5)) {
            long[] compartment = Hdf5Reading.longs(f, "/synapses/compartment");
            long[] off = Hdf5Reading.longs(f, "/synapses/pre_offsets");
            long[] pre = Hdf5Reading.longs(f, "/synapses/pre_node_ids");
            long[] group = Hdf5Reading.longs(f, "/synapses/group");
            double[] x = Hdf5Reading.doubles(f, "/synapses/x");
            assertEquals(170, compartment.length);
            assertEquals(150 + 20 * 3, pre.length, "one E neuron per site, three I neurons per site");
            for (int j = 0; j < 150; j++) {
                assertEquals(0, group[j]);
                assertEquals(syn.compartment(0, j), compartment[j]);
                assertEquals(e.site(j).x(), x[j], 0.0);
                assertEquals(1, off[j + 1] - off[j]);
                assertEquals(e.trainId(e.preTrain()[j]), pre[(int) off[j]]);
            }
            for (int j = 0; j < 20; j++) {
                int row = 150 + j;
                assertEquals(1, group[row]);
                assertEquals(3, off[row + 1] - off[row]);
                long[] ids = Arrays.copyOfRange(pre, (int) off[row], (int) off[row + 1]);
                assertEquals(3, Arrays.stream(ids).distinct().count(), "distinct neurons per site");
                for (long id : ids) {
                    assertTrue(id >= 0 && id < 60);
                }
            }
            // one-per-neuron: distinct neurons, all from the drawn pool of 200
            long[] eIds = Arrays.copyOfRange(pre, 0, 150);
            assertEquals(150, Arrays.stream(eIds).distinct().count());
            double[] dist = Hdf5Reading.doubles(f, "/synapses/distance_um");
            for (int j = 0; j < 150; j++) {
                assertTrue(dist[j] >= 30 - 1e-9 && dist[j] <= 400 + 1e-9, "distance " + dist[j]);
            }
            for (int j = 150; j < 170; j++) {
                assertTrue(dist[j] <= 60 + 1e-9, "distance " + dist[j]);
            }
            String[] receptors = (String[]) f.getDatasetByPath("/synapses/group_receptors").getData();
            assertArrayEquals(new String[] {"AMPA+NMDA", "GABA_A"}, receptors);
            String[] pops = (String[]) f.getDatasetByPath("/synapses/group_presynaptic").getData();
            assertArrayEquals(new String[] {"E", "I"}, pops);
        }
        // the same seed: the same sites, mapping and traces; another seed: other sites
        CellRun b = ReplayRun.run(results, CellSpec.read(s), ProgressListener.NONE);
        assertArrayEquals(a.simulation().probeRecord().column(0), b.simulation().probeRecord().column(0), 0.0);
        assertArrayEquals(e.preTrain(), b.simulation().synapses().groups().get(0).preTrain());
        CellRun c = ReplayRun.run(results, CellSpec.read(spec("other.json", REPLAY.replace("\"seed\": 5", "\"seed\": 7"))),
                ProgressListener.NONE);
        assertFalse(Arrays.equals(a.simulation().probeRecord().column(0), c.simulation().probeRecord().column(0)));
        assertEquals(i.siteCount(), c.simulation().synapses().groups().get(1).siteCount());
    }

    @Test
    void synapsesWithPoissonSourcesAndDensities() throws IOException {
        Path s = spec("poisson.json", "\"synapses\": [{\"name\": \"bg\", \"receptors\": {\"AMPA\": 0.5}, \"region\": \"basal\",\n"
                + " \"density_per_um\": 0.02, \"source\": {\"type\": \"poisson\", \"rate\": 5}, \"seed\": 3,\n"
                + " \"stp\": {\"model\": \"tsodyks2\", \"U\": 0.5, \"tau_rec\": 200}}]\n");
        CellRun run = CellRun.prepare(s);
        SynapseGroup g = run.simulation().synapses().groups().get(0);
        double basalLength = org.neurite.morphology.synapse.PlacementDomain.of(run.model().morphology(),
                org.neurite.morphology.region.Region.tagged(3), 0, Double.POSITIVE_INFINITY).length();
        assertEquals(Math.round(0.02 * basalLength), g.siteCount(), "round(density x basal length)");
        run.run(ProgressListener.NONE);
        long spikes = run.simulation().synapses().spikesUsed();
        // Poisson: mean sites · 5 Hz · 0.1 s, sd its square root
        double mean = g.siteCount() * 5 * 0.1;
        assertEquals(mean, spikes, 4 * Math.sqrt(mean), "Poisson spikes delivered");
        assertTrue(run.summary().stream().anyMatch(l -> l.startsWith("synapses " + g.siteCount() + " sites")), run.summary().toString());
    }

    private void assertBad(String body, String expected) throws IOException {
        Path results = network();
        Path s = spec("bad.json", body);
        BadInputException e = assertThrows(BadInputException.class, () -> ReplayRun.prepare(results, CellSpec.read(s)));
        assertTrue(e.getMessage().startsWith(s + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(1, e.getMessage().split("\n").length);
    }

    @Test
    void badInputNamesFileLineAndKey() throws IOException {
        String ok = "{\"population\": \"E\", \"receptor\": \"AMPA\", \"weight\": 1, \"region\": \"basal\", \"count\": 10}";
        assertBad("\"replay\": [" + ok.replace("\"E\"", "\"X\"") + "]", "replay[0].population: no population \"X\" in");
        assertBad("\"replay\": [" + ok.replace("\"E\"", "\"X\"") + "]", "(found: E, I)");
        assertBad("\"replay\": [" + ok.replace("\"basal\"", "\"axon\"").replace("\"count\": 10", "\"count\": 10, \"distance_um\": [5000, 6000]")
                + "]", "no membrane to place synapses on");
        assertBad("\"replay\": [" + ok.replace("\"AMPA\"", "\"AMPAR\"") + "]", "unknown receptor \"AMPAR\"");
        assertBad("\"replay\": [" + ok.replace("\"count\": 10", "\"count\": 400") + "]", "400 synapses but only 300 neurons of E");
        assertBad("\"replay\": [" + ok.replace("\"count\": 10", "\"count\": 10, \"mapping\": \"all\"") + "]", "replay[0].mapping: must be");
        assertBad("\"replay\": [" + ok.replace("\"count\": 10", "\"density_per_um\": 1e-9") + "]", "gives no synapse");
        assertBad("\"replay\": [" + ok.replace("\"count\": 10", "\"fraction\": 0") + "]", "replay[0].fraction: must lie in (0, 1]");
        assertBad("\"replay\": [" + ok.replace("\"weight\": 1", "\"weight\": -1") + "]", "weight of AMPA must be >= 0");
        assertBad("\"replay\": [" + ok.replace("\"count\": 10", "\"count\": 10, \"delay_ms\": -2") + "]", "replay[0].delay_ms: must be >= 0");
        assertBad("\"replay\": [" + ok.replace("\"count\": 10", "\"count\": 10, \"n_neurons\": 5") + "]", "not below n_neurons 5");
        assertBad("\"replay\": [" + ok.replace("\"count\": 10", "\"count\": 10, \"rate\": 5") + "]", "unknown key \"rate\"");
        String named = ok.replace("{", "{\"name\": \"x\", ");
        assertBad("\"replay\": [" + named + ", " + named + "]", "synapse group name \"x\" used twice");
        assertBad("\"replay\": [" + ok.replace("\"region\": \"basal\"", "\"region\": \"dendrites\"") + "]", "unknown region \"dendrites\"");
        assertBad("\"replay\": []", "replay: must be a non-empty list");
        // a cell run cannot replay without a network
        Path s = spec("needs.json", "\"replay\": [" + ok + "]");
        BadInputException e = assertThrows(BadInputException.class, () -> CellRun.prepare(s));
        assertTrue(e.getMessage().contains("neurite replay --network"), e.getMessage());
        // neurite replay needs a replay section
        Path none = spec("none.json", "\"synapses\": []");
        e = assertThrows(BadInputException.class, () -> ReplayRun.prepare(network(), CellSpec.read(none)));
        assertTrue(e.getMessage().contains("no \"replay\" section"), e.getMessage());
        // a file that is not a spike file
        Path text = dir.resolve("not.h5");
        Files.writeString(text, "hello");
        Path good = spec("good.json", "\"replay\": [" + ok + "]");
        e = assertThrows(BadInputException.class, () -> ReplayRun.prepare(text, CellSpec.read(good)));
        assertTrue(e.getMessage().startsWith(text.toString()), e.getMessage());
        assertTrue(String.format(Locale.ROOT, "%s", e.getMessage()).contains("HDF5"), e.getMessage());
    }
}
