package org.neurite.pointneuron.model.ntwk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.receptor.Delta;
import org.neurite.channels.receptor.Exponential;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.testing.ValidationCases;
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.NeuronBlock;
import org.neurite.pointneuron.model.validation.Blocks;
import org.neurite.pointneuron.model.validation.JcnsTransferFunctionCase;
import org.neurite.pointneuron.model.validation.StepDriver;

/** The ntwk cell family (LIF, EIF, AdExp) against closed forms, an independent integrator and the JCNS 2018 data. */
class NtwkCellTest {
    private static final double H = 0.1;
    private static final List<Receptor> PATHWAYS = List.of(
            Receptor.conductance("Exc", new Exponential(5.0), 0.0),
            Receptor.conductance("Inh", new Exponential(5.0), -80.0));

    private static NeuronBlock cell(String model, Map<String, Double> p, Integrator mode) {
        return Blocks.create(model, 1, H, p, mode, PATHWAYS);
    }

    @Test
    void lifEulerIsBrian2sRecursion() {
        // FAST = Brian2's forward Euler: with a constant current, V_j − μ = (1 − h/τ)^j (V_0 − μ) with
        // μ = El + I/Gl, τ = Cm/Gl (closed form of the recursion). The first spike is in the update
        // j₁ − 1 whose result first exceeds Vthre; V is then held at Vreset for R − 1 = 49 updates
        // (Brian2's refractory rule for Trefrac = 5 ms), so the period is R − 1 + j₂ updates, j₂ the
        // same count from Vreset. Tolerance: exact step indices, V within 1e-10 mV (rounding).
        double i = 250.0;
        double mu = -65.0 + i / 10.0; // -40
        double q = 1 - H / 20.0;
        StepDriver d = new StepDriver(cell("LIF", Map.of(), Integrator.FAST), H);
        d.current(0, i, 0, Long.MAX_VALUE);
        double[] v = d.run(1000, "V", 0);
        int j = 1;
        while (mu + Math.pow(q, j) * (-65.0 - mu) <= -50.0) {
            j++;
        }
        long[] spikes = d.spikeSteps(0);
        assertEquals(j - 1, spikes[0], "first spike step");
        for (int k = 1; k < spikes.length; k++) {
            assertEquals(49 + j, spikes[k] - spikes[k - 1], "period in steps");
        }
        for (int k = 0; k < j - 1; k++) {
            assertEquals(mu + Math.pow(q, k + 1) * (-65.0 - mu), v[k], 1e-10);
        }
        for (long k = spikes[0]; k < spikes[0] + 50; k++) {
            assertEquals(-65.0, v[(int) k], 0.0, "held at Vreset after update " + k);
        }
        assertEquals(0, d.block().spikeStampOffset(), "Brian2 stamps spikes at the start of the step");
    }

    @Test
    void lifAccurateCrossesInTheRightStep() {
        // ACCURATE, constant current from rest: the crossing time is τ·ln((μ − V₀)/(μ − Vthre)) in
        // continuous time; the spike is reported in the step that contains it. After the reset (inside
        // that step) V is held to the end of the step and R − 1 more steps, then rises again from the
        // grid time, so each later crossing is (steps of the spike + R)·h + τ·ln((μ − Vreset)/(μ − Vthre)).
        double i = 250.0;
        double mu = -40.0;
        double tFree = 20.0 * Math.log((mu + 65.0) / (mu + 50.0));
        StepDriver d = new StepDriver(cell("LIF", Map.of(), Integrator.ACCURATE), H);
        d.current(0, i, 0, Long.MAX_VALUE);
        d.run(2000);
        long[] spikes = d.spikeSteps(0);
        assertTrue(spikes.length >= 5);
        double start = 0.0;
        for (long s : spikes) {
            double cross = start + tFree;
            assertEquals((long) Math.floor(cross / H), s, "crossing at " + cross + " ms");
            start = (s + 50) * H;
        }
    }

