package org.neurite.morphology.synapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.channels.input.ExplicitSource;
import org.neurite.channels.input.RegularSource;
import org.neurite.channels.receptor.Exponential;
import org.neurite.channels.receptor.Nmda;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.cell.CellSimulation;
import org.neurite.morphology.discretize.CvPolicy;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * Synapses in the cable against closed forms: delivery time with delays (an exponential conductance
 * w·exp(−(t − t₀)/τ) from t₀ = spike + delay), tsodyks2 jumps against the recursion of Fuhrmann et
 * al. 2002 written out here, several receptors sharing sites, and the NMDA current's linearisation
 * against an independent fourth-order Runge–Kutta integration of the single-compartment ODE.
 */
class CellSynapsesTest {
    /** One isopotential compartment: a soma cylinder of 20 µm × r 5 µm, pas 1e-4 S/cm² at −70 mV. */
    private static CellModel compartment() {
        Morphology.Builder b = Morphology.builder();
        b.addSection(-1, 0, SwcType.SOMA, null, new double[] {0, 0, 0, 5, 20, 0, 0, 5}, null, false);
        return CellModel.builder(b.build()).pas(Region.all(), 1e-4, -70).policy(new CvPolicy.FixedPerSection(1)).build();
    }

    private static SynapseGroup.Builder group(String name, Receptor r, double w) {
        return SynapseGroup.builder(name, SynapseGroup.Kind.SYNAPSES).receptor(r, w)
                .sites(new Location[] {new Location(0, 0.5)});
    }

    @Test
    void eventsActFromSpikePlusDelayOnTheStepGrid() {
        CellModel cell = compartment();
        assertEquals(1, cell.discretization().size());
        double dt = 0.025;
        double tau = 3.0;
        Receptor exc = Receptor.conductance("E", new Exponential(tau), 0.0);
        SynapseGroup g = group("g", exc, 2.0).oneTrainPerSite(new ExplicitSource(new double[][] {{1.0, 4.0}})).delay(2.0).build();
        CellSynapses syn = new CellSynapses(cell.discretization(), List.of(g), dt);
        syn.addConductanceProbe("gE", "g", 0, "E");
        CellSimulation sim = new CellSimulation(cell, dt, TimeStepping.BACKWARD_EULER, 6.3);
        sim.setSynapses(syn);
        sim.run(10, -70, ProgressListener.NONE);
        double[] gt = syn.probeRecord().column(0);
        // sample k is the state at k·dt before that step's events: 0 up to t = 3 ms, then 2·e^{−(t−3)/τ},
        // plus a second 2·e^{−(t−6)/τ} from 6 ms
        for (int k = 0; k < gt.length; k++) {
            double t = k * dt;
            double expected = (k > 120 ? 2 * Math.exp(-(t - 3.0) / tau) : 0) + (k > 240 ? 2 * Math.exp(-(t - 6.0) / tau) : 0);
            assertEquals(expected, gt[k], 1e-12, "t = " + t);
        }
        assertEquals(2, syn.spikesUsed());
        assertEquals(2, syn.eventsDelivered());
    }

    @Test
    void tsodyks2ScalesEachEventByTheRecursion() {
        CellModel cell = compartment();
        double dt = 0.025;
        double tau = 2.0;
        double w = 1.5;
        double bigU = 0.4;
        double tauRec = 100;
        double tauFac = 50;
        Receptor exc = Receptor.conductance("E", new Exponential(tau), 0.0);
        // 50 Hz from 5 ms: spikes at 5, 25, 45, … (RegularSource: start + k/rate)
        SynapseGroup g = group("g", exc, w).oneTrainPerSite(new RegularSource(1, 50, 5, 200))
                .stp(new SynapseGroup.Tsodyks2(bigU, tauRec, tauFac)).build();
        CellSynapses syn = new CellSynapses(cell.discretization(), List.of(g), dt);
        syn.addConductanceProbe("gE", "g", 0, "E");
        CellSimulation sim = new CellSimulation(cell, dt, TimeStepping.BACKWARD_EULER, 6.3);
        sim.setSynapses(syn);
        sim.run(200, -70, ProgressListener.NONE);
        double[] gt = syn.probeRecord().column(0);
        double decay = Math.exp(-dt / tau);
        double x = 1;
        double u = bigU;
        double tLast = 0;
        for (int k = 0; k < 10; k++) {
            double t = 5 + 20 * k;
            double h = t - tLast;
            x = 1 + (x - x * u - 1) * Math.exp(-h / tauRec);
            u = bigU + u * (1 - bigU) * Math.exp(-h / tauFac);
            tLast = t;
            int s = (int) Math.round(t / dt);
            double jump = gt[s + 1] / decay - gt[s];
            assertEquals(x * u * w, jump, 1e-12, "event " + k);
        }
    }

