package org.neurite.channels.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.io.AtomicFile;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.testing.ExternalTools;

/** SONATA spike files and traces: round trips, empty populations, atomic writes, and external readers. */
class SpikeFileTest {
    @TempDir
    Path dir;

    private static SpikeRecord sample() {
        SpikeRecord r = new SpikeRecord("RecExc");
        r.add(3, 12.5);
        r.add(0, 1.25);
        r.add(3, 7.0);
        r.add(1, 7.0);
        r.add(4000, 1499.9);
        return r;
    }

    private Path writeSample() {
        Hdf5Group root = Hdf5Group.root();
        root.attribute("neurite_version", "test");
        root.attribute("seed", 42L);
        SonataSpikes.add(root, sample());
        SonataSpikes.add(root, new SpikeRecord("RecInh")); // fired nothing
        SonataSpikes.addPopulationSizes(root, new java.util.LinkedHashMap<>(Map.of("RecExc", 4001)));
        TraceRecord v = new TraceRecord("RecExc", "V_m", "mV", new int[] {0, 7}, 0.0, 0.5);
        v.addSample(new double[] {-65.0, -70.0});
        v.addSample(new double[] {-64.5, -69.0});
        v.addSample(new double[] {-64.0, -68.5});
        v.addTo(root);
        Path f = dir.resolve("results.h5");
        root.writeTo(f);
        return f;
    }

    @Test
    void spikesRoundTripSortedByTime() {
        Path f = writeSample();
        Map<String, SpikeRecord> back = SonataSpikes.read(f);
        assertEquals(2, back.size());
        SpikeRecord e = back.get("RecExc");
        assertArrayEquals(new double[] {1.25, 7.0, 7.0, 12.5, 1499.9}, e.timesMs(), 0.0);
        assertArrayEquals(new int[] {0, 1, 3, 3, 4000}, e.nodeIds());
        assertEquals(0, back.get("RecInh").size(), "empty population read back as empty");
        assertEquals(Map.of("RecExc", 4001), SonataSpikes.populationSizes(f), "node-id counts written by neurite");
    }

    @Test
    void filesWithoutPopulationSizesGiveNone() {
        Hdf5Group root = Hdf5Group.root();
        SonataSpikes.add(root, sample());
        Path f = dir.resolve("plain.h5");
        root.writeTo(f);
        assertTrue(SonataSpikes.populationSizes(f).isEmpty());
    }

    @Test
    void tracesRoundTrip() {
        Path f = writeSample();
        try (io.jhdf.HdfFile h = Hdf5Reading.open(f)) {
            double[][] data = Hdf5Reading.matrix(h, "/traces/RecExc/V_m/data");
            assertArrayEquals(new double[] {-64.5, -69.0}, data[1], 0.0);
            assertArrayEquals(new double[] {0.0, 0.5, 1.0}, Hdf5Reading.doubles(h, "/traces/RecExc/V_m/time"), 0.0);
            assertArrayEquals(new long[] {0, 7}, Hdf5Reading.longs(h, "/traces/RecExc/V_m/node_ids"));
            assertEquals("mV", Hdf5Reading.stringAttribute(h.getByPath("/traces/RecExc/V_m"), "units"));
        }
    }

