package org.neurite.pointneuron.model.nest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.NeuronBlock;
import org.neurite.pointneuron.model.validation.Blocks;
import org.neurite.pointneuron.model.validation.StepDriver;

/**
 * NEST iaf_cond_exp / iaf_cond_alpha against closed forms and against an independent reference:
 * the same equations integrated step by step with commons-math3's Dormand–Prince 8(5,3) at 1e-11
 * (conductances written in closed form), with NEST's step semantics (events enter at the end of
 * their step, V held at V_reset for t_ref, current latched for one step).
 */
class IafCondTest {
    private static final double H = 0.1;
    private static final double GL = 16.6667;
    private static final double CM = 250.0;

    private static NeuronBlock block(String model, Integrator mode) {
        return Blocks.create(model, 1, H, Map.of(), mode);
    }

    @Test
    void dcResponseIsTheClosedForm() {
        // Constant current only: V = E_L + I/g_L·(1 − exp(−t·g_L/C_m)) from the step the current acts
        // (written in step 0, latched, acts from step 1). FAST is exact here (constant coefficients);
        // ACCURATE is within NEST's RKF45 tolerance (1e-3 mV per step; we allow 1e-4 in total and
        // measure far less).
        for (Integrator mode : Integrator.values()) {
            StepDriver d = new StepDriver(block("iaf_cond_exp", mode), H);
            d.current(0, 200.0, 0, Long.MAX_VALUE);
            double[] v = d.run(300, "V_m", 0);
            for (int k = 1; k < 300; k++) {
                double t = k * H;
                double expected = -70.0 + 200.0 / GL * (1 - Math.exp(-t * GL / CM));
                assertEquals(expected, v[k], mode == Integrator.FAST ? 1e-10 : 1e-4, mode + " t=" + t);
            }
        }
    }

    /** A scenario with DC drive, excitatory and inhibitory events and several spikes. */
    private static final double DC = 400.0;
    private static final long[] EX_STEPS = {10, 12, 13, 60, 61, 150, 151, 152, 400};
    private static final double[] EX_W = {20.0, 15.0, 40.0, 25.0, 30.0, 60.0, 10.0, 10.0, 80.0};
    private static final long[] IN_STEPS = {30, 200, 201, 350};
    private static final double[] IN_W = {10.0, 40.0, 5.0, 20.0};
    private static final int STEPS = 600;

    private static StepDriver scenario(String model, Integrator mode) {
        StepDriver d = new StepDriver(block(model, mode), H);
        d.current(0, DC, 0, Long.MAX_VALUE);
        for (int k = 0; k < EX_STEPS.length; k++) {
            d.event(EX_STEPS[k], 0, 0, EX_W[k]);
        }
        for (int k = 0; k < IN_STEPS.length; k++) {
            d.event(IN_STEPS[k], 1, 0, IN_W[k]);
        }
        return d;
    }

    /** Reference trace and spike steps from Dormand–Prince with NEST's semantics. */
    private static double[] reference(boolean alpha, List<Long> spikesOut) {
        double tauE = 0.2;
        double tauI = 2.0;
        double eEx = 0.0;
        double eIn = -85.0;
        // conductance state: exp: g; alpha: (slope, value) with NEST's e/τ normalisation
        double[] ge = new double[2];
        double[] gi = new double[2];
        double v = -70.0;
        double iStim = 0.0;
        int r = 0;
        double[] out = new double[STEPS];
        DormandPrince853Integrator dp = new DormandPrince853Integrator(1e-9, 0.1, 1e-11, 1e-11);
        for (int s = 0; s < STEPS; s++) {
            final double[] ge0 = ge.clone();
            final double[] gi0 = gi.clone();
            final double drive = iStim;
            if (r == 0) {
                double[] y = {v};
                dp.integrate(new FirstOrderDifferentialEquations() {
                    @Override
                    public int getDimension() {
                        return 1;
                    }

                    @Override
                    public void computeDerivatives(double t, double[] yy, double[] dy) {
                        double gE = alpha ? (ge0[1] + t * ge0[0]) * Math.exp(-t / tauE) : ge0[0] * Math.exp(-t / tauE);
                        double gI = alpha ? (gi0[1] + t * gi0[0]) * Math.exp(-t / tauI) : gi0[0] * Math.exp(-t / tauI);
                        dy[0] = (-GL * (yy[0] + 70.0) - gE * (yy[0] - eEx) - gI * (yy[0] - eIn) + drive) / CM;
                    }
                }, 0.0, y, H, y);
                v = y[0];
            }
            advance(ge, tauE, alpha);
            advance(gi, tauI, alpha);
            for (int k = 0; k < EX_STEPS.length; k++) {
                if (EX_STEPS[k] == s) {
                    ge[alpha ? 0 : 0] += alpha ? EX_W[k] * Math.E / tauE : EX_W[k];
                }
            }
            for (int k = 0; k < IN_STEPS.length; k++) {
                if (IN_STEPS[k] == s) {
                    gi[0] += alpha ? IN_W[k] * Math.E / tauI : IN_W[k];
                }
            }
            if (r > 0) {
                r--;
                v = -60.0;
            } else if (v >= -55.0) {
                r = 20;
                v = -60.0;
                spikesOut.add((long) s);
            }
            iStim = DC;
            out[s] = v;
        }
        return out;
    }

