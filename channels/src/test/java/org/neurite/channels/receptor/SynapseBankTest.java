package org.neurite.channels.receptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;

/**
 * Synapse banks against the closed forms of their kinetics. Reference: the analytic response of
 * each linear kinetics to a sum of delta events (superposition), written out independently here;
 * tolerance 1e-9 relative (the bank's propagators are exact, so only rounding remains).
 */
class SynapseBankTest {
    private static final double REL = 1e-9;
    private static final double DT = 0.1;

    /** Event times (on the grid) and weights used for repeated-event tests. */
    private static final double[] TIMES = {0.0, 1.3, 1.3, 4.0, 9.7};
    private static final double[] WEIGHTS = {1.0, 0.5, 0.25, 2.0, 1.5};

    private static void assertRel(double expected, double actual, String what) {
        double tol = REL * Math.max(1e-12, Math.abs(expected));
        assertEquals(expected, actual, Math.max(tol, 1e-15), what);
    }

    /** Runs a single-synapse bank over the events and compares it with the closed form at each step. */
    private static void checkAgainst(ReceptorKinetics k, java.util.function.DoubleUnaryOperator unit) {
        SynapseBank bank = SynapseBank.onePerTarget(Receptor.current("test", k), 1, DT);
        int steps = 200;
        int e = 0;
        for (int s = 0; s <= steps; s++) {
            double t = s * DT;
            while (e < TIMES.length && Math.abs(TIMES[e] - t) < 1e-9) {
                bank.deliver(0, WEIGHTS[e]);
                e++;
            }
            double expected = 0;
            for (int j = 0; j < e; j++) {
                expected += WEIGHTS[j] * unit.applyAsDouble(t - TIMES[j]);
            }
            assertRel(expected, bank.value(0), k.kindName() + " at t=" + t);
            // valueAfter looks ahead exactly without events
            double ahead = 0;
            for (int j = 0; j < e; j++) {
                ahead += WEIGHTS[j] * unit.applyAsDouble(t + 0.037 - TIMES[j]);
            }
            assertRel(ahead, bank.valueAfter(0, 0.037), k.kindName() + " lookahead at t=" + t);
            bank.advance();
        }
    }

    @Test
    void exponentialMatchesClosedForm() {
        double tau = 5.0;
        checkAgainst(new Exponential(tau), t -> Math.exp(-t / tau));
    }

    @Test
    void biExponentialMatchesClosedForm() {
        double r = 0.5;
        double d = 3.0;
        // closed form with the Exp2Syn normalisation computed independently from the peak time
        double tp = r * d / (d - r) * Math.log(d / r);
        double f = 1.0 / (Math.exp(-tp / d) - Math.exp(-tp / r));
        checkAgainst(new BiExponential(r, d), t -> f * (Math.exp(-t / d) - Math.exp(-t / r)));
    }

    @Test
    void alphaMatchesNestNormalisation() {
        double tau = 2.0;
        checkAgainst(new Alpha(tau), t -> Math.E / tau * t * Math.exp(-t / tau));
    }

    @Test
    void nmdaGateMatchesBiExponential() {
        double r = 2.0;
        double d = 70.0;
        double tp = r * d / (d - r) * Math.log(d / r);
        double f = 1.0 / (Math.exp(-tp / d) - Math.exp(-tp / r));
        SynapseBank bank = SynapseBank.onePerTarget(Receptor.conductance("NMDA", Nmda.jahrStevens(r, d), 0.0), 1, DT);
        bank.deliver(0, 1.0);
        for (int s = 0; s < 1000; s++) {
            double t = s * DT;
            assertRel(f * (Math.exp(-t / d) - Math.exp(-t / r)), bank.value(0), "nmda gate at " + t);
            bank.advance();
        }
    }

