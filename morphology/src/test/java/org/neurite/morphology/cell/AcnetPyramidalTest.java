package org.neurite.morphology.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.channels.input.DcSource;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.testing.ValidationData;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.discretize.CvPolicy;
import org.neurite.morphology.io.NeuromlCell;
import org.neurite.morphology.io.NeuromlReader;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * The ACnet2 pyramidal cell's soma (validation/neuroml2/acnet2/pyr_4_sym.cell.nml: a 17 µm × 23 µm
 * cylinder with its Na, Kdr, Ca, Kahp and leak densities, the fixed-factor calcium pool and
 * C_m 2.84 µF/cm²) as a single compartment, its channels read from the NeuroML files, driven by
 * current steps; compared with an independent integration written here — the ODEs typed from the
 * files' rate definitions (see NeuromlChannelsTest), classical Runge–Kutta at 1 µs. There is no
 * simulator output for ACnet2 in validation/ (PROVENANCE.md), so this is the check: the same spike
 * count at every current (an F–I curve) and every spike time within 0.01 ms with Crank–Nicolson at
 * 5 µs (the differences shrink fourfold per halved step, 0.0023 ms at most here: second order,
 * the calcium current being taken at the step's midpoint voltage).
 */
class AcnetPyramidalTest {
    private static final double LENGTH_UM = 17;
    private static final double DIAM_UM = 23;
    private static final double AREA = Math.PI * DIAM_UM * LENGTH_UM; // µm² (lateral surface, as NeuroML/NEURON)

    // densities [S/cm²] and reversals [mV] of pyr_4_sym's soma_group
    private static final double G_NA = 0.12;
    private static final double G_KDR = 0.08;
    private static final double G_CA = 0.01;
    private static final double G_AHP = 0.0025;
    private static final double G_L = 0.1420051e-3;
    private static final double E_NA = 55;
    private static final double E_K = -75;
    private static final double E_CA = 80;
    private static final double E_L = -66;
    private static final double RHO = 9543.150099999999; // mol/(m·A·s)
    private static final double TAU_CA = 100; // ms
    private static final double CA0 = 5e-5; // mM

    private static double expLinear(double rate, double mid, double scale, double v) {
        double x = (v - mid) / scale;
        return Math.abs(x) < 1e-9 ? rate : rate * x / (1 - Math.exp(-x));
    }

    /** Rates at V [mV] / [Ca] [mM] (1/ms), from the files. */
    private static double[] rates(double v, double ca) {
        return new double[] {
            expLinear(1.28, -46.9, 4, v), expLinear(1.4, -19.9, -5, v), // Na m
            0.128 * Math.exp((v + 43) / -18), 4 / (1 + Math.exp(-(v + 20) / 5)), // Na h
            expLinear(0.04, -24.9, 5, v), 0.125 * Math.exp((v + 40) / -40), // Kdr n
            1.6 / (1 + Math.exp(-(v - 5) / 13.89)), expLinear(0.1, -8.9, -5, v), // Ca m
            ca < 500 ? 0.4e-3 * ca : 0.2, 0.02, // Kahp z
        };
    }

    private static double caHInf(double v) {
        return v > -60 ? Math.exp(-50 * (v * 1e-3 + 0.06)) : 1.0;
    }

    /** dy/dt for y = {V, m, h, n, mc, hc, z, ca}; I in pA. */
    private static double[] derivative(double[] y, double iPA) {
        double v = y[0];
        double[] r = rates(v, y[7]);
        double toNS = AREA * 10; // (S/cm²)·µm² → nS
        double iNa = G_NA * toNS * y[1] * y[1] * y[2] * (E_NA - v);
        double iK = G_KDR * toNS * y[3] * (E_K - v);
        double iCa = G_CA * toNS * y[4] * y[4] * y[5] * (E_CA - v);
        double iAhp = G_AHP * toNS * y[6] * (E_K - v);
        double iL = G_L * toNS * (E_L - v);
        double cPF = 2.84 * AREA * 1e-2;
        return new double[] {
            (iNa + iK + iCa + iAhp + iL + iPA) / cPF,
            r[0] * (1 - y[1]) - r[1] * y[1],
            r[2] * (1 - y[2]) - r[3] * y[2],
            r[4] * (1 - y[3]) - r[5] * y[3],
            r[6] * (1 - y[4]) - r[7] * y[4],
            (caHInf(v) - y[5]) / 200.0,
            r[8] * (1 - y[6]) - r[9] * y[6],
            RHO * 1e-3 / AREA * iCa - y[7] / TAU_CA,
        };
    }

    /** Spike times (upward 0 mV crossings, interpolated) of the RK4 solution. */
    private static double[] reference(double ampNA, double delay, double dur, double tstop) {
        double v = -65;
        double[] r = rates(v, CA0);
        double[] y = {v, r[0] / (r[0] + r[1]), r[2] / (r[2] + r[3]), r[4] / (r[4] + r[5]), r[6] / (r[6] + r[7]), caHInf(v),
            r[8] / (r[8] + r[9]), CA0};
        double h = 0.001;
        List<Double> spikes = new ArrayList<>();
        long steps = Math.round(tstop / h);
        for (long s = 0; s < steps; s++) {
            double t = s * h;
            double i0 = t >= delay && t < delay + dur ? ampNA * 1000 : 0;
            double i1 = t + h / 2 >= delay && t + h / 2 < delay + dur ? ampNA * 1000 : 0;
            double[] k1 = derivative(y, i0);
            double[] k2 = derivative(add(y, k1, h / 2), i1);
            double[] k3 = derivative(add(y, k2, h / 2), i1);
            double[] k4 = derivative(add(y, k3, h), i1);
            double vOld = y[0];
            for (int j = 0; j < y.length; j++) {
                y[j] += h / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
            }
            y[7] = Math.max(0, y[7]);
            if (vOld < 0 && y[0] >= 0) {
                spikes.add(t + h * (0 - vOld) / (y[0] - vOld));
            }
        }
        return spikes.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] add(double[] y, double[] k, double f) {
        double[] out = new double[y.length];
        for (int j = 0; j < y.length; j++) {
            out[j] = y[j] + f * k[j];
        }
        return out;
    }

    /** neurite: the soma alone, channels and pool from the NeuroML files. */
    private static double[] neurite(double ampNA, double delay, double dur, double tstop, double dt) {
        NeuromlCell file = NeuromlReader.read(ValidationData.file("neuroml2", "acnet2/pyr_4_sym.cell.nml"));
        Morphology.Builder mb = Morphology.builder();
        mb.addSection(-1, 0, SwcType.SOMA, "soma", new double[] {0, 0, 0, DIAM_UM / 2, 0, LENGTH_UM, 0, DIAM_UM / 2}, null, false);
        CellModel.Builder b = CellModel.builder(mb.build()).cm(Region.all(), 2.84).policy(new CvPolicy.FixedPerSection(1));
        for (NeuromlCell.ChannelDensity cd : file.biophysics().channelDensities()) {
            b.channel(Region.all(), file.channels().channel(cd.ionChannel(), "test"), cd.condDensitySPerCm2(), cd.erevMV());
        }
        b.calciumPool(Region.all(), file.channels().pool("Ca_conc", "test"), file.biophysics().species().get(0).initialMM());
        CellSimulation sim = new CellSimulation(b.build(), dt, TimeStepping.CRANK_NICOLSON, 6.3);
        sim.addCurrentClamp(0, new DcSource(ampNA * 1000, delay, delay + dur), 0);
        sim.addProbe("soma", 0);
        sim.run(tstop, -65, ProgressListener.NONE);
        double[] v = sim.probeRecord().column(0);
        List<Double> spikes = new ArrayList<>();
        for (int i = 1; i < v.length; i++) {
            if (v[i - 1] < 0 && v[i] >= 0) {
                spikes.add((i - 1 + (0 - v[i - 1]) / (v[i] - v[i - 1])) * dt);
            }
        }
        return spikes.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void somaFiIsTheIndependentIntegrations() {
        StringBuilder fi = new StringBuilder();
        double worst = 0;
        for (double amp : new double[] {0.05, 0.1, 0.2, 0.4}) {
            double[] ref = reference(amp, 20, 200, 240);
            double[] ours = neurite(amp, 20, 200, 240, 0.005);
            fi.append(String.format(java.util.Locale.ROOT, " %.2f nA: %d spikes;", amp, ours.length));
            assertEquals(ref.length, ours.length, "spike count at " + amp + " nA (RK4 " + ref.length + ")");
            for (int i = 0; i < ref.length; i++) {
                worst = Math.max(worst, Math.abs(ref[i] - ours[i]));
                assertEquals(ref[i], ours[i], 0.01, "spike " + i + " at " + amp + " nA");
            }
        }
        System.out.println("ACnet2 pyr soma F-I:" + fi + " worst spike-time difference vs RK4 " + worst + " ms");
        assertTrue(fi.toString().contains("0.40 nA") && !fi.toString().contains("0.40 nA: 0 spikes"), fi.toString());
    }
}
