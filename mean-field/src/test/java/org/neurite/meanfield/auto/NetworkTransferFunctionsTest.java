package org.neurite.meanfield.auto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.meanfield.auto.NetworkTransferFunctions.Origin;
import org.neurite.meanfield.network.NetworkMapping;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.meanfield.tf.CoefficientFiles;
import org.neurite.meanfield.tf.Coefficients;
import org.neurite.pointneuron.config.NetworkConfig;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.BuiltinNetworks;
import org.neurite.pointneuron.run.Network;

/**
 * Cache behaviour of the automatic transfer functions, on the ntwk RS-FS demo network with a small grid (the numbers
 * of the full characterisation are checked against references in AutoTransferFunctionCase and DemoTimeCourseTest).
 */
class NetworkTransferFunctionsTest {
    /** 4 rows x (6 + 2) levels, 2 cells x 1 s: enough firing points for the 11 coefficients, fast. */
    static final Characterisation.Settings SMALL = new Characterisation.Settings(30, 4, 6, 12, 2, 500, 2, 1000, 1, 1.0);

    @TempDir
    Path tmp;

    private static NetworkConfig demo(double bRecExc) {
        String text = BuiltinNetworks.text("rsfs_demo").replace("\"b\": 40.0", "\"b\": " + bRecExc);
        return NetworkFile.parse(org.neurite.channels.io.Json.parse(text, "rsfs_demo.json"));
    }

    private static NetworkTransferFunctions.Result resolve(NetworkConfig cfg, TfCache cache, ShotNoise form, int threads,
                                                           ProgressListener progress) {
        Network net = new Network(cfg, 1);
        return NetworkTransferFunctions.resolve(net, NetworkMapping.map(net), Map.of(),
                new NetworkTransferFunctions.Options(form, false, threads, cache), SMALL, progress);
    }