    @Test
    void biExponentialPeaksAtTheWeight() {
        // Exp2Syn normalisation: one event of weight w peaks at exactly w, at t_peak.
        for (double[] taus : new double[][] {{0.5, 3.0}, {0.2, 10.0}, {2.0, 70.0}, {1.0, 1.1}}) {
            BiExponential k = new BiExponential(taus[0], taus[1]);
            double tp = k.peakTimeMs();
            assertEquals(1.0, k.unitResponse(tp), 1e-12, "peak value for " + k);
            double h = 1e-4 * tp;
            assertTrue(k.unitResponse(tp - h) < 1.0 && k.unitResponse(tp + h) < 1.0, "t_peak is a maximum for " + k);
            // the bank reaches the same peak when the grid hits t_peak
            double dt = tp / 50;
            SynapseBank bank = SynapseBank.onePerTarget(Receptor.conductance("x", k, 0.0), 1, dt);
            bank.deliver(0, 0.7);
            for (int s = 0; s < 50; s++) {
                bank.advance();
            }
            assertEquals(0.7, bank.value(0), 1e-9, "bank peak for " + k);
        }
    }

    @Test
    void alphaPeaksAtTheWeightAtTau() {
        Alpha k = new Alpha(1.7);
        assertEquals(1.0, k.unitResponse(1.7), 1e-14);
        SynapseBank bank = SynapseBank.onePerTarget(Receptor.current("x", k), 1, 0.017);
        bank.deliver(0, 3.0);
        for (int s = 0; s < 100; s++) {
            bank.advance();
        }
        assertEquals(3.0, bank.value(0), 1e-9);
    }

    @Test
    void nmdaBlockFollowsJahrStevens() {
        // Jahr & Stevens 1990: g = 1 / (1 + [Mg]/3.57 * exp(-0.062 V)), [Mg] = 1 mM
        Nmda k = Nmda.jahrStevens(2, 70);
        for (double v = -100; v <= 40; v += 5) {
            double expected = 1.0 / (1.0 + 1.0 / 3.57 * Math.exp(-0.062 * v));
            assertEquals(expected, k.block(v), 1e-14, "block at " + v);
        }
        // ntwk-style parameters and conductance/current through the bank
        Nmda custom = new Nmda(3, 70, 1.2, 0.33, 12.5);
        SynapseBank bank = SynapseBank.onePerTarget(Receptor.conductance("NMDA", custom, 0.0), 1, DT);
        bank.deliver(0, 2.0);
        for (int s = 0; s < 30; s++) {
            bank.advance();
        }
        double v = -55.0;
        double b = 1.0 / (1.0 + 0.33 * 1.2 * Math.exp(v / -12.5));
        assertEquals(bank.value(0) * b, bank.conductance(0, v), 1e-12);
        assertEquals(bank.value(0) * b * (0.0 - v), bank.current(0, v), 1e-10);
    }

    @Test
    void deltaKickIsHandedOverOnceThenForgotten() {
        SynapseBank bank = SynapseBank.onePerTarget(Receptor.current("delta", new Delta()), 2, DT);
        bank.deliver(1, 0.5);
        bank.deliver(1, 0.25);
        assertEquals(0.75, bank.value(1), 0.0);
        assertEquals(0.0, bank.value(0), 0.0);
        bank.advance();
        assertEquals(0.0, bank.value(1), 0.0);
    }

    @Test
    void conductancesAreSummedPerTargetWithReversal() {
        // three synapses on two compartments
        Receptor ampa = Receptor.conductance("AMPA", new Exponential(2.0), 0.0);
        SynapseBank bank = new SynapseBank(ampa, new int[] {1, 0, 1}, DT);
        bank.deliver(0, 1.0);
        bank.deliver(1, 2.0);
        bank.deliver(2, 3.0);
        double[] v = {-70, -60};
        double[] g = new double[2];
        double[] ge = new double[2];
        bank.addConductances(v, g, ge);
        assertEquals(2.0, g[0], 1e-15);
        assertEquals(4.0, g[1], 1e-15);
        assertEquals(0.0, ge[1], 1e-15);
        assertEquals(2.0 * (0 - (-70)), bank.current(1, -70), 1e-12);
        SynapseBank gaba = new SynapseBank(Receptor.conductance("GABA", new Exponential(5.0), -80.0), new int[] {0}, DT);
        gaba.deliver(0, 1.5);
        gaba.addConductances(v, g, ge);
        assertEquals(3.5, g[0], 1e-15);
        assertEquals(-120.0, ge[0], 1e-12);
    }

