package org.neurite.channels.ion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;

/**
 * HH gates against the formulas of the Rallpack 3 specification
 * (../shared/validation/rallpack/PROVENANCE.md), typed here independently in the spec's own
 * (A, B, V0) form: α = A(v−V0)/(exp((v−V0)/B) − 1), β = A·exp((v−V0)/B), etc.
 */
class GateTest {
    private static double expLinear(double a, double b, double v0, double v) {
        return a * (v - v0) / (Math.exp((v - v0) / b) - 1);
    }

    private static double exp(double a, double b, double v0, double v) {
        return a * Math.exp((v - v0) / b);
    }

    private static double sigmoid(double a, double b, double v0, double v) {
        return a / (Math.exp((v - v0) / b) + 1);
    }

    @Test
    void ratesMatchTheRallpack3Specification() {
        for (double v = -100.3; v <= 60; v += 0.7) {
            assertEquals(expLinear(-0.1, -10, -40, v), SquidHh.ALPHA_M.at(v), 1e-12 * Math.max(1, Math.abs(SquidHh.ALPHA_M.at(v))), "alpha_m " + v);
            assertEquals(exp(4.0, -18, -65, v), SquidHh.BETA_M.at(v), 1e-12 * SquidHh.BETA_M.at(v), "beta_m " + v);
            assertEquals(exp(0.07, -20, -65, v), SquidHh.ALPHA_H.at(v), 1e-12 * SquidHh.ALPHA_H.at(v), "alpha_h " + v);
            assertEquals(sigmoid(1.0, -10, -35, v), SquidHh.BETA_H.at(v), 1e-12, "beta_h " + v);
            assertEquals(expLinear(-0.01, -10, -55, v), SquidHh.ALPHA_N.at(v), 1e-12, "alpha_n " + v);
            assertEquals(exp(0.125, -80, -65, v), SquidHh.BETA_N.at(v), 1e-12, "beta_n " + v);
        }
        // the removable singularities take their limits: A·B for the exp-linear form
        assertEquals(1.0, SquidHh.ALPHA_M.at(-40.0), 1e-12);
        assertEquals(0.1, SquidHh.ALPHA_N.at(-55.0), 1e-12);
        assertEquals(1.0, SquidHh.ALPHA_M.at(-40.0 + 1e-9), 1e-9);
    }

    @Test
    void steadyStatesAtRestMatchBrian2Rallpack3Values() {
        // Brian2 test_spatialneuron.py initial gates for Rallpack 3 at -65 mV
        assertEquals(0.0529324852572, SquidHh.sodium().gates().get(0).steadyState(-65), 1e-12);
        assertEquals(0.596120753508, SquidHh.sodium().gates().get(1).steadyState(-65), 1e-12);
        assertEquals(0.317676914061, SquidHh.potassium().gates().get(0).steadyState(-65), 1e-12);
    }

    @Test
    void timeConstantsFollowRatesAndTemperature() {
        Gate m = SquidHh.sodium().gates().get(0);
        for (double v = -89.5; v <= 30; v += 10) {
            double a = expLinear(-0.1, -10, -40, v);
            double b = exp(4.0, -18, -65, v);
            assertEquals(1 / (a + b), m.timeConstant(v, 6.3), 1e-12, "tau_m at 6.3 C, v=" + v);
            // q10 = 3: ten degrees warmer is three times faster
            assertEquals(1 / (3 * (a + b)), m.timeConstant(v, 16.3), 1e-12, "tau_m at 16.3 C, v=" + v);
            assertEquals(a / (a + b), m.steadyState(v), 1e-12);
        }
        Gate infTau = Gate.infTau("x", 1, new GateRate.SigmoidRate(1, -30, 5), new GateRate.Constant(4));
        assertEquals(4.0, infTau.timeConstant(-10, 20), 0.0);
        assertEquals(1 / (1 + Math.exp(-(-10 + 30) / 5.0)), infTau.steadyState(-10), 1e-15);
    }

    @Test
    void badGatesAreRejected() {
        assertTrue(assertThrows(BadInputException.class, () -> new GateRate.ExpRate(1, 0, 0)).getMessage().contains("scale"));
        assertTrue(assertThrows(BadInputException.class,
                () -> Gate.rates("m", 0, SquidHh.ALPHA_M, SquidHh.BETA_M)).getMessage().contains("power"));
        assertTrue(assertThrows(BadInputException.class,
                () -> Gate.rates("m", 1, SquidHh.ALPHA_M, SquidHh.BETA_M).withQ10(-1, 6.3))
                .getMessage().contains("q10"));
    }
}
