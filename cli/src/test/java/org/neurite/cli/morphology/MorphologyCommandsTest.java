package org.neurite.cli.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.testing.ValidationData;
import org.neurite.cli.Main;

/** {@code neurite morphology info} and {@code neurite cell run}, in process: output and exit codes. */
class MorphologyCommandsTest {
    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void infoTextAndJson() {
        Path swc = ValidationData.file("morphology_swc", "real/L23pyr-j150811a.CNG.swc");
        Result t = run("morphology", "info", swc.toString(), "--no-progress");
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("soma                   NeuroMorpho 3-point"), t.out());
        Result j = run("morphology", "info", swc.toString(), "--json");
        assertEquals(0, j.code(), j.err());
        JsonValue v = Json.parse(j.out(), "out");
        assertEquals(6860, v.require("samples").asInt());
        // NEURON 8.2.2's areas (validation/neuron_reference): soma 773.9766, apic 3965.9567 µm²
        assertEquals(773.9766, v.require("area_um2_per_type").require("soma").asDouble(), 2e-4, "both rounded to 1e-4");
        assertEquals(3965.9567, v.require("area_um2_per_type").require("apical").asDouble(), 2e-4, "both rounded to 1e-4");
        assertEquals(111, v.require("sections").asInt());
        Result nml = run("morphology", "info", ValidationData.file("neuroml2", "acnet2/pyr_4_sym.cell.nml").toString());
        assertEquals(0, nml.code(), nml.err());
        assertTrue(nml.out().contains("segments               9"), nml.out());
    }

    /**
     * {@code morphology rall-tree}: the written cell (SWC and NeuroML2) has the sections and basal
     * membrane area of the closed form Σ_g 2^g·π·d_g·ℓ with d_g = d_0·r^g (plus the branch-point
     * annuli), and the printed
     * equivalent-cylinder length is Σ_g ℓ·(d_0/d_g)^(1/2) = ℓ·Σ_g 2^(g/3) under the 3/2 rule.
     */
    @Test
    void rallTreeWritesTheTreeTheOptionsDescribe(@TempDir Path dir) {
        double d0 = 3;
        double len = 150;
        double r = Math.pow(2, -2.0 / 3.0);
        double swcArea = 0;
        double nmlArea = 0;
        double eq = 0;
        for (int g = 0; g < 3; g++) {
            double exact = d0 / 2 * Math.pow(r, g);
            nmlArea += Math.pow(2, g) * 2 * Math.PI * exact * len;
            double rg = Math.round(exact * 1e4) / 1e4; // SWC keeps 4 decimals
            swcArea += Math.pow(2, g) * 2 * Math.PI * rg * len;
            if (g < 2) {
                // in SWC a child starts at its parent's end with its own radius: that zero-length
                // frustum is the annulus π(r_p + r_c)(r_p − r_c), counted as NEURON counts 3-D points;
                // NeuroML segments carry their own proximal diameter, so there is no such step
                double rc = Math.round(d0 / 2 * Math.pow(r, g + 1) * 1e4) / 1e4;
                swcArea += Math.pow(2, g + 1) * Math.PI * (rg + rc) * (rg - rc);
            }
            eq += len * Math.pow(2, g / 3.0);
        }
        for (String name : new String[] {"t.swc", "t.cell.nml"}) {
            Path out = dir.resolve(name);
            Result w = run("morphology", "rall-tree", "--out", out.toString(), "--soma-diameter", "15", "--root-diameter", "3",
                    "--branch-length", "150", "--generations", "3");
            assertEquals(0, w.code(), w.err());
            assertTrue(w.out().contains("soma + 7 branches"), w.out());
            assertTrue(w.out().contains(String.format(java.util.Locale.ROOT, "length %.3f um", eq)), w.out() + " expected " + eq);
            JsonValue v = Json.parse(run("morphology", "info", out.toString(), "--json", "--convention", "strict").out(), "info");
            assertEquals(8, v.require("sections").asInt(), name);
            assertEquals(name.endsWith(".swc") ? swcArea : nmlArea, v.require("area_um2_per_type").require("basal").asDouble(), 1e-3, name);
        }
        Result off = run("morphology", "rall-tree", "--out", dir.resolve("o.swc").toString(), "--ratio", "0.9");
        assertEquals(0, off.code(), off.err());
        assertTrue(off.out().contains("3/2 rule: no"), off.out());
    }

    @Test
    void badFilesExit65WithOneLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.swc");
        Files.writeString(bad, "1 1 0 0 0 5 -1\n2 3 0 10 0 1 9\n");
        Result r = run("morphology", "info", bad.toString());
        assertEquals(65, r.code());
        assertEquals("neurite: " + bad + ":2: parent 9 of sample 2 does not exist", r.err().trim());
        Result missing = run("morphology", "info", dir.resolve("none.swc").toString());
        assertEquals(65, missing.code());
        assertEquals(1, missing.err().trim().split("\n").length);
        assertEquals(65, run("morphology", "info", bad.toString(), "--convention", "arbor").code());
        assertEquals(2, run("morphology").code());
        assertEquals(2, run("cell").code());
        assertEquals(2, run("cell", "run").code());
    }

    @Test
    void cellRunWritesFilesAndPrintsProbes(@TempDir Path dir) throws IOException {
        Path swc = ValidationData.file("morphology_swc", "synthetic/arbor_ball_and_stick.swc");
        Path spec = dir.resolve("bs.json");
        Files.writeString(spec, "{\"morphology\": \"" + swc.toString().replace("\\", "/") + "\",\n"
                + " \"passive\": [{\"Ra\": 150, \"g_pas\": 5e-5, \"e_pas\": -70}],\n"
                + " \"current_clamps\": [{\"location\": \"soma\", \"amp_nA\": 0.01, \"delay_ms\": 20, \"dur_ms\": 200}],\n"
                + " \"probes\": [{\"name\": \"soma\", \"location\": \"soma\"}],\n"
                + " \"dt\": 0.025, \"tstop\": 220, \"v_init\": -70, \"record_all_every_ms\": 5}\n");
        Path h5 = dir.resolve("out/cell.h5");
        Path csv = dir.resolve("out/probes.csv");
        Result r = run("cell", "run", spec.toString(), "--out", h5.toString(), "--csv", csv.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(h5) > 0 && Files.size(csv) > 0);
        // NEURON: V_soma at 219.9 ms = −51.888 mV (R_in 1811.2 MΩ × 10 pA)
        String somaLine = r.out().lines().filter(l -> l.startsWith("soma ")).findFirst().orElseThrow();
        assertEquals(-51.888, Double.parseDouble(somaLine.split(" ")[1]), 0.01, r.out());

        Files.writeString(spec, "{\"morphology\": \"" + swc.toString().replace("\\", "/") + "\",\n \"tstop\": -1}\n");
        Path other = dir.resolve("never.h5");
        Result bad = run("cell", "run", spec.toString(), "--out", other.toString());
        assertEquals(65, bad.code());
        assertEquals("neurite: " + spec + ":2: tstop: must be >= 0, got -1.0", bad.err().trim());
        assertFalse(Files.exists(other), "no output on bad input");
    }

    @Test
    void convertSwcToNeuromlAndBack(@TempDir Path dir) {
        Path swc = ValidationData.file("morphology_swc", "synthetic/neurom_Neuron.swc");
        Path nml = dir.resolve("neuron.cell.nml");
        Result r = run("morphology", "convert", swc.toString(), "--out", nml.toString());
        assertEquals(0, r.code(), r.err());
        Result info = run("morphology", "info", nml.toString(), "--json");
        JsonValue v = Json.parse(info.out(), "out");
        // NeuroM's total lengths of this file: axon 207.87975221, basal 418.43241644 µm
        assertEquals(207.87975221, v.require("length_um_per_type").require("axon").asDouble(), 1e-4);
        assertEquals(418.43241644, v.require("length_um_per_type").require("basal").asDouble(), 1e-4);
        Path back = dir.resolve("back.swc");
        assertEquals(0, run("morphology", "convert", nml.toString(), "--out", back.toString()).code());
        assertEquals(65, run("morphology", "convert", swc.toString(), "--out", dir.resolve("x.txt").toString()).code());
    }
}
