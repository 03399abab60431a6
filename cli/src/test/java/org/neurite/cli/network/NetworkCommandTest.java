package org.neurite.cli.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.record.SonataSpikes;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.testing.ValidationData;
import org.neurite.cli.Main;

/** `neurite network run|info` in-process: output lines, results file, exit codes (CLI.md). */
class NetworkCommandTest {
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

    static Path example(String name) {
        return ValidationData.repositoryRoot().resolve("examples").resolve(name);
    }

    @Test
    @DisplayName("an ntwk params.json runs unchanged: one line per population, SONATA spikes in results.h5")
    void runNtwkParams() {
        Path cfg = ValidationData.file("meanfield_zerlaut", "seed_configs/RS-FS_2017.params.json");
        Path out = dir.resolve("rsfs.h5");
        Result r = run("network", "run", cfg.toString(), "--tstop", "60", "--out", out.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().trim().split("\n");
        assertEquals(2, lines.length, r.out());
        assertTrue(lines[0].matches("RecExc 4000 \\d+ \\d+\\.\\d{4}"), lines[0]);
        assertTrue(lines[1].matches("RecInh 1000 \\d+ \\d+\\.\\d{4}"), lines[1]);
        Map<String, SpikeRecord> spikes = SonataSpikes.read(out);
        long n = Long.parseLong(lines[0].split(" ")[2]);
        assertEquals(n, spikes.get("RecExc").size(), "every RecExc spike is in the file");
    }

    @Test
    @DisplayName("a neurite file with --threads 2 gives the same lines and a byte-identical results file")
    void runNeuriteFile() throws IOException {
        Path cfg = example("coba.json");
        Result one = run("network", "run", cfg.toString(), "--tstop", "40", "--out", dir.resolve("a.h5").toString(), "--no-progress");
        Result two = run("network", "run", cfg.toString(), "--tstop", "40", "--threads", "2", "--out", dir.resolve("b.h5").toString(),
                "--no-progress");
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), two.out());
        assertTrue(one.out().startsWith("exc 3200 "), one.out());
        assertEquals(-1L, Files.mismatch(dir.resolve("a.h5"), dir.resolve("b.h5")), "results files differ");
    }

    @Test
    @DisplayName("network info lists populations and synapses per pathway")
    void info() {
        Result r = run("network", "info", example("coba.json").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("exc 3200 iaf_cond_exp excitatory"), r.out());
        assertTrue(r.out().contains("exc->all 256000"), r.out());
        assertTrue(r.out().contains("inh->all 64000"), r.out());
    }

    @Test
    @DisplayName("bad input exits 65 with one line naming file and key; no results file is written")
    void badInput() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(example("coba.json")).replace("\"model\": \"iaf_cond_exp\"", "\"model\": \"iaf_cond_foo\""));
        Path out = dir.resolve("never.h5");
        Result r = run("network", "run", bad.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(65, r.code());
        String[] lines = r.err().trim().split("\n");
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].contains("bad.json:") && lines[0].contains("groups[0].model") && lines[0].contains("iaf_cond_foo"), lines[0]);
        assertFalse(Files.exists(out));
        assertEquals(65, run("network", "run", dir.resolve("missing.json").toString()).code());
        assertEquals(65, run("network", "info", bad.toString()).code());
        assertEquals(65, run("network", "run", example("coba.json").toString(), "--threads", "0").code());
        assertEquals(65, run("network", "run", example("coba.json").toString(), "--dt", "-1").code());
    }

    @Test
    @DisplayName("bad usage exits 2")
    void badUsage() {
        assertEquals(2, run("network").code());
        assertEquals(2, run("network", "run").code());
        assertEquals(2, run("network", "run", "x.json", "--no-such-option").code());
    }
}