    @Test
    void adexpAccurateFollowsAnIndependentIntegrator() {
        // Subthreshold AdExp (deltaV 2, a 4, b 20) with excitatory and inhibitory conductance events
        // and a current: V and w against commons-math3 Dormand–Prince 8(5,3) at 1e-11 with the same
        // event semantics (events of step s enter the conductance at (s+1)·h). Tolerance 1e-4 mV /
        // 1e-4 pA (the RKF45 controls 1e-6·(1 + h|y'|) per internal step).
        long[] exSteps = {20, 21, 80, 300};
        double[] exW = {4.0, 3.0, 6.0, 5.0};
        long[] inSteps = {150, 151};
        double[] inW = {10.0, 10.0};
        StepDriver d = new StepDriver(cell("AdExp", Map.of(), Integrator.ACCURATE), H);
        d.current(0, 60.0, 0, Long.MAX_VALUE);
        for (int k = 0; k < exSteps.length; k++) {
            d.event(exSteps[k], 0, 0, exW[k]);
        }
        for (int k = 0; k < inSteps.length; k++) {
            d.event(inSteps[k], 1, 0, inW[k]);
        }
        int steps = 600;
        double[] v = new double[steps];
        double[] w = new double[steps];
        for (int k = 0; k < steps; k++) {
            d.advance();
            v[k] = d.block().recordable(0, 0);
            w[k] = d.block().recordable(1, 0);
        }
        assertEquals(0, d.spikeCount(), "the scenario is subthreshold");
        double[] y = {-65.0, 0.0};
        double[] g = {0.0, 0.0};
        DormandPrince853Integrator dp = new DormandPrince853Integrator(1e-9, 0.1, 1e-11, 1e-11);
        double worstV = 0;
        double worstW = 0;
        for (int s = 0; s < steps; s++) {
            final double ge = g[0];
            final double gi = g[1];
            dp.integrate(new FirstOrderDifferentialEquations() {
                @Override
                public int getDimension() {
                    return 2;
                }

                @Override
                public void computeDerivatives(double t, double[] yy, double[] dy) {
                    double e = Math.exp(-t / 5.0);
                    double vv = yy[0];
                    dy[0] = (10.0 * (-65.0 - vv) + 10.0 * 2.0 * Math.exp((vv + 50.0) / 2.0) + ge * e * (0.0 - vv)
                            + gi * e * (-80.0 - vv) + 60.0 - yy[1]) / 200.0;
                    dy[1] = (4.0 * (vv + 65.0) - yy[1]) / 500.0;
                }
            }, 0.0, y, H, y);
            g[0] *= Math.exp(-H / 5.0);
            g[1] *= Math.exp(-H / 5.0);
            for (int k = 0; k < exSteps.length; k++) {
                g[0] += exSteps[k] == s ? exW[k] : 0.0;
            }
            for (int k = 0; k < inSteps.length; k++) {
                g[1] += inSteps[k] == s ? inW[k] : 0.0;
            }
            worstV = Math.max(worstV, Math.abs(y[0] - v[s]));
            worstW = Math.max(worstW, Math.abs(y[1] - w[s]));
        }
        assertTrue(worstV < 1e-4, "max |ΔV| = " + worstV);
        assertTrue(worstW < 1e-4, "max |Δw| = " + worstW);
    }

    @Test
    void fastConvergesToAccurate() {
        // A spiking AdExp driven by 300 pA for 500 ms: Euler at h = 0.01 ms must reproduce the
        // accurate spike train (same count, times within 0.2 ms); at h = 0.1 ms (the ntwk default)
        // the count may differ by one at most. This bounds the FAST mode's error.
        double[] acc = spikes(Integrator.ACCURATE, 0.01);
        double[] fine = spikes(Integrator.FAST, 0.01);
        double[] coarse = spikes(Integrator.FAST, 0.1);
        assertTrue(acc.length >= 8, "spikes: " + acc.length);
        assertEquals(acc.length, fine.length);
        for (int k = 0; k < acc.length; k++) {
            assertEquals(acc[k], fine[k], 0.2, "spike " + k);
        }
        assertTrue(Math.abs(coarse.length - acc.length) <= 1, coarse.length + " vs " + acc.length);
    }

    private static double[] spikes(Integrator mode, double h) {
        NeuronBlock b = Blocks.create("AdExp", 1, h, Map.of(), mode, PATHWAYS);
        StepDriver d = new StepDriver(b, h);
        d.current(0, 300.0, 0, Long.MAX_VALUE);
        d.run((int) Math.round(500 / h));
        return d.spikeTimesMs(0);
    }