    /**
     * Exact membrane integration: ∫₀^h e^{−(h−s)/τm}·I(s) ds from the bank's coefficients against
     * the integral computed in closed form here (and by the limit when τm = τs).
     */
    @Test
    void membraneFilterEqualsTheIntegral() {
        double h = 0.1;
        for (double tauM : new double[] {20.0, 5.0, 5.0 + 1e-9, 0.7}) {
            double tauS = 5.0;
            SynapseBank exp = SynapseBank.onePerTarget(Receptor.current("e", new Exponential(tauS)), 1, h);
            exp.deliver(0, 1.0);
            double[] c = exp.membraneFilter(tauM);
            double d = 1 / tauM - 1 / tauS;
            // the difference quotient cancels catastrophically when tauM ~ tauS: use it only when
            // |d| is large, and Simpson quadrature (error < 1e-14) otherwise
            double expected = Math.abs(d) > 1e-3 ? (Math.exp(-h / tauS) - Math.exp(-h / tauM)) / d
                    : simpson(s -> Math.exp(-(h - s) / tauM) * Math.exp(-s / tauS), h);
            assertEquals(expected, exp.filtered(0, c), 1e-12 * expected, "exp tauM=" + tauM);
        }
        // alpha and bi-exponential against composite Simpson quadrature with 2·10^4 panels (error < 1e-14)
        for (ReceptorKinetics k : new ReceptorKinetics[] {new Alpha(0.5), new Alpha(20.0), new BiExponential(0.3, 2.0)}) {
            for (double tauM : new double[] {10.0, 0.5, 2.0}) {
                SynapseBank bank = SynapseBank.onePerTarget(Receptor.current("k", k), 1, h);
                bank.deliver(0, 1.0);
                bank.advance();
                bank.deliver(0, 0.6); // a state that is not a single event
                double[] c = bank.membraneFilter(tauM);
                double quad = simpson(s -> Math.exp(-(h - s) / tauM) * bank.valueAfter(0, s), h);
                assertEquals(quad, bank.filtered(0, c), 1e-12 * Math.abs(quad), k + " tauM=" + tauM);
            }
        }
    }

    /** Composite Simpson rule on [0, h] with 2·10^4 panels. */
    private static double simpson(java.util.function.DoubleUnaryOperator f, double h) {
        int n = 20000;
        double sum = 0;
        for (int j = 0; j <= n; j++) {
            double w = (j == 0 || j == n) ? 1 : (j % 2 == 1 ? 4 : 2);
            sum += w * f.applyAsDouble(h * j / n);
        }
        return sum * h / n / 3;
    }

    /** The alpha-PSC PSP against NEST's closed form (the validation case of neurite validate). */
    @Test
    void alphaPspMatchesNestClosedForm() {
        org.neurite.channels.testing.ValidationCases.assertPasses(new org.neurite.channels.validation.AlphaPspCase());
    }

