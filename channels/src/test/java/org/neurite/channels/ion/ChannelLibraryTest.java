package org.neurite.channels.ion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neurite.channels.spi.ChannelPlugin;
import org.neurite.channels.spi.ConcentrationPlugin;
import org.neurite.channels.spi.Plugin;
import org.neurite.channels.spi.Plugins;

/**
 * The channel library against the published equations, typed here a second time in the form of
 * the sources (the NMODL files and papers named in each channel's Javadoc): steady states and time
 * constants at voltages across the physiological range, at the sources' temperatures and away
 * from them. Each closed form below is written as the source writes it, not through neurite's
 * rate forms.
 */
class ChannelLibraryTest {
    private static final double[] VOLTAGES = {-100.3, -85.1, -70.7, -63.2, -55.9, -40.4, -30.6, -10.2, 0.3, 20.7, 40.1};

    private static Gate gate(ChannelType t, String name) {
        return t.gates().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.max(1.0, Math.abs(expected)), what);
    }

    @Test
    void traubMilesSodiumAndPotassiumFollowTheirRates() {
        double vt = -58.0; // Pospischil et al. 2008 use V_T per cell type; any value must shift all rates alike
        Gate m = gate(TraubMiles.sodium(vt), "m");
        Gate h = gate(TraubMiles.sodium(vt), "h");
        Gate n = gate(TraubMiles.potassium(vt), "n");
        for (double v : VOLTAGES) {
            double u = v - vt;
            double am = -0.32 * (u - 13) / (Math.exp(-(u - 13) / 4) - 1);
            double bm = 0.28 * (u - 40) / (Math.exp((u - 40) / 5) - 1);
            double ah = 0.128 * Math.exp(-(u - 17) / 18);
            double bh = 4 / (1 + Math.exp(-(u - 40) / 5));
            double an = -0.032 * (u - 15) / (Math.exp(-(u - 15) / 5) - 1);
            double bn = 0.5 * Math.exp(-(u - 10) / 40);
            close(am / (am + bm), m.steadyState(v), "m_inf " + v);
            close(1 / (am + bm), m.timeConstant(v, 36), "tau_m " + v);
            close(ah / (ah + bh), h.steadyState(v), "h_inf " + v);
            close(1 / (ah + bh), h.timeConstant(v, 36), "tau_h " + v);
            close(an / (an + bn), n.steadyState(v), "n_inf " + v);
            close(1 / (an + bn), n.timeConstant(v, 6.3), "tau_n " + v + " (no temperature factor)");
        }
        assertEquals(3, gate(TraubMiles.sodium(vt), "m").power());
        assertEquals(4, n.power());
    }

    /** kaprox.mod / kadist.mod (Migliore et al. 1999), as written there. */
    private static double[] migliore(double v, double celsius, double vhalfn, double zetan, double gmn, double a0n) {
        double zeta = zetan + (-1) / (1 + Math.exp((v - (-40)) / 5));
        double alpn = Math.exp(1.e-3 * zeta * (v - vhalfn) * 9.648e4 / (8.315 * (273.16 + celsius)));
        double betn = Math.exp(1.e-3 * zeta * gmn * (v - vhalfn) * 9.648e4 / (8.315 * (273.16 + celsius)));
        double qt = Math.pow(5, (celsius - 24) / 10);
        double ninf = 1 / (1 + alpn);
        double taun = betn / (qt * a0n * (1 + alpn));
        if (taun < 0.1) {
            taun = 0.1;
        }
        double alpl = Math.exp(1.e-3 * 3 * (v - (-56)) * 9.648e4 / (8.315 * (273.16 + celsius)));
        double linf = 1 / (1 + alpl);
        double taul = 0.26 * (v + 50) / 1;
        if (taul < 2 / 1.0) {
            taul = 2;
        }
        return new double[] {ninf, taun, linf, taul};
    }

    @Test
    void aTypePotassiumProximalAndDistalMatchMigliore1999AtSeveralTemperatures() {
        ChannelType prox = ATypePotassium.proximal();
        ChannelType dist = ATypePotassium.distal();
        for (double celsius : new double[] {24, 35, 6.3}) {
            for (double v : VOLTAGES) {
                double[] p = migliore(v, celsius, 11, -1.5, 0.55, 0.05);
                double[] d = migliore(v, celsius, -1, -1.8, 0.39, 0.1);
                String at = " v=" + v + " T=" + celsius;
                close(p[0], gate(prox, "n").steadyState(v, celsius), "prox n_inf" + at);
                close(p[1], gate(prox, "n").timeConstant(v, celsius), "prox tau_n" + at);
                close(p[2], gate(prox, "l").steadyState(v, celsius), "prox l_inf" + at);
                close(p[3], gate(prox, "l").timeConstant(v, celsius), "prox tau_l" + at);
                close(d[0], gate(dist, "n").steadyState(v, celsius), "dist n_inf" + at);
                close(d[1], gate(dist, "n").timeConstant(v, celsius), "dist tau_n" + at);
                close(d[2], gate(dist, "l").steadyState(v, celsius), "dist l_inf" + at);
                close(d[3], gate(dist, "l").timeConstant(v, celsius), "dist tau_l" + at);
            }
        }
        // a bank binds the temperature: its gates relax with the 35 C time constant
        ChannelBank bank = new ChannelBank(prox, new int[] {0}, new double[] {1.0}, 35.0);
        double[] v = {-65.0};
        bank.initSteadyState(v, null);
        double[] at35 = migliore(-20.0, 35, 11, -1.5, 0.55, 0.05);
        bank.advance(new double[] {-20.0}, null, 0.3);
        double n0 = migliore(-65.0, 35, 11, -1.5, 0.55, 0.05)[0];
        close(at35[0] + (n0 - at35[0]) * Math.exp(-0.3 / at35[1]), bank.gate(0, 0), "n after 0.3 ms at 35 C");
    }

    @Test
    void mTypePotassiumMatchesYamadaWithItsQ10() {
        Gate p = gate(MTypePotassium.create(), "p");
        for (double celsius : new double[] {36, 23}) {
            double tadj = Math.pow(2.3, (celsius - 36) / 10);
            for (double v : VOLTAGES) {
                close(1 / (1 + Math.exp(-(v + 35) / 10)), p.steadyState(v), "p_inf " + v);
                close(1000 / tadj / (3.3 * Math.exp((v + 35) / 20) + Math.exp(-(v + 35) / 20)), p.timeConstant(v, celsius), "tau_p " + v);
            }
        }
    }

    @Test
    void hCurrentMatchesKole2006() {
        Gate m = gate(HCurrent.create(), "m");
        for (double v : VOLTAGES) {
            double a = 0.001 * 6.43 * (v + 154.9) / (Math.exp((v + 154.9) / 11.9) - 1);
            double b = 0.001 * 193 * Math.exp(v / 33.1);
            close(a / (a + b), m.steadyState(v), "m_inf " + v);
            close(1 / (a + b), m.timeConstant(v, 34), "tau_m " + v);
        }
        assertEquals(-45.0, HCurrent.create().defaultReversalMV(), 0);
    }

    @Test
    void tTypeCalciumMatchesPospischil2008() {
        ChannelType t = TTypeCalcium.create();
        for (double v : VOLTAGES) {
            double vx = 2;
            close(1 / (1 + Math.exp(-(v + vx + 57) / 6.2)), gate(t, "s").steadyState(v), "s_inf " + v);
            close(1 / (1 + Math.exp((v + vx + 81) / 4)), gate(t, "u").steadyState(v), "u_inf " + v);
            double tauU = (30.8 + (211.4 + Math.exp((v + vx + 113.2) / 5)) / (1 + Math.exp((v + vx + 84) / 3.2))) / 3.7;
            close(tauU, gate(t, "u").timeConstant(v, 36), "tau_u " + v);
        }
        assertEquals(Gate.Form.INSTANTANEOUS, gate(t, "s").form());
        assertEquals(2, gate(t, "s").power());
    }

    @Test
    void hvaCalciumMatchesReuveni1993AsInMainensCaMod() {
        ChannelType c = HvaCalcium.create();
        for (double celsius : new double[] {23, 36}) {
            double tadj = Math.pow(2.3, (celsius - 23) / 10);
            for (double v : VOLTAGES) {
                double a = 0.055 * (-27 - v) / (Math.exp((-27 - v) / 3.8) - 1);
                double b = 0.94 * Math.exp((-75 - v) / 17);
                close(a / (a + b), gate(c, "m").steadyState(v), "m_inf " + v);
                close(1 / tadj / (a + b), gate(c, "m").timeConstant(v, celsius), "tau_m " + v);
                a = 0.000457 * Math.exp((-13 - v) / 50);
                b = 0.0065 / (Math.exp((-v - 15) / 28) + 1);
                close(a / (a + b), gate(c, "h").steadyState(v), "h_inf " + v);
                close(1 / tadj / (a + b), gate(c, "h").timeConstant(v, celsius), "tau_h " + v);
            }
        }
    }

    @Test
    void calciumActivatedPotassiumMatchesDestexhe1994() {
        Gate m = gate(CalciumActivatedPotassium.create(), "m");
        assertEquals(Gate.Input.CONCENTRATION, m.input());
        for (double celsius : new double[] {22, 36}) {
            double tadj = Math.pow(3, (celsius - 22.0) / 10);
            for (double cai : new double[] {1e-5, 2.4e-4, 0.01, 0.025, 0.1, 1.0}) {
                double car = (cai / 0.025) * (cai / 0.025);
                double tau = 1 / 0.03 / (1 + car) / tadj;
                if (tau < 0.5) {
                    tau = 0.5;
                }
                close(car / (1 + car), m.steadyState(cai), "m_inf " + cai);
                close(tau, m.timeConstant(cai, celsius), "tau_m " + cai + " at " + celsius);
            }
        }
        // half activation of m at [Ca]i = 25 uM; the channel (m^2) is then a quarter open
        assertEquals(0.25, CalciumActivatedPotassium.create().steadyStateOpen(-70, 0.025), 1e-12);
    }

    @Test
    void nernstPotentialMatchesNeuron() {
        // NEURON 8.2.2 hoc nernst(ci, co, z) with celsius set (printed with repr() on this machine); the
        // 1e-7 mV tolerance (1e-9 relative) covers rounding of R·T/F in NEURON
        assertEquals(127.58951061761749, Ions.nernstMV(2, 5e-5, 2.0, 6.3), 1e-7);
        assertEquals(141.14974846103578, Ions.nernstMV(2, 5e-5, 2.0, 36.0), 1e-7);
        assertEquals(131.9168596574857, Ions.nernstMV(2, 1e-4, 2.0, 36.0), 1e-7);
        assertEquals(63.55150321937486, Ions.nernstMV(1, 10, 140, 6.3), 1e-7);
    }

    @Test
    void everyLibraryChannelIsAPlugin() {
        Set<String> channels = Plugins.of(ChannelPlugin.class).stream().map(Plugin::name).collect(Collectors.toSet());
        assertTrue(channels.containsAll(List.of("hh_na", "hh_k", "traub_na", "traub_k", "ka_prox", "ka_dist", "km", "kahp", "ih",
                "cat", "ca_hva", "cal_ghk", "bk")), channels.toString());
        for (ChannelPlugin p : Plugins.of(ChannelPlugin.class)) {
            assertEquals(p.name(), p.create().name());
            assertTrue(!p.create().source().isEmpty(), p.name() + " cites its source");
        }
        assertEquals("ca_shell", Plugins.find(ConcentrationPlugin.class, "ca_shell").create().name());
    }
}
