package org.neurite.pointneuron.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.record.Hdf5Reading;
import org.neurite.channels.record.SonataSpikes;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.record.TraceRecord;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.BuiltinNetworks;
import org.neurite.pointneuron.run.Network;

/** results.h5: SONATA spikes, traces, rates and the parameters read back equal what was simulated. */
class ResultsFileTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("spikes, traces and attributes read back unchanged")
    void roundTrip() throws Exception {
        Network n = new Network(BuiltinNetworks.config("coba", new NetworkFile.Overrides(null, 60.0, 4L)), 1);
        n.run(ProgressListener.NONE);
        Path out = dir.resolve("results.h5");
        ResultsFile.write(n, out, "0.1-test");
        Map<String, SpikeRecord> back = SonataSpikes.read(out);
        SpikeRecord rec = n.spikeRecords().get(0);
        SpikeRecord got = back.get(rec.population());
        rec.sortByTime();
        assertTrue(rec.size() > 0);
        assertArrayEquals(rec.nodeIds(), got.nodeIds());
        assertArrayEquals(rec.timesMs(), got.timesMs(), 0.0);
        try (HdfFile f = Hdf5Reading.open(out)) {
            TraceRecord vm = n.traces().get(0);
            double[][] m = Hdf5Reading.matrix(f, "/traces/exc/V_m/data");
            assertEquals(vm.sampleCount(), m.length);
            assertEquals(60, m.length, "1 ms interval over 60 ms");
            assertArrayEquals(vm.matrix()[10], m[10], 0.0);
            assertEquals("0.1-test", Hdf5Reading.stringAttribute(f, "neurite_version"));
            assertEquals(4.0, Hdf5Reading.numberAttribute(f, "seed", -1));
            assertTrue(Hdf5Reading.stringAttribute(f, "parameters").contains("iaf_cond_exp"));
        }
    }

    /**
     * A recorder of several groups stores each node id's group, and splitting its spikes by group
     * gives exactly what one recorder per group records in the same run (same ids, same times).
     */
    @Test
    @DisplayName("a recorder of both groups splits back into the per-group records")
    void recorderOfSeveralGroupsSplitsIntoItsGroups() throws Exception {
        String recorder = "{\"type\": \"spike_recorder\", \"name\": \"spikes\", \"target\": [\"exc\", \"inh\"]}";
        String text = BuiltinNetworks.text("coba");
        assertTrue(text.contains(recorder), "coba records both groups in one recorder");
        text = text.replace(recorder, recorder + ",\n    {\"type\": \"spike_recorder\", \"name\": \"only-exc\", \"target\": \"exc\"},"
                + "\n    {\"type\": \"spike_recorder\", \"name\": \"only-inh\", \"target\": \"inh\"}");
        Path cfg = dir.resolve("coba3.json");
        Files.writeString(cfg, text);
        Network n = new Network(NetworkFile.read(cfg, new NetworkFile.Overrides(null, 60.0, 4L)), 2);
        n.run(ProgressListener.NONE);
        Path out = dir.resolve("groups.h5");
        ResultsFile.write(n, out, "x");
        Map<String, SonataSpikes.NodeGroups> groups = SonataSpikes.nodeGroups(out);
        assertEquals(Set.of("spikes"), groups.keySet(), "only the recorder of several groups carries node groups");
        SonataSpikes.NodeGroups g = groups.get("spikes");
        assertArrayEquals(new String[] {"exc", "inh"}, g.names());
        assertArrayEquals(new int[] {3200, 800}, g.sizes());
        Map<String, SpikeRecord> back = SonataSpikes.read(out);
        List<SpikeRecord> split = g.split(back.get("spikes"), out.toString());
        for (int k = 0; k < 2; k++) {
            SpikeRecord mine = split.get(k);
            SpikeRecord theirs = back.get(g.names()[k]); // a recorder of one group writes under its name
            mine.sortById();
            theirs.sortById();
            assertTrue(theirs.size() > 10, g.names()[k] + " fires");
            assertArrayEquals(theirs.nodeIds(), mine.nodeIds(), g.names()[k]);
            assertArrayEquals(theirs.timesMs(), mine.timesMs(), 0.0, g.names()[k]);
        }
    }

    @Test
    @DisplayName("population rates of a ntwk-style run are written under /rates")
    void rates() throws Exception {
        Network n = new Network(BuiltinNetworks.config("rsfs_config1", new NetworkFile.Overrides(null, 50.0, 1L)), 1);
        n.run(ProgressListener.NONE);
        Path out = dir.resolve("r.h5");
        ResultsFile.write(n, out, "x");
        try (HdfFile f = Hdf5Reading.open(out)) {
            assertEquals(10, Hdf5Reading.doubles(f, "/rates/rate-RS/rate_Hz").length, "5 ms bins over 50 ms");
        }
    }

    @Test
    @DisplayName("a file that cannot be written (the path is a non-empty directory) leaves nothing behind")
    void atomic() throws Exception {
        Network n = new Network(BuiltinNetworks.config("coba", new NetworkFile.Overrides(null, 5.0, 4L)), 1);
        n.run(ProgressListener.NONE);
        Path out = dir.resolve("results.h5");
        Files.createDirectories(out.resolve("occupied"));
        assertThrows(RuntimeException.class, () -> ResultsFile.write(n, out, "x"));
        assertTrue(Files.isDirectory(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
        assertFalse(Files.isRegularFile(out));
    }
}
