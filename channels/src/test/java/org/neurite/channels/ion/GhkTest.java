package org.neurite.channels.ion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;

/**
 * The GHK driving force against the constant-field current equation written here in its
 * permeability form, i = P·zF·c_o·[V·(r − e^(−u))/(1 − e^(−u))]/f with u = V/f and r = c_i/c_o:
 * {@link Ghk#drivingForceMV} must be the bracket (NEURON's ghk). The closed form is evaluated with
 * expm1 (1 − e^(−u) = −expm1(−u)), which keeps full relative precision down to tiny V; at V = 0 its
 * limit is f·(r − 1), and its slope there (1 + r)/2 (from u/(e^u − 1) = 1 − u/2 + O(u²)).
 */
class GhkTest {
    private static final double F = Ions.thermalVoltageMV(2, 6.3);

    private static double closedForm(double v, double ci, double co, double f) {
        if (v == 0) {
            return f * (ci / co - 1.0);
        }
        double u = v / f;
        double oneMinusE = -Math.expm1(-u);
        return v * ((ci / co - 1.0) + oneMinusE) / oneMinusE;
    }

    @Test
    void drivingForceIsTheGhkBracketAcrossVoltagesAndConcentrations() {
        double[] cis = {0.0, 5e-5, 1e-4, 0.0137, 1.0, 2.0, 3.5};
        double[] vs = {-120.3, -65.0, -40.1, -12.0, -0.5, -0.0121, -0.0119, -1e-6, -1e-9, 0.0, 1e-12, 1e-9, 1e-6, 0.0119, 0.0121,
                0.5, 12.0, 40.1, 80.0, 150.0};
        for (double f : new double[] {F, Ions.thermalVoltageMV(2, 36.0)}) {
            for (double ci : cis) {
                for (double v : vs) {
                    double want = closedForm(v, ci, 2.0, f);
                    double got = Ghk.drivingForceMV(v, ci, 2.0, f);
                    assertEquals(want, got, 1e-12 * Math.max(Math.abs(want), 1.0), "v " + v + " ci " + ci + " f " + f);
                }
            }
        }
    }

    @Test
    void atZeroVoltsTheLimitAndSlopeHold() {
        double ci = 1e-4;
        double co = 2.0;
        double r = ci / co;
        assertEquals(F * (r - 1.0), Ghk.drivingForceMV(0.0, ci, co, F), 1e-12 * F);
        assertEquals(F * (r - 1.0) + (1.0 + r) / 2.0 * 1e-7, Ghk.drivingForceMV(1e-7, ci, co, F), 1e-12 * F);
        double h = 1e-4;
        double slope = (Ghk.drivingForceMV(h, ci, co, F) - Ghk.drivingForceMV(-h, ci, co, F)) / (2 * h);
        assertEquals((1.0 + r) / 2.0, slope, 1e-9);
        // no reversal at the Nernst potential is crossed by a sign error: inward below it, outward above
        double e = Ions.nernstMV(2, ci, co, 6.3);
        assertTrue(Ghk.drivingForceMV(e - 1, ci, co, F) < 0);
        assertTrue(Ghk.drivingForceMV(e + 1, ci, co, F) > 0);
        assertEquals(0.0, Ghk.drivingForceMV(e, ci, co, F), 1e-12);
    }

    @Test
    void bankAddsTheLinearisedGhkCurrentWithNeuronsSlope() {
        ChannelType t = new ChannelType("ghk_leak", "ca", 0.0, 1e-3, List.of(), "test").withGhkCurrent();
        int[] node = {0, 2, 2};
        double[] gmax = {3.0, 1.5, 0.25};
        ChannelBank b = new ChannelBank(t, node, gmax, 6.3);
        double[] v = {-70.0, 0.0, 12.5};
        double[] ci = {1e-4, 0.0, 0.003};
        double[] g = new double[3];
        double[] ge = new double[3];
        double[] i = new double[3];
        double[] gi = new double[3];
        b.addGhkConductances(g, ge, v, ci, 2.0, i, gi);
        for (int k : new int[] {0, 2}) {
            double gk = k == 0 ? 3.0 : 1.75;
            double d0 = closedForm(v[k], ci[k], 2.0, F);
            double d1 = closedForm(v[k] + 1e-3, ci[k], 2.0, F);
            assertEquals(-gk * d0, i[k], 1e-12 * Math.abs(gk * d0));
            assertEquals(-gk * d0, ge[k] - g[k] * v[k], 1e-10 * Math.abs(gk * d0));
            assertEquals(gk * (d1 - d0) / 1e-3, g[k], 1e-9 * g[k]);
            assertEquals(g[k], gi[k], 0.0);
        }
        assertEquals(-3.0 * closedForm(-70.0, 1e-4, 2.0, F), b.ghkCurrent(0, -70.0, 1e-4, 2.0), 1e-12);
        assertThrows(IllegalStateException.class, () -> b.addConductances(new double[3], new double[3]), "no ohmic current");
        assertThrows(IllegalStateException.class, () -> b.current(0, -70.0), "no ohmic current");
    }

    @Test
    void onlyCalciumChannelsCarryAGhkCurrent() {
        ChannelType k = new ChannelType("kleak", "k", -77.0, 1e-3, List.of(), "test");
        assertThrows(BadInputException.class, k::withGhkCurrent);
        ChannelBank ohmic = new ChannelBank(new ChannelType("caleak", "ca", 120.0, 1e-3, List.of(), "test"), new int[] {0},
                new double[] {1.0}, 6.3);
        assertThrows(IllegalStateException.class, () -> ohmic.addGhkConductances(new double[1], new double[1], new double[1],
                new double[1], 2.0, new double[1], new double[1]));
    }

    @Test
    void miglioreLTypeFollowsCal2() {
        ChannelType cal = LTypeCalcium.create();
        assertTrue(cal.ghk());
        Gate m = cal.gates().get(0);
        Gate h2 = cal.gates().get(1);
        for (double v : new double[] {-100.3, -70.7, -40.4, -10.2, 0.3, 20.7, 40.1, 81.5 + 0.37}) {
            double a = 15.69 * (81.5 - v) / (Math.exp((81.5 - v) / 10.0) - 1.0);
            double bb = 0.29 * Math.exp(-v / 10.86);
            assertEquals(a / (a + bb), m.steadyState(v), 1e-12, "m_inf at " + v);
            assertEquals(1.0 / (a + bb), m.timeConstant(v, 6.3), 1e-12 * Math.max(1.0, 1.0 / (a + bb)), "tau_m at " + v);
            assertEquals(m.timeConstant(v, 6.3), m.timeConstant(v, 36.0), 0.0, "no q10");
        }
        for (double c : new double[] {0.0, 5e-5, 1e-3, 0.0137}) {
            assertEquals(0.001 / (0.001 + c), h2.steadyStateAt(-65.0, c), 1e-15);
        }
    }
}