    @Test
    void receptorsSharingSitesGetTheSameSpikes() {
        CellModel cell = compartment();
        double dt = 0.025;
        Receptor a = Receptor.conductance("A", new Exponential(2.0), 0.0);
        Receptor n = Receptor.conductance("N", Nmda.jahrStevens(2.0, 70.0), 0.0);
        SynapseGroup g = SynapseGroup.builder("g", SynapseGroup.Kind.SYNAPSES).receptor(a, 1.0).receptor(n, 0.5)
                .sites(new Location[] {new Location(0, 0.2), new Location(0, 0.8)})
                .oneTrainPerSite(new ExplicitSource(new double[][] {{1.0}, {2.0}})).build();
        CellSynapses syn = new CellSynapses(cell.discretization(), List.of(g), dt);
        assertEquals(4, syn.synapseCount());
        assertEquals(2, syn.receptorTypes().size());
        CellSimulation sim = new CellSimulation(cell, dt, TimeStepping.BACKWARD_EULER, 6.3);
        sim.setSynapses(syn);
        sim.run(5, -70, ProgressListener.NONE);
        assertEquals(2, syn.spikesUsed());
        assertEquals(4, syn.eventsDelivered(), "each spike reaches both receptors of its site");
        // AMPA states: site 0 from 1 ms, site 1 from 2 ms (exactly e^{-(5-t0)/2})
        assertEquals(Math.exp(-4.0 / 2.0), syn.bank(0).value(0), 1e-12);
        assertEquals(0.5 * Math.exp(-3.0 / 2.0) / 0.5, syn.bank(0).value(1), 1e-12);
    }

    /**
     * A single compartment with NMDA (strong, so the block's slope matters) and AMPA: the voltage
     * against RK4 at a 1 µs step on C·dV/dt = g_L(E_L − V) + g_N(t)·B(V)·(0 − V) + g_A(t)·(0 − V), with the
     * conductances in closed form. Backward Euler with the tangent is first order: the error at
     * 0.025 ms is below 0.1 mV and halves with the step.
     */
    @Test
    void nmdaCurrentConvergesToTheOdeSolution() {
        CellModel cell = compartment();
        double cap = cell.discretization().capacitance(0);
        double gl = cell.leakConductance(0);
        Nmda kin = Nmda.jahrStevens(2.0, 70.0);
        Receptor n = Receptor.conductance("N", kin, 0.0);
        Receptor a = Receptor.conductance("A", new Exponential(2.0), 0.0);
        double wN = 3.0;
        double wA = 2.0;
        double t0 = 1.0;
        double tstop = 60;
        double[] errors = new double[2];
        double peak = -70;
        double[] dts = {0.025, 0.0125};
        for (int run = 0; run < 2; run++) {
            double dt = dts[run];
            SynapseGroup g = SynapseGroup.builder("g", SynapseGroup.Kind.SYNAPSES).receptor(n, wN).receptor(a, wA)
                    .sites(new Location[] {new Location(0, 0.5)}).oneTrainPerSite(new ExplicitSource(new double[][] {{t0}})).build();
            CellSimulation sim = new CellSimulation(cell, dt, TimeStepping.BACKWARD_EULER, 6.3);
            sim.setSynapses(new CellSynapses(cell.discretization(), List.of(g), dt));
            sim.addProbe("v", 0);
            sim.recordProbesEvery(0.5);
            sim.run(tstop, -70, ProgressListener.NONE);
            double[] v = sim.probeRecord().column(0);
            // RK4 reference
            double h = 0.001;
            double vr = -70;
            double worst = 0;
            int samples = (int) Math.round(tstop / 0.5);
            int perSample = (int) Math.round(0.5 / h);
            double t = 0;
            for (int k = 1; k <= samples; k++) {
                for (int i = 0; i < perSample; i++) {
                    double k1 = rhs(t, vr, cap, gl, kin, wN, wA, t0);
                    double k2 = rhs(t + h / 2, vr + h / 2 * k1, cap, gl, kin, wN, wA, t0);
                    double k3 = rhs(t + h / 2, vr + h / 2 * k2, cap, gl, kin, wN, wA, t0);
                    double k4 = rhs(t + h, vr + h * k3, cap, gl, kin, wN, wA, t0);
                    vr += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
                    t = (k - 1) * 0.5 + (i + 1) * h;
                }
                worst = Math.max(worst, Math.abs(v[k] - vr));
                peak = Math.max(peak, vr);
            }
            errors[run] = worst;
        }
        System.out.println("NMDA+AMPA single compartment: peak " + peak + " mV, max error " + errors[0] + " / " + errors[1] + " mV");
        assertTrue(peak > -50, "the input must reach the block's steep range, peak " + peak + " mV");
        assertTrue(errors[0] < 0.1, "max |V - V_RK4| at 0.025 ms: " + errors[0] + " mV");
        double ratio = errors[0] / errors[1];
        assertTrue(ratio > 1.8 && ratio < 2.2, "first order: error ratio " + ratio + " (" + errors[0] + ", " + errors[1] + ")");
    }

    private static double rhs(double t, double v, double cap, double gl, Nmda kin, double wN, double wA, double t0) {
        double s = t - t0;
        double gN = s > 0 ? wN * kin.unitResponse(s) : 0;
        double gA = s > 0 ? wA * Math.exp(-s / 2.0) : 0;
        return (gl * (-70 - v) + gN * kin.block(v) * (0 - v) + gA * (0 - v)) / cap;
    }

    @Test
    void sameGroupTwiceIsRefusedAndWiringIsChecked() {
        CellModel cell = compartment();
        Receptor exc = Receptor.conductance("E", new Exponential(2.0), 0.0);
        SynapseGroup g = group("g", exc, 1.0).oneTrainPerSite(new ExplicitSource(new double[][] {{1.0}})).build();
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.neurite.channels.io.BadInputException.class,
                () -> new CellSynapses(cell.discretization(), List.of(g, g), 0.025));
        assertTrue(e.getMessage().contains("name used twice"), e.getMessage());
        assertArrayEquals(new int[] {0, 1}, g.preOffsets());
    }
}