    private static NetworkTransferFunctions.Result resolve(NetworkConfig cfg, TfCache cache) {
        return resolve(cfg, cache, null, 2, ProgressListener.NONE);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void theSecondCallHitsTheCacheWithTheSameCoefficients() throws IOException {
        TfCache cache = TfCache.open(tmp.resolve("tf"), "test cache");
        AtomicLong calls = new AtomicLong();
        NetworkTransferFunctions.Result first = resolve(demo(40), cache, null, 2, (d, t) -> calls.incrementAndGet());
        assertTrue(calls.get() > 0, "the characterisation reports progress");
        for (NetworkTransferFunctions.Outcome o : first.outcomes()) {
            assertEquals(Origin.CHARACTERISED, o.origin(), o.describe());
            assertTrue(o.rmsHz() > 0 && o.rmsHz() < 2, o.describe());
            assertTrue(o.describe().contains("characterised (") && o.describe().contains("fit RMS"), o.describe());
        }
        assertEquals(2, files(cache.directory()).size(), "one entry per population, no temporary file left");
        calls.set(0);
        NetworkTransferFunctions.Result second = resolve(demo(40), cache, null, 2, (d, t) -> calls.incrementAndGet());
        assertEquals(0, calls.get(), "nothing characterised");
        assertEquals(0, second.characterisationSeconds(), 0);
        assertTrue(second.warnings().isEmpty(), second.warnings().toString());
        for (int i = 0; i < 2; i++) {
            NetworkTransferFunctions.Outcome o = second.outcomes().get(i);
            assertEquals(Origin.CACHED, o.origin());
            assertEquals(first.outcomes().get(i).rmsHz(), o.rmsHz(), 0, "the fit RMS is read back");
            assertTrue(o.describe().contains("from the cache, fit RMS"), o.describe());
            String pop = o.population();
            assertArrayEquals(first.coefficients().get(pop).coefficientsMV(), second.coefficients().get(pop).coefficientsMV(), 0);
            assertEquals(first.coefficients().get(pop).domain(), second.coefficients().get(pop).domain());
            // an entry is a fit.json: --tf POP=ENTRY reads it
            Coefficients asFile = CoefficientFiles.read(Path.of(o.source()), null);
            assertArrayEquals(first.coefficients().get(pop).coefficientsMV(), asFile.coefficientsMV(), 0);
        }
    }

    @Test
    void aChangedParameterOrFormMisses() {
        TfCache cache = TfCache.open(tmp.resolve("tf"), "test cache");
        resolve(demo(40), cache);
        NetworkTransferFunctions.Result changed = resolve(demo(60), cache);
        assertEquals(Origin.CHARACTERISED, changed.outcomes().get(0).origin(), "RecExc's b changed");
        assertEquals(Origin.CACHED, changed.outcomes().get(1).origin(), "RecInh did not change");
        NetworkTransferFunctions.Result legacy = resolve(demo(40), cache, ShotNoise.ZERLAUT2018_LEGACY, 2, ProgressListener.NONE);
        assertEquals(Origin.CHARACTERISED, legacy.outcomes().get(0).origin(), "another fluctuation form");
    }

    @Test
    void corruptEntriesAreCharacterisedAgainWithAWarning() throws IOException {
        TfCache cache = TfCache.open(tmp.resolve("tf"), "test cache");
        NetworkTransferFunctions.Result first = resolve(demo(40), cache);
        Path exc = Path.of(first.outcomes().get(0).source());
        Path inh = Path.of(first.outcomes().get(1).source());
        String text = Files.readString(exc);
        // RecExc: cut in the middle (as a crashed writer without the atomic rename would leave it);
        // RecInh: one digit of a coefficient changed (valid JSON, caught by the checksum)
        Files.writeString(exc, text.substring(0, text.length() / 2));
        String inhText = Files.readString(inh);
        int at = inhText.indexOf("\"coefficients_mV\": [") + "\"coefficients_mV\": [".length() + 2;
        char c = inhText.charAt(at);
        Files.writeString(inh, inhText.substring(0, at) + (c == '1' ? '2' : '1') + inhText.substring(at + 1));
        NetworkTransferFunctions.Result again = resolve(demo(40), cache);
        assertEquals(Origin.CHARACTERISED, again.outcomes().get(0).origin());
        assertEquals(Origin.CHARACTERISED, again.outcomes().get(1).origin());
        assertEquals(2, again.warnings().size(), again.warnings().toString());
        assertTrue(again.warnings().get(0).startsWith("the cached transfer function " + exc + " is unusable ("), again.warnings().get(0));
        assertTrue(again.warnings().get(1).contains("checksum mismatch"), again.warnings().get(1));
        assertArrayEquals(first.coefficients().get("RecExc").coefficientsMV(), again.coefficients().get("RecExc").coefficientsMV(), 0,
                "the same seeded characterisation");
        NetworkTransferFunctions.Result third = resolve(demo(40), cache);
        assertEquals(Origin.CACHED, third.outcomes().get(0).origin(), "the entry was rewritten whole");
        assertEquals(Origin.CACHED, third.outcomes().get(1).origin());
        Files.write(exc, new byte[] {(byte) 0xff, 0, 0x13});
        assertEquals(Origin.CHARACTERISED, resolve(demo(40), cache).outcomes().get(0).origin(), "binary garbage");
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        NetworkTransferFunctions.Result one = resolve(demo(40), null, null, 1, ProgressListener.NONE);
        NetworkTransferFunctions.Result two = resolve(demo(40), null, null, 2, ProgressListener.NONE);
        for (String pop : new String[] {"RecExc", "RecInh"}) {
            assertArrayEquals(one.coefficients().get(pop).coefficientsMV(), two.coefficients().get(pop).coefficientsMV(), 0, pop);
        }
        assertTrue(one.outcomes().get(0).describe().endsWith(", not cached"), one.outcomes().get(0).describe());
    }

    @Test
    void givenTransferFunctionsAreKeptAndUnknownPopulationsRefused() {
        NetworkTransferFunctions.Result auto = resolve(demo(40), null);
        Network net = new Network(demo(40), 1);
        NetworkMapping.Mapping m = NetworkMapping.map(net);
        Coefficients given = auto.coefficients().get("RecInh");
        NetworkTransferFunctions.Result r = NetworkTransferFunctions.resolve(net, m, Map.of("RecInh", given),
                new NetworkTransferFunctions.Options(null, false, 2, null), SMALL, ProgressListener.NONE);
        assertEquals(Origin.GIVEN, r.outcomes().get(1).origin());
        assertEquals(Origin.CHARACTERISED, r.outcomes().get(0).origin());
        BadInputException e = assertThrows(BadInputException.class, () -> NetworkTransferFunctions.resolve(net, m,
                Map.of("Exc", given), new NetworkTransferFunctions.Options(null, false, 2, null), SMALL, ProgressListener.NONE));
        assertEquals("parameter transfer function of Exc: no recurrent population of that name (populations: RecExc, RecInh)",
                e.getMessage());
    }

    @Test
    void withAdaptationAsAVariableTheCellIsCharacterisedWithoutIt() {
        Network net = new Network(demo(40), 1);
        NetworkMapping.Mapping m = NetworkMapping.map(net);
        CellType with = CellType.of(net, net.populations().get(0), m.populations().get(0).membrane(), false);
        CellType without = CellType.of(net, net.populations().get(0), m.populations().get(0).membrane(), true);
        assertEquals(40, with.parameters().get("b"), 0);
        assertEquals(1500, with.transientMs(), 0, "3 tau_w");
        assertEquals(0, without.parameters().get("b"), 0);
        assertEquals(0, without.parameters().get("a"), 0);
        assertEquals(100, without.transientMs(), 0);
    }

    @Test
    void unusableFoldersAreOneClearError() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        BadInputException notDir = assertThrows(BadInputException.class, () -> TfCache.open(file, "--tf-cache"));
        assertEquals("parameter --tf-cache: cannot use " + file + " as the transfer-function cache: it is not a folder", notDir.getMessage());
        Path below = file.resolve("tf");
        BadInputException cannot = assertThrows(BadInputException.class, () -> TfCache.open(below, "--tf-cache"));
        assertTrue(cannot.getMessage().startsWith("parameter --tf-cache: cannot use " + below
                + " as the transfer-function cache: it cannot be created"), cannot.getMessage());
    }

