package org.neurite.channels.ion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;

/**
 * The BK channel's rates, functions of V and [Ca]ᵢ, against Moczydlowski &amp; Latorre's model
 * typed here as NEURON's cagk.mod writes it (alp = c·abar/(c + exp1(k1, d1, v)),
 * bet = bbar/(1 + c/exp1(k2, d2, v)), exp1 = k·exp(−2·d·FARADAY·v/R/(273.15 + celsius)) with
 * FARADAY in kC/mol so that v in mV is consistent), and a bank step of such a gate against the
 * exponential Euler rule written out.
 */
class BkPotassiumTest {
    private static final double FARADAY_KC = Ions.FARADAY / 1000.0;

    private static double exp1(double k, double d, double v, double celsius) {
        return k * Math.exp(-2 * d * FARADAY_KC * v / Ions.GAS_CONSTANT / (273.15 + celsius));
    }

    private static double alp(double v, double c, double celsius) {
        return c * 0.48 / (c + exp1(0.18, 0.84, v, celsius));
    }

    private static double bet(double v, double c, double celsius) {
        return 0.28 / (1 + c / exp1(0.011, 1.0, v, celsius));
    }

    @Test
    void ratesFollowCagk() {
        Gate o = BkPotassium.create().gates().get(0);
        assertEquals(Gate.Input.VOLTAGE_AND_CONCENTRATION, o.input());
        for (double celsius : new double[] {6.3, 22.0, 36.0}) {
            GateRate.VoltageCalcium a = (GateRate.VoltageCalcium) o.first().atTemperature(celsius);
            GateRate.VoltageCalcium b = (GateRate.VoltageCalcium) o.second().atTemperature(celsius);
            for (double v : new double[] {-100.3, -70.7, -40.4, -10.2, 0.0, 0.3, 20.7, 40.1}) {
                for (double c : new double[] {0.0, 5e-5, 1e-3, 0.0137, 0.2}) {
                    double wa = alp(v, c, celsius);
                    double wb = bet(v, c, celsius);
                    assertEquals(wa, a.at(v, c), 1e-12 * Math.max(wa, 1e-300), "alpha v " + v + " c " + c);
                    assertEquals(wb, b.at(v, c), 1e-12 * wb, "beta v " + v + " c " + c);
                    assertEquals(wa / (wa + wb), o.atTemperature(celsius).steadyStateAt(v, c), 1e-12, "o_inf");
                    assertEquals(1 / (wa + wb), o.timeConstantAt(v, c, celsius), 1e-12 / (wa + wb), "tau");
                }
            }
        }
    }

    @Test
    void bankStepsAGateOnBothInputsPerSite() {
        ChannelBank bank = new ChannelBank(BkPotassium.create(), new int[] {0, 1, 1, 2}, new double[] {1, 2, 3, 4}, 6.3);
        double[] v = {-65.0, -20.0, 35.0};
        double[] c = {1e-4, 0.004, 0.02};
        bank.initSteadyState(v, c);
        double[] v2 = {-60.0, 0.0, 10.0};
        double[] c2 = {2e-4, 0.008, 0.015};
        bank.advance(v2, c2, 0.025);
        int[] node = {0, 1, 1, 2};
        for (int i = 0; i < 4; i++) {
            int k = node[i];
            double a0 = alp(v[k], c[k], 6.3);
            double x0 = a0 / (a0 + bet(v[k], c[k], 6.3));
            double a = alp(v2[k], c2[k], 6.3);
            double sum = a + bet(v2[k], c2[k], 6.3);
            double want = a / sum + (x0 - a / sum) * Math.exp(-0.025 * sum);
            assertEquals(want, bank.gate(0, i), 1e-12, "site " + i);
        }
        assertEquals(4 * bank.gate(0, 3) * (-77.0 - 10.0), bank.current(3, 10.0), 1e-12);
    }

    @Test
    void gatesAndFunctionsMustAgreeOnTheirInputs() {
        GateRate.VoltageCalcium f = new GateRate.VoltageCalcium("c", (v, ca, t) -> ca, 20.0);
        assertThrows(BadInputException.class, () -> Gate.rates("x", 1, f, f));
        assertThrows(BadInputException.class, () -> new Gate("x", 1, Gate.Form.RATES, new GateRate.Constant(1), f,
                Gate.Input.VOLTAGE_AND_CONCENTRATION, 1, 0));
        assertThrows(UnsupportedOperationException.class, () -> f.at(1.0));
        assertThrows(IllegalArgumentException.class, () -> Gate.ratesOfVoltageAndCalcium("x", 1, f, f).tabulated(-100, 100, 10, 6.3));
    }
}
