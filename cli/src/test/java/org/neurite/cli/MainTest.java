package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The exit-code contract of CLI.md, run in-process. */
class MainTest {
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void pluginsListsTheBuiltInReceptorsChannelsAndSources() {
        Result r = run("plugins");
        assertEquals(0, r.code(), r.err());
        for (String name : new String[] {"exp2", "nmda", "alpha", "delta", "hh_na", "hh_k", "pas", "poisson",
            "inhomogeneous_poisson", "spike_times", "dc", "ou_noise"}) {
            assertTrue(r.out().contains(name), name + " missing from:\n" + r.out());
        }
        Result verbose = run("plugins", "--verbose");
        assertTrue(verbose.out().contains("tau_decay [ms] default 3, > 0"), verbose.out());
    }

    @Test
    void badUsageExitsWith2() {
        assertEquals(2, run("no-such-command").code());
        assertEquals(2, run("plugins", "--no-such-option").code());
        assertEquals(2, run().code());
    }

    @Test
    void badInputExitsWith65AndOneLine() {
        Result r = run("bench", "no-such-workload");
        assertEquals(65, r.code());
        String[] lines = r.err().trim().split("\n");
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].startsWith("neurite: parameter WORKLOAD: unknown workload"), lines[0]);
        Result threads = run("bench", "x", "--threads", "0");
        assertEquals(65, threads.code());
        assertTrue(threads.err().contains("--threads"), threads.err());
    }

    @Test
    void versionAndHelpWork() {
        Result v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("neurite "), v.out());
        Result h = run("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("plugins"), h.out());
    }

    @Test
    void validateRunsAnalyticCasesAndSkipsDataCasesWithoutRefs() {
        Result r = run("validate");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("receptor/alpha-psp") && r.out().contains("PASS"), r.out());
        assertTrue(r.out().contains("ion/squid-patch") && r.out().contains("SKIP"), r.out());
        Result bad = run("validate", "--refs", "/no/such/folder");
        assertEquals(65, bad.code());
    }

    @Test
    void validateRunsDataCasesWithRefs() {
        java.nio.file.Path refs = org.neurite.channels.testing.ValidationData.folder("nest_point_neurons").getParent();
        Result r = run("validate", "--refs", refs.toString(), "--only", "squid");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("ion/squid-patch") && r.out().contains("PASS"), r.out());
        assertTrue(r.out().contains("1 passed, 0 failed, 0 skipped"), r.out());
    }
}