    @Test
    void defaultFolderFollowsTheEnvironment() throws IOException {
        assertEquals(Path.of("/c/own"), TfCache.defaultDirectory(Map.of(TfCache.ENV, "/c/own", "XDG_CACHE_HOME", "/x"), "/home/u"));
        assertEquals(Path.of("/x/neurite/tf"), TfCache.defaultDirectory(Map.of("XDG_CACHE_HOME", "/x"), "/home/u"));
        assertEquals(Path.of("/home/u/.cache/neurite/tf"), TfCache.defaultDirectory(Map.of("XDG_CACHE_HOME", "relative"), "/home/u"),
                "XDG: relative paths are ignored");
        assertEquals(Path.of("/home/u/.cache/neurite/tf"), TfCache.defaultDirectory(Map.of(), "/home/u"));
        // an unusable default degrades to no cache with a warning; an unusable folder named by NEURITE_TF_CACHE is an error
        Path file = Files.writeString(tmp.resolve("home"), "not a folder");
        List<String> warnings = new ArrayList<>();
        assertNull(TfCache.openDefault(Map.of(), file.toString(), warnings));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("cannot use " + file.resolve(".cache/neurite/tf") + " as the transfer-function cache"),
                warnings.get(0));
        assertTrue(warnings.get(0).endsWith("the transfer functions are not cached (choose a folder with --tf-cache DIR or "
                + TfCache.ENV + ")"), warnings.get(0));
        BadInputException e = assertThrows(BadInputException.class,
                () -> TfCache.openDefault(Map.of(TfCache.ENV, file.toString()), "/home/u", new ArrayList<>()));
        assertTrue(e.getMessage().startsWith("parameter " + TfCache.ENV + ": cannot use " + file), e.getMessage());
        assertNotEquals(null, TfCache.openDefault(Map.of("XDG_CACHE_HOME", tmp.toString()), "/home/u", warnings));
        assertTrue(Files.isDirectory(tmp.resolve("neurite/tf")));
    }
}
