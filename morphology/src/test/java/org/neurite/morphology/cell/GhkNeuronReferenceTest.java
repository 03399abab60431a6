package org.neurite.morphology.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.morphology.cable.CableSystem;
import org.neurite.morphology.cable.CalciumMechanism;
import org.neurite.morphology.cable.ChannelMechanism;
import org.neurite.morphology.cable.MembraneMechanism;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.discretize.Discretization;

/**
 * Calcium channels with a GHK current (and the BK channel) painted through a JSON cell spec on a
 * one-compartment soma, against NEURON 8.2.2 running the same cell with .mod files written from the
 * published equations ({@code src/test/resources/neuron/ghk_bk/}: {@code cal2.mod}, {@code cagk.mod},
 * {@code cad.mod}, the script {@code ghk_bk_neuron.py} and its output CSVs, every 0.1 ms). Protocol:
 * soma 20 × 20 µm, NEURON's hh (no tables) + Migliore's L-type (GHK, [Ca]o 2 mM) + a thin-shell pool
 * (+ BK), 0.15 nA from 10 to 110 ms, backward Euler at 0.025 ms, 6.3 °C.
 */
class GhkNeuronReferenceTest {
    static final String SOMA_SWC = """
            1 1 0 0 0 10 -1
            2 1 0 -10 0 10 1
            3 1 0 10 0 10 1
            """;

    static final double DT = 0.025;

    /** The cell spec of the protocol with extra densities (JSON entries) after hh and cal_ghk. */
    static Path spec(Path dir, String extraDensities) throws IOException {
        Files.writeString(dir.resolve("soma.swc"), SOMA_SWC);
        Path f = dir.resolve("cell.json");
        Files.writeString(f, """
                {
                  "morphology": "soma.swc",
                  "discretization": {"policy": "fixed_per_section", "value": 1},
                  "passive": [{"region": "all", "Ra": 100, "cm": 1}],
                  "dt": 0.025, "tstop": 150, "v_init": -65,
                  "channels": {
                    "celsius": 6.3,
                    "reversals_mV": {"na": 50, "k": -77},
                    "ca_out_mM": 2,
                    "densities": [
                      {"channel": "hh_na", "region": "all", "gbar": 0.12},
                      {"channel": "hh_k", "region": "all", "gbar": 0.036},
                      {"channel": "hh_leak", "region": "all", "gbar": 0.0003, "e_mV": -54.3},
                      {"channel": "cal_ghk", "region": "soma", "gbar": 0.003}%s
                    ],
                    "ca_pools": [{"model": "ca_shell", "region": "soma"}]
                  }
                }
                """.formatted(extraDensities));
        return f;
    }

    /** NEURON's rows: t, v, cai, m of cal, o of bk. */
    static List<double[]> reference(String file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GhkNeuronReferenceTest.class.getResourceAsStream("/neuron/ghk_bk/" + file), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] p = line.split(",");
                double[] row = new double[p.length];
                for (int k = 0; k < p.length; k++) {
                    row[k] = Double.parseDouble(p[k]);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Largest differences over the run: |ΔV| [mV], |Δ[Ca]i|/[Ca]i, |Δm|, |Δo|. */
    record Errors(double v, double caRel, double m, double o, double maxCa) {
    }

    static Errors compare(Path specFile, List<double[]> ref) {
        CellRun run = CellRun.prepare(specFile);
        CellModel model = run.model();
        Discretization d = model.discretization();
        assertEquals(1, d.size(), "one compartment");
        assertEquals(1256.637061, d.area(0), 1e-6, "NEURON's area of the soma");
        MembraneMechanism[] mechs = model.mechanisms(DT, 6.3);
        CableSystem cable = new CableSystem(d.parents(), d.capacitances(), d.axialConductances(), mechs, DT, TimeStepping.BACKWARD_EULER);
        CalciumMechanism ca = null;
        ChannelMechanism cal = null;
        ChannelMechanism bk = null;
        for (MembraneMechanism m : mechs) {
            if (m instanceof CalciumMechanism c) {
                ca = c;
            } else if (m instanceof ChannelMechanism c && c.name().equals("cal_ghk")) {
                cal = c;
            } else if (m instanceof ChannelMechanism c && c.name().equals("bk")) {
                bk = c;
            }
        }
        cable.init(-65.0);
        double[] v = cable.voltages();
        double[] inj = cable.injected();
        double[] conc = ca.concentrations();
        double ev = 0;
        double ec = 0;
        double em = 0;
        double eo = 0;
        double maxCa = 0;
        for (int step = 0; step < ref.size() * 4 - 3; step++) {
            if (step % 4 == 0) {
                double[] row = ref.get(step / 4);
                assertEquals(row[0], step * DT, 1e-9);
                ev = Math.max(ev, Math.abs(v[0] - row[1]));
                ec = Math.max(ec, Math.abs(conc[0] - row[2]) / row[2]);
                em = Math.max(em, Math.abs(cal.bank().gate(0, 0) - row[3]));
                if (bk != null) {
                    eo = Math.max(eo, Math.abs(bk.bank().gate(0, 0) - row[4]));
                }
                maxCa = Math.max(maxCa, conc[0]);
            }
            double tMid = step * DT + 0.5 * DT; // NEURON evaluates IClamp at t + dt/2
            inj[0] = tMid >= 10.0 && tMid < 110.0 ? 150.0 : 0.0;
            cable.step();
        }
        return new Errors(ev, ec, em, eo, maxCa);
    }

    @Test
    void lTypeGhkCurrentAndPoolFollowNeuron(@TempDir Path dir) throws IOException {
        Errors e = compare(spec(dir, ""), reference("ghk_neuron.csv"));
        System.out.println("cal_ghk vs NEURON: " + e);
        assertTrue(e.maxCa() > 0.01, "the spikes fill the pool from 1e-4 to > 0.01 mM");
        assertTrue(e.v() < 1e-6, "V within 1e-6 mV: " + e);
        assertTrue(e.caRel() < 1e-9, "[Ca]i within 1e-9 relative: " + e);
        assertTrue(e.m() < 1e-9, "m within 1e-9: " + e);
    }

    @Test
    void bkOnVoltageAndCalciumFollowsNeuron(@TempDir Path dir) throws IOException {
        Errors e = compare(spec(dir, ",\n      {\"channel\": \"bk\", \"region\": \"all\", \"gbar\": 0.01}"), reference("ghk_bk_neuron.csv"));
        System.out.println("cal_ghk + bk vs NEURON: " + e);
        assertTrue(e.maxCa() > 0.01, "the spikes fill the pool from 1e-4 to > 0.01 mM");
        assertTrue(e.v() < 1e-6, "V within 1e-6 mV: " + e);
        assertTrue(e.caRel() < 1e-9, "[Ca]i within 1e-9 relative: " + e);
        assertTrue(e.m() < 1e-9, "m within 1e-9: " + e);
        assertTrue(e.o() < 1e-9, "o within 1e-9: " + e);
    }
}