    /** An independent reader: h5py (HDF5 1.10 C library) must see exactly what neurite wrote. */
    @Test
    void h5pyReadsTheSpikeFile() {
        ExternalTools.require("python3-h5py", "/usr/bin/python3", "-c", "import h5py");
        Path f = writeSample();
        String script = String.join("\n",
                "import h5py, sys",
                "f = h5py.File(sys.argv[1], 'r')",
                "f.visititems(lambda name, obj: dict(obj.attrs))",
                "g = f['spikes/RecExc']",
                "u = g['timestamps'].attrs['units']",
                "u = u.decode() if isinstance(u, bytes) else u",
                "s = g.attrs['sorting']",
                "s = s.decode() if isinstance(s, bytes) else s",
                "print(u, s, g['node_ids'].dtype, g['timestamps'].dtype)",
                "print(' '.join(repr(float(x)) for x in g['timestamps'][:]))",
                "print(' '.join(str(int(x)) for x in g['node_ids'][:]))",
                "e = f.attrs['empty_spike_populations']",
                "print([x.decode() if isinstance(x, bytes) else x for x in e], 'RecInh' in f['spikes'],"
                        + " [x.decode() if isinstance(x, bytes) else x for x in f.attrs['spike_population_names']],"
                        + " [int(x) for x in f.attrs['spike_population_sizes']])",
                "print(f['traces/RecExc/V_m/data'][:].tolist())");
        ExternalTools.Run r = ExternalTools.run("/usr/bin/python3", "-c", script, f.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        String[] lines = r.stdout().trim().split("\n");
        assertEquals("ms by_time uint64 float64", lines[0]);
        assertEquals("1.25 7.0 7.0 12.5 1499.9", lines[1]);
        assertEquals("0 1 3 3 4000", lines[2]);
        assertEquals("['RecInh'] False ['RecExc'] [4001]", lines[3]);
        assertEquals("[[-65.0, -70.0], [-64.5, -69.0], [-64.0, -68.5]]", lines[4]);
    }

    /**
     * Node groups of a recorder of several groups: h5py reads the names and indices as written,
     * neurite reads them back, and the split renumbers each group's ids by rank (ids 0, 1, 5 of
     * group a become 0, 1, 2; ids 2, 3 of group b become 0, 1); an id outside every group is refused.
     */
    @Test
    void nodeGroupsRoundTripAndSplitByRank() {
        ExternalTools.require("python3-h5py", "/usr/bin/python3", "-c", "import h5py");
        SpikeRecord all = new SpikeRecord("all");
        all.add(5, 1.0);
        all.add(2, 2.0);
        all.add(0, 3.0);
        all.add(3, 4.0);
        all.add(1, 5.0);
        SonataSpikes.NodeGroups groups = new SonataSpikes.NodeGroups(new String[] {"a", "b"}, new int[] {0, 0, 1, 1, -1, 0});
        Hdf5Group root = Hdf5Group.root();
        SonataSpikes.add(root, all);
        SonataSpikes.addNodeGroups(root, "all", groups);
        SonataSpikes.addNodeGroups(root, "silent", groups); // no spikes: nothing to split, nothing written
        Path f = dir.resolve("groups.h5");
        root.writeTo(f);
        ExternalTools.Run r = ExternalTools.run("/usr/bin/python3", "-c", String.join("\n",
                "import h5py, sys",
                "g = h5py.File(sys.argv[1], 'r')['spikes/all']",
                "print([x.decode() if isinstance(x, bytes) else x for x in g.attrs['group_names']], g['node_group'][:].tolist())"),
                f.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("['a', 'b'] [0, 0, 1, 1, -1, 0]", r.stdout().trim());
        SonataSpikes.NodeGroups back = SonataSpikes.nodeGroups(f).get("all");
        assertArrayEquals(new String[] {"a", "b"}, back.names());
        assertArrayEquals(new int[] {3, 2}, back.sizes());
        java.util.List<SpikeRecord> split = back.split(SonataSpikes.read(f).get("all"), f.toString());
        assertArrayEquals(new int[] {2, 0, 1}, split.get(0).nodeIds(), "ids 5, 0, 1 by time");
        assertArrayEquals(new double[] {1.0, 3.0, 5.0}, split.get(0).timesMs(), 0.0);
        assertArrayEquals(new int[] {0, 1}, split.get(1).nodeIds(), "ids 2, 3");
        SpikeRecord stray = new SpikeRecord("all");
        stray.add(4, 1.0);
        BadInputException e = assertThrows(BadInputException.class, () -> back.split(stray, "x.h5"));
        assertEquals("x.h5: /spikes/all: node id 4 belongs to none of its groups a, b", e.getMessage());
    }

    /** A second independent reader: h5dump from hdf5-tools. */
    @Test
    void h5dumpReadsTheSpikeFile() {
        ExternalTools.require("hdf5-tools (h5dump)", "h5dump", "--version");
        Path f = writeSample();
        ExternalTools.Run all = ExternalTools.run("h5dump", f.toString());
        assertEquals(0, all.exitCode(), "h5dump of the whole file: " + all.stderr());
        ExternalTools.Run r = ExternalTools.run("h5dump", "-d", "/spikes/RecExc/node_ids", f.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("H5T_STD_U64LE"), r.stdout());
        assertTrue(r.stdout().replaceAll("\\s+", " ").contains("0, 1, 3, 3, 4000"), r.stdout());
    }

    @Test
    void readingAFileWrittenByH5py() {
        ExternalTools.require("python3-h5py", "/usr/bin/python3", "-c", "import h5py");
        Path f = dir.resolve("from_h5py.h5");
        String script = String.join("\n",
                "import h5py, numpy as np, sys",
                "with h5py.File(sys.argv[1], 'w') as f:",
                "    g = f.create_group('spikes/exc')",
                "    g.attrs['sorting'] = 'by_id'",
                "    d = g.create_dataset('timestamps', data=np.array([0.5, 0.25], dtype=np.float32))",
                "    d.attrs['units'] = 's'",
                "    g.create_dataset('node_ids', data=np.array([2, 5], dtype=np.int64))");
        ExternalTools.Run r = ExternalTools.run("/usr/bin/python3", "-c", script, f.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        SpikeRecord e = SonataSpikes.read(f).get("exc");
        assertArrayEquals(new int[] {2, 5}, e.nodeIds());
        assertArrayEquals(new double[] {500.0, 250.0}, e.timesMs(), 1e-9, "seconds converted to ms");
    }

    @Test
    void aFailedWriteLeavesNoFile() {
        Path target = dir.resolve("never.h5");
        assertThrows(UncheckedIOException.class, () -> AtomicFile.write(target, tmp -> {
            Files.writeString(tmp, "partial");
            throw new IOException("disk full");
        }));
        assertFalse(Files.exists(target));
        try (var s = Files.list(dir)) {
            assertEquals(0, s.count(), "no temporary file left behind");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // an existing file is not touched by a failed write
        AtomicFile.writeString(target, "good");
        assertThrows(UncheckedIOException.class, () -> AtomicFile.write(target, tmp -> {
            throw new IOException("fail");
        }));
        try {
            assertEquals("good", Files.readString(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Regression for a jHDF 0.13 defect: a group header written after the last dataset's data is
     * overwritten by jHDF's version string (children are written in hash order), so files with an
     * empty group were unreadable by h5py whenever that group happened to come last. Many layouts
     * (random population names, empty and non-empty populations, traces) must all be readable in
     * full by h5py and h5dump.
     */
    @Test
    void everyLayoutIsReadableByTheHdf5Library() {
        ExternalTools.require("python3-h5py", "/usr/bin/python3", "-c", "import h5py");
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(12);
        for (int file = 0; file < 12; file++) {
            Hdf5Group root = Hdf5Group.root();
            int pops = 1 + rnd.nextInt(6);
            for (int p = 0; p < pops; p++) {
                String name = "p" + Long.toString(rnd.nextLong(1L << 40), 36).substring(0, 1 + rnd.nextInt(7));
                SpikeRecord r = new SpikeRecord(name + p);
                int n = rnd.nextInt(3) == 0 ? 0 : 1 + rnd.nextInt(5);
                for (int k = 0; k < n; k++) {
                    r.add(k, k * 1.5);
                }
                SonataSpikes.add(root, r);
                if (rnd.nextBoolean()) {
                    TraceRecord t = new TraceRecord(name + p, "V_m", "mV", new int[] {0}, 0, 1);
                    if (rnd.nextBoolean()) {
                        t.addSample(new double[] {-65});
                    }
                    t.addTo(root);
                }
            }
            if (!root.has("spikes") && !root.has("traces")) {
                root.dataset("marker", new double[] {1});
            }
            Path f = dir.resolve("layout" + file + ".h5");
            root.writeTo(f);
            ExternalTools.Run r = ExternalTools.run("/usr/bin/python3", "-c",
                    "import h5py, sys\nf = h5py.File(sys.argv[1], 'r')\nf.visititems(lambda n, o: dict(o.attrs))\nprint('ok')", f.toString());
            assertEquals("ok", r.stdout().trim(), "layout " + file + ": " + r.stderr());
            SonataSpikes.read(f);
        }
    }

    @Test
    void emptyGroupsAreRefusedBeforeTheyCorruptAFile() {
        Hdf5Group root = Hdf5Group.root();
        root.group("a").attribute("x", 1.0);
        root.group("zz").dataset("d", new double[] {1});
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> root.writeTo(dir.resolve("bad.h5")));
        assertTrue(e.getMessage().contains("/a is empty"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("bad.h5")));
    }

    @Test
    void emptyArraysAreRefusedBeforeTheyCorruptAFile() {
        Hdf5Group root = Hdf5Group.root();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> root.dataset("x", new double[0]));
        assertTrue(e.getMessage().contains("/x"));
    }

    @Test
    void badSpikeFilesGiveOneClearError() throws IOException {
        Path notHdf = dir.resolve("bad.h5");
        Files.writeString(notHdf, "this is not HDF5");
        BadInputException e = assertThrows(BadInputException.class, () -> SonataSpikes.read(notHdf));
        assertTrue(e.getMessage().startsWith(notHdf.toString()), e.getMessage());
        BadInputException missing = assertThrows(BadInputException.class, () -> SonataSpikes.read(dir.resolve("none.h5")));
        assertTrue(missing.getMessage().contains("not found"), missing.getMessage());
        Hdf5Group root = Hdf5Group.root();
        root.group("other").dataset("x", new double[] {1});
        Path noSpikes = dir.resolve("nospikes.h5");
        root.writeTo(noSpikes);
        assertTrue(assertThrows(BadInputException.class, () -> SonataSpikes.read(noSpikes)).getMessage().contains("/spikes"));
    }
}