    @Test
    void fusedTwoPathwayLoopEqualsTheGeneralOne() {
        // Two exponential pathways take a fused one-pass loop; adding a silent third pathway forces
        // the general multi-pass loop. Same Euler arithmetic: traces equal to rounding (1e-9 mV),
        // same spikes, with adaptation on and off.
        for (String model : new String[] {"AdExp", "LIF"}) {
            List<Receptor> three = List.of(PATHWAYS.get(0), PATHWAYS.get(1), Receptor.conductance("Nmda0", new Exponential(50.0), 0.0));
            StepDriver two = new StepDriver(Blocks.create(model, 2, H, Map.of(), Integrator.FAST, PATHWAYS), H);
            StepDriver gen = new StepDriver(Blocks.create(model, 2, H, Map.of(), Integrator.FAST, three), H);
            for (StepDriver d : new StepDriver[] {two, gen}) {
                d.current(0, 150.0, 0, Long.MAX_VALUE).current(1, 100.0, 0, Long.MAX_VALUE);
                for (int s = 0; s < 3000; s += 7) {
                    d.event(s, 0, s % 2, 3.0);
                    d.event(s + 3, 1, (s + 1) % 2, 2.0);
                }
            }
            for (int k = 0; k < 3000; k++) {
                two.advance();
                gen.advance();
                for (int i = 0; i < 2; i++) {
                    assertEquals(gen.block().recordable(0, i), two.block().recordable(0, i), 1e-9, model + " V step " + k);
                    assertEquals(gen.block().recordable(1, i), two.block().recordable(1, i), 1e-9, model + " w step " + k);
                }
            }
            assertTrue(two.spikeCount() > 5, model + " spikes " + two.spikeCount());
            assertArrayEquals(gen.spikeSteps(0), two.spikeSteps(0));
        }
    }

    @Test
    void jcnsTransferFunctionData() {
        // Reference: JCNS 2018 single-cell transfer-function simulations (RS and FS, 2 × 80 points).
        ValidationCases.assertPasses(new JcnsTransferFunctionCase());
    }

    @Test
    void recordablesAndPorts() {
        NeuronBlock b = cell("AdExp", Map.of(), Integrator.FAST);
        assertEquals(List.of("V", "w_adapt", "GExc", "GInh"), b.recordables());
        assertEquals(List.of("Exc", "Inh"), b.portNames());
        assertEquals(-1, b.portForWeight(1.0), "ntwk events name their pathway");
        StepDriver d = new StepDriver(b, H);
        d.event(3, 1, 0, 5.0);
        double[] g = d.run(40, "GInh", 0);
        assertEquals(5.0, g[3], 0.0);
        // FAST: Brian2's Euler step of dG/dt = −G/τ, G·(1 − h/τ) per step (to rounding)
        for (int k = 4; k < 40; k++) {
            assertEquals(5.0 * Math.pow(1 - H / 5.0, k - 3), g[k], 1e-13, "step " + k);
        }
        // ACCURATE: the exact decay
        StepDriver acc = new StepDriver(cell("AdExp", Map.of(), Integrator.ACCURATE), H);
        acc.event(3, 1, 0, 5.0);
        double[] ga = acc.run(10, "GInh", 0);
        assertEquals(5.0 * Math.exp(-6 * H / 5.0), ga[9], 1e-13);
        b.setState("w_adapt", 0, 12.0);
        assertEquals(12.0, b.recordable(1, 0), 0.0);
    }

    @Test
    void badInput() {
        BadInputException e = assertThrows(BadInputException.class, () -> cell("AdExp", Map.of("Vreset", -40.0), Integrator.FAST));
        assertTrue(e.getMessage().contains("Vreset"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> cell("LIF", Map.of("tauw", -1.0), Integrator.FAST));
        assertTrue(e.getMessage().contains("tauw"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> cell("EIF", Map.of("delta_v", 2.0), Integrator.FAST));
        assertTrue(e.getMessage().contains("delta_v") && e.getMessage().contains("deltaV"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> Blocks.create("AdExp", 1, H, Map.of(), Integrator.FAST,
                List.of(Receptor.current("kick", new Delta()))));
        assertTrue(e.getMessage().contains("kick"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> Blocks.create("LIF", 1, 1.0, Map.of(), Integrator.FAST,
                List.of(Receptor.conductance("Fast", new Exponential(0.5), 0.0))));
        assertTrue(e.getMessage().contains("Fast") && e.getMessage().contains("Tsyn"), e.getMessage());
        NeuronBlock b = cell("AdExp", Map.of(), Integrator.FAST);
        e = assertThrows(BadInputException.class, () -> b.setState("GExc", 0, 1.0));
        assertTrue(e.getMessage().contains("GExc"), e.getMessage());
    }
}
