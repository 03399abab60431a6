package org.neurite.morphology.cell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.ion.ChannelBank;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.testing.ValidationData;
import org.neurite.morphology.cable.ChannelMechanism;
import org.neurite.morphology.cable.MembraneMechanism;
import org.neurite.morphology.validation.NeuronActiveCase;

/**
 * The spec's {@code channels} section end to end: NEURON's active protocol on the ball-and-stick
 * written as a spec gives NEURON 8.2.2's spike times (validation/neuron_reference); profiles of path
 * distance paint g(d)·area; bad entries are one error naming file and line.
 */
class ChannelSpecTest {
    private static final String ACTIVE = """
            "channels": {
              "celsius": 6.3,
              "reversals_mV": {"na": 50, "k": -77},
              "densities": [
                {"channel": "hh_na", "region": "all", "gbar": 0.12, "tabulated": true},
                {"channel": "hh_k", "region": "all", "gbar": 0.036, "tabulated": true},
                {"channel": "hh_leak", "region": "all", "gbar": 0.0003, "e_mV": -54.3}
              ]
            }""";

    private static Path write(Path dir, Path swc, String channels) throws IOException {
        Path f = dir.resolve("cell.json");
        Files.writeString(f, "{\n  \"morphology\": \"" + swc.toString().replace("\\", "/") + "\",\n"
                + "  \"passive\": [{\"region\": \"all\", \"Ra\": 150, \"cm\": 1}],\n"
                + "  \"current_clamps\": [{\"location\": \"soma\", \"amp_nA\": 0.1, \"delay_ms\": 20, \"dur_ms\": 200}],\n"
                + "  \"probes\": [{\"name\": \"soma\", \"location\": \"soma\"}],\n"
                + "  \"dt\": 0.025, \"tstop\": 250, \"v_init\": -65,\n" + channels + "\n}\n");
        return f;
    }

    @Test
    void neuronsActiveProtocolAsASpecGivesNeuronsSpikeTimes(@TempDir Path dir) throws IOException {
        Path swc = ValidationData.file("morphology_swc", "synthetic/arbor_ball_and_stick.swc");
        CellRun run = CellRun.prepare(write(dir, swc, ACTIVE));
        run.run(ProgressListener.NONE);
        double[] ours = NeuronActiveCase.spikeTimes(run.simulation().probeRecord().column(0), 0.025, 0.0);
        double[] ref = Json.read(ValidationData.file("neuron_reference", "arbor_ball_and_stick_cell_protocols.json"))
                .require("active").require("spike_times_ms_default").asDoubleArray();
        assertArrayEquals(ref, ours, 1e-9);
        assertTrue(run.model().paints().stream().anyMatch(p -> p.startsWith("hh_leak 3.0E-4 S/cm2 on all e=-54.3")), run.model().paints().toString());
    }

    @Test
    void profilesFromJsonPaintDensityOfPathDistanceTimesArea(@TempDir Path dir) throws IOException {
        Path swc = ValidationData.file("morphology_swc", "synthetic/arbor_ball_and_stick.swc");
        CellRun run = CellRun.prepare(write(dir, swc, """
                "channels": {
                  "densities": [
                    {"channel": "km", "region": "basal", "gbar": {"profile": "linear", "g0": 1e-4, "slope_per_um": 2e-7}},
                    {"channel": "ih", "region": "all", "gbar": {"profile": "sigmoid", "g_min": 1e-5, "g_max": 2e-4,
                      "midpoint_um": 100, "width_um": 20, "max": 1.5e-4}},
                    {"channel": "kahp", "region": "soma", "gbar": 0.002}
                  ],
                  "ca_pools": [{"model": "ca_shell", "region": "soma", "tau_ms": 80}]
                }"""));
        CellModel m = run.model();
        var d = m.discretization();
        boolean pool = false;
        int checked = 0;
        for (MembraneMechanism mech : m.mechanisms(0.025, 6.3)) {
            pool |= mech.name().equals("ca_pool");
            if (!(mech instanceof ChannelMechanism c)) {
                continue;
            }
            ChannelBank b = c.bank();
            for (int i = 0; i < b.size(); i++) {
                int node = b.node(i);
                double dist = m.morphology().pathDistance(d.location(node));
                double g = switch (c.name()) {
                    case "km" -> 1e-4 + 2e-7 * dist;
                    case "ih" -> Math.min(1.5e-4, 1e-5 + (2e-4 - 1e-5) / (1 + Math.exp(-(dist - 100) / 20)));
                    default -> 0.002;
                };
                assertEquals(g * d.area(node) * 10, b.gmax(i), 1e-12 * b.gmax(i), c.name() + " at " + dist + " um");
                checked++;
            }
        }
        assertTrue(pool, "the calcium pool is a mechanism");
        assertTrue(checked > 10);
    }

    @Test
    void badEntriesAreOneErrorWithFileAndLine(@TempDir Path dir) throws IOException {
        Path swc = ValidationData.file("morphology_swc", "synthetic/arbor_ball_and_stick.swc");
        BadInputException unknown = assertThrows(BadInputException.class, () -> CellRun.prepare(write(dir, swc,
                "\"channels\": {\"densities\": [{\"channel\": \"nav16\", \"gbar\": 0.1}]}")));
        assertTrue(unknown.getMessage().contains("cell.json:7") && unknown.getMessage().contains("unknown channel \"nav16\"")
                && unknown.getMessage().contains("ka_prox"), unknown.getMessage());
        BadInputException negative = assertThrows(BadInputException.class, () -> CellRun.prepare(write(dir, swc,
                "\"channels\": {\"densities\": [{\"channel\": \"hh_na\", \"gbar\": -0.1}]}")));
        assertTrue(negative.getMessage().contains("cell.json:7") && negative.getMessage().contains(">= 0"), negative.getMessage());
        BadInputException profile = assertThrows(BadInputException.class, () -> CellRun.prepare(write(dir, swc,
                "\"channels\": {\"densities\": [{\"channel\": \"hh_na\", \"gbar\": {\"profile\": \"cubic\"}}]}")));
        assertTrue(profile.getMessage().contains("uniform, linear, exponential or sigmoid"), profile.getMessage());
        BadInputException celsius = assertThrows(BadInputException.class, () -> CellRun.prepare(write(dir, swc,
                "\"celsius\": 34, \"channels\": {\"celsius\": 36}")));
        assertTrue(celsius.getMessage().contains("celsius") && celsius.getMessage().contains("once"), celsius.getMessage());
        BadInputException nernst = assertThrows(BadInputException.class, () -> CellRun.prepare(write(dir, swc,
                "\"channels\": {\"reversals_mV\": {\"na\": \"nernst\"}}")));
        assertTrue(nernst.getMessage().contains("cell.json:7"), nernst.getMessage());
        // a GHK current has no reversal: an e_mV would be ignored, so it is refused
        BadInputException ghkReversal = assertThrows(BadInputException.class, () -> CellRun.prepare(write(dir, swc,
                "\"channels\": {\"densities\": [{\"channel\": \"cal_ghk\", \"gbar\": 0.003, \"e_mV\": 120}]}")));
        assertTrue(ghkReversal.getMessage().contains("cell.json:7") && ghkReversal.getMessage().contains("e_mV")
                && ghkReversal.getMessage().contains("GHK"), ghkReversal.getMessage());
    }
}