    private static void advance(double[] g, double tau, boolean alpha) {
        double p = Math.exp(-H / tau);
        if (alpha) {
            g[1] = p * g[1] + H * p * g[0];
            g[0] *= p;
        } else {
            g[0] *= p;
        }
    }

    private static long[] toArray(List<Long> l) {
        return l.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void eventsAndSpikesMatchIndependentReference() {
        // Tolerances: ACCURATE 2e-3 mV (NEST's RKF45 accepts 1e-3 mV local error per step; measured
        // errors are ~1e-5 mV); FAST 0.05 mV (second-order error of the step-averaged conductance;
        // measured ~0.01 mV here, with 0.2 ms excitatory synapses, the hardest case). Spike steps
        // must be identical.
        for (boolean alpha : new boolean[] {false, true}) {
            List<Long> refSpikes = new ArrayList<>();
            double[] ref = reference(alpha, refSpikes);
            assertTrue(refSpikes.size() >= 3, "scenario must spike several times: " + refSpikes);
            String model = alpha ? "iaf_cond_alpha" : "iaf_cond_exp";
            for (Integrator mode : Integrator.values()) {
                StepDriver d = scenario(model, mode);
                double[] v = d.run(STEPS, "V_m", 0);
                double worst = 0;
                for (int k = 0; k < STEPS; k++) {
                    worst = Math.max(worst, Math.abs(v[k] - ref[k]));
                }
                double tol = mode == Integrator.ACCURATE ? 2e-3 : 0.05;
                assertTrue(worst < tol, model + " " + mode + ": max |ΔV| = " + worst + " mV");
                assertArrayEquals(toArray(refSpikes), d.spikeSteps(0), model + " " + mode + " spike steps");
            }
        }
    }

    @Test
    void conductanceRecordablesFollowTheBank() {
        // g_ex after a 1 nS event written in step 10: 1 at t = 1.1 ms, then exp(−(t − 1.1)/0.2).
        StepDriver d = new StepDriver(block("iaf_cond_exp", Integrator.FAST), H);
        d.event(10, 0, 0, 1.0);
        double[] g = d.run(20, "g_ex", 0);
        assertEquals(0.0, g[9], 0.0);
        assertEquals(1.0, g[10], 1e-15);
        assertEquals(Math.exp(-0.5), g[11], 1e-15);
    }

    @Test
    void nestWeightRouting() {
        NeuronBlock b = block("iaf_cond_exp", Integrator.FAST);
        assertEquals(List.of("ex", "in"), b.portNames());
        assertEquals(0, b.portForWeight(2.0));
        assertEquals(1, b.portForWeight(-2.0));
        assertEquals(2.0, b.portWeight(-2.0), 0.0);
    }

    @Test
    void zeroDelayInputEntersAtTheEndOfTheStep() {
        // applyInputNow after update(s) equals writing the input for step s.
        StepDriver late = new StepDriver(block("iaf_cond_exp", Integrator.FAST), H);
        StepDriver early = new StepDriver(block("iaf_cond_exp", Integrator.FAST), H);
        early.event(5, 0, 0, 3.0);
        late.run(6);
        late.block().portInput()[0][0] = 3.0;
        late.block().applyInputNow(0, 1);
        early.run(6);
        double[] a = late.run(10, "V_m", 0);
        double[] b = early.run(10, "V_m", 0);
        assertArrayEquals(b, a, 0.0);
    }

    @Test
    void badParameters() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> Blocks.create("iaf_cond_exp", 1, H, Map.of("tau_syn_ex", 0.0), Integrator.FAST));
        assertTrue(e.getMessage().contains("tau_syn_ex"), e.getMessage());
        e = assertThrows(BadInputException.class,
                () -> Blocks.create("iaf_cond_exp", 1, H, Map.of("g_L", -3.0), Integrator.FAST));
        assertTrue(e.getMessage().contains("g_L"), e.getMessage());
        NeuronBlock b = block("iaf_cond_exp", Integrator.FAST);
        e = assertThrows(BadInputException.class, () -> b.setState("g_ex", 0, 1.0));
        assertTrue(e.getMessage().contains("g_ex"), e.getMessage());
    }
}
