package org.neurite.pointneuron.model.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;

/**
 * The RKF45 integrator against closed forms and an independent high-order integrator
 * (commons-math3 Dormand–Prince 8(5,3) at 1e-12), driven as NEST drives GSL: one call per accepted
 * internal step, the suggested step carried over between simulation steps of 0.1 ms.
 */
class Rkf45Test {
    private static double integrate(Rkf45 rk, OdeSystem f, double[] y, double tEnd, double h) {
        double step = h;
        int n = (int) Math.round(tEnd / h);
        for (int k = 0; k < n; k++) {
            final double t0 = k * h;
            OdeSystem shifted = (tt, yy, d) -> f.derivatives(t0 + tt, yy, d);
            double t = 0;
            while (t < h) {
                t = rk.step(shifted, t, h, step, y);
                step = rk.suggestedStep();
            }
        }
        return step;
    }

    @Test
    void exponentialDecayWithinTolerance() {
        // y' = -y/τ, y(0) = 1: y(t) = exp(-t/τ). Absolute control 1e-6 per step: after 100 steps the
        // global error must stay below 100 × 1e-6 (and is far smaller in practice).
        Rkf45 rk = Rkf45.absolute(1, 1e-6);
        double[] y = {1.0};
        integrate(rk, (t, yy, d) -> d[0] = -yy[0] / 3.0, y, 10.0, 0.1);
        assertEquals(Math.exp(-10.0 / 3.0), y[0], 1e-6);
    }

    @Test
    void harmonicOscillatorAgainstClosedForm() {
        // x'' = -ω² x: x = cos ωt, v = -ω sin ωt; derivative-scaled control 1e-6 (NEST aeif's).
        double w = 2.0;
        Rkf45 rk = Rkf45.derivativeScaled(2, 1e-6);
        double[] y = {1.0, 0.0};
        integrate(rk, (t, yy, d) -> {
            d[0] = yy[1];
            d[1] = -w * w * yy[0];
        }, y, 20.0, 0.1);
        assertEquals(Math.cos(w * 20.0), y[0], 2e-5);
        assertEquals(-w * Math.sin(w * 20.0), y[1], 4e-5);
    }

    @Test
    void vanDerPolAgainstDormandPrince() {
        // A non-linear, moderately stiff system (μ = 5), where the step size must adapt strongly.
        double mu = 5.0;
        OdeSystem f = (t, yy, d) -> {
            d[0] = yy[1];
            d[1] = mu * (1 - yy[0] * yy[0]) * yy[1] - yy[0];
        };
        Rkf45 rk = Rkf45.absolute(2, 1e-7);
        double[] y = {2.0, 0.0};
        integrate(rk, f, y, 15.0, 0.1);
        double[] ref = {2.0, 0.0};
        new DormandPrince853Integrator(1e-10, 1.0, 1e-12, 1e-12).integrate(new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public void computeDerivatives(double t, double[] yy, double[] d) {
                f.derivatives(t, yy, d);
            }
        }, 0.0, ref, 15.0, ref);
        assertEquals(ref[0], y[0], 1e-4, "x");
        assertEquals(ref[1], y[1], 1e-3, "x'");
        assertTrue(rk.rejectedSteps() > 0, "the control must have rejected some steps on this problem");
    }

    @Test
    void stepNeverPassesTheIntervalEnd() {
        Rkf45 rk = Rkf45.absolute(1, 1e-3);
        double[] y = {0.0};
        double t = rk.step((tt, yy, d) -> d[0] = 1.0, 0.0, 0.1, 10.0, y);
        assertEquals(0.1, t, 0.0);
        assertEquals(0.1, y[0], 1e-15);
    }

    @Test
    void nanStateIsReported() {
        Rkf45 rk = Rkf45.absolute(1, 1e-3);
        double[] y = {1.0};
        assertThrows(ArithmeticException.class, () -> rk.step((tt, yy, d) -> d[0] = Double.NaN, 0.0, 0.1, 0.1, y));
    }
}