    @Test
    void badParametersAreRejectedWithTheirName() {
        BadInputException e = assertThrows(BadInputException.class, () -> new Exponential(-1));
        assertTrue(e.getMessage().contains("tau"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> new BiExponential(3, 3));
        assertTrue(e.getMessage().contains("tau_rise"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> new Alpha(Double.NaN));
        assertTrue(e.getMessage().contains("tau"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> Receptor.current("NMDA", Nmda.jahrStevens(2, 70)));
        assertTrue(e.getMessage().contains("NMDA"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> new Nmda(2, 70, -1, 0.3, 12));
        assertTrue(e.getMessage().contains("cMg"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> SynapseBank.onePerTarget(Receptor.current("x", new Exponential(1)), 1, 0.0));
        assertTrue(e.getMessage().contains("dt"), e.getMessage());
    }

    /**
     * The linearised NMDA current is the tangent of I(V) = g·B(V)·(E − V): its value at v equals
     * I(v) and its slope equals a central finite difference of I (step 1e-4 mV, error O(1e-8)).
     * B is Jahr & Stevens' block written out here; the block slope against the same difference.
     */
    @Test
    void nmdaLinearisationIsTheTangentOfTheCurrent() {
        Nmda k = new Nmda(2.0, 70.0, 1.0, 1.0 / 3.57, 1.0 / 0.062);
        SynapseBank bank = new SynapseBank(Receptor.conductance("NMDA", k, 0.0), new int[] {0, 1, 1}, DT);
        bank.deliver(0, 2.0);
        bank.deliver(1, 1.0);
        bank.deliver(2, 0.5);
        for (int s = 0; s < 30; s++) {
            bank.advance();
        }
        double[] v = {-65.0, -30.0};
        double[] g = new double[2];
        double[] ge = new double[2];
        bank.addLinearised(v, g, ge);
        double[] value = {bank.value(0), bank.value(1) + bank.value(2)};
        for (int t = 0; t < 2; t++) {
            final double gt = value[t];
            java.util.function.DoubleUnaryOperator current =
                    x -> gt / (1.0 + 1.0 / 3.57 * Math.exp(-0.062 * x)) * (0.0 - x);
            double h = 1e-4;
            double slope = -(current.applyAsDouble(v[t] + h) - current.applyAsDouble(v[t] - h)) / (2 * h);
            assertEquals(slope, g[t], 1e-7 * Math.abs(gt), "slope conductance at " + v[t] + " mV");
            assertEquals(current.applyAsDouble(v[t]), ge[t] - g[t] * v[t], 1e-12 * Math.abs(gt * 70), "current at " + v[t] + " mV");
            double bSlope = (k.block(v[t] + h) - k.block(v[t] - h)) / (2 * h);
            assertEquals(bSlope, k.blockSlope(v[t]), 1e-9);
        }
        // voltage-independent kinetics: the same sums as addConductances
        SynapseBank ampa = new SynapseBank(Receptor.conductance("AMPA", new BiExponential(0.2, 2.0), 0.0), new int[] {1}, DT);
        ampa.deliver(0, 1.5);
        ampa.advance();
        double[] g1 = new double[2];
        double[] ge1 = new double[2];
        double[] g2 = new double[2];
        double[] ge2 = new double[2];
        ampa.addLinearised(v, g1, ge1);
        ampa.addConductances(v, g2, ge2);
        assertEquals(g2[1], g1[1], 0.0);
        assertEquals(ge2[1], ge1[1], 0.0);
    }

    /** The one-pass sum-and-advance is the same arithmetic as addLinearised followed by advance, for every kinetics. */
    @Test
    void sumAndAdvanceInOnePassEqualsTheTwoCalls() {
        ReceptorKinetics[] kinds = {new Exponential(3.0), new BiExponential(0.5, 4.0), new Alpha(2.0), Nmda.jahrStevens(2.0, 70.0)};
        double[] v = {-70.0, -40.0, -10.0};
        int[] node = {0, 2, 2, 1};
        for (ReceptorKinetics k : kinds) {
            for (boolean conductance : new boolean[] {true, false}) {
                if (!conductance && k instanceof Nmda) {
                    continue;
                }
                Receptor r = conductance ? Receptor.conductance("r", k, 0.0) : Receptor.current("r", k);
                SynapseBank one = new SynapseBank(r, node, DT);
                SynapseBank two = new SynapseBank(r, node, DT);
                double[] g1 = new double[3];
                double[] e1 = new double[3];
                double[] g2 = new double[3];
                double[] e2 = new double[3];
                for (int s = 0; s < 50; s++) {
                    if (s % 7 == 0) {
                        one.deliver(s % 4, 0.3 + s * 0.01);
                        two.deliver(s % 4, 0.3 + s * 0.01);
                    }
                    one.addLinearisedAndAdvance(v, g1, e1);
                    two.addLinearised(v, g2, e2);
                    two.advance();
                    for (int i = 0; i < 4; i++) {
                        assertEquals(two.value(i), one.value(i), 0.0, k.kindName() + " state, step " + s);
                    }
                }
                for (int t = 0; t < 3; t++) {
                    assertEquals(g2[t], g1[t], 0.0, k.kindName() + " g sums");
                    assertEquals(e2[t], e1[t], 0.0, k.kindName() + " g*E sums");
                }
            }
        }
        SynapseBank delta = new SynapseBank(Receptor.current("d", new Delta()), new int[] {1}, DT);
        delta.deliver(0, 2.5);
        double[] g = new double[2];
        double[] e = new double[2];
        delta.addLinearisedAndAdvance(v, g, e);
        assertEquals(2.5, e[1], 0.0);
        assertEquals(0.0, delta.value(0), 0.0);
    }
}
