package org.neurite.meanfield.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.testing.ValidationData;

class MembraneStatisticsTest {
    private static final Membrane RS = new Membrane(10, 200, -65, -50);
    private static final Pathway EXC = new Pathway("exc", 400, 1, 5, 0);
    private static final Pathway INH = new Pathway("inh", 100, 5, 5, -80);

    @Test
    void singlePathwayClosedForms() {
        // one pathway: tau_V = tau + tau_m exactly, sigma_V^2 = f (U tau)^2 / (2 (tau + tau_m)),
        // mu_G = g_L + Q tau f (derived by hand, f in 1/ms)
        MembraneStatistics s = new MembraneStatistics(RS, List.of(EXC), ShotNoise.TEXTBOOK);
        Moments m = s.compute(new double[] {5.0}, 0.0, new Moments());
        double f = 400 * 5.0 * 1e-3;
        double muG = 10 + 1 * 5 * f;
        double muV = (10 * -65.0) / muG;
        double tauM = 200 / muG;
        double ut = 1 * (0 - muV) / muG * 5;
        assertEquals(muG, m.muG, 1e-12);
        assertEquals(muV, m.muV, 1e-12);
        assertEquals(5 + tauM, m.tauV, 1e-12);
        assertEquals(Math.sqrt(f * ut * ut / (2 * (5 + tauM))), m.sigmaV, 1e-12);
        assertEquals(m.tauV * 10 / 200, m.tauVN, 1e-15);
    }

    @Test
    void meanConductancesMatchTheBrian2Network() {
        // Brian2 RS-FS CONFIG1 network (meanfield_zerlaut/brian2_rsfs_network_rates.json): RS cells see
        // nu_e + drive = 1.606 + 4 Hz through K_e = 400 (Q 1 nS) and nu_i = 8.290 Hz through K_i = 100 (Q 5 nS);
        // their measured mean conductances (3 cells x 5 seeds) must agree with Q tau K nu within 2 SD.
        Path f = ValidationData.file("meanfield_zerlaut", "brian2_rsfs_network_rates.json");
        JsonValue s = Json.read(f).require("summary_mean_sd_over_5_seeds");
        double nuE = s.require("rate_E_Hz_500_end").asDoubleArray()[0];
        double nuI = s.require("rate_I_Hz_500_end").asDoubleArray()[0];
        Pathway drive = new Pathway("drive", 400, 1, 5, 0);
        MembraneStatistics ms = new MembraneStatistics(RS, List.of(EXC, drive), ShotNoise.TEXTBOOK);
        double muGe = ms.compute(new double[] {nuE, 4.0}, 0, new Moments()).muG - RS.glNS();
        MembraneStatistics mi = new MembraneStatistics(RS, List.of(INH), ShotNoise.TEXTBOOK);
        double muGi = mi.compute(new double[] {nuI}, 0, new Moments()).muG - RS.glNS();
        double[] ge = s.require("muGe_E_nS").asDoubleArray();
        double[] gi = s.require("muGi_E_nS").asDoubleArray();
        assertEquals(ge[0], muGe, 2 * ge[1], "mu_Ge [nS]");
        assertEquals(gi[0], muGi, 2 * gi[1], "mu_Gi [nS]");
    }

    @Test
    void legacyFormDropsTheInhibitoryFluctuations() {
        // (Q_i U_i)^2 in SI is (5e-9 / 5e-3)^2 = 1e-12 of (U_i tau_i)^2: sigma_V and tau_V of the legacy form
        // equal those of the excitatory input alone, while mu_G and mu_V are untouched.
        MembraneStatistics legacy = new MembraneStatistics(RS, List.of(EXC, INH), ShotNoise.ZERLAUT2018_LEGACY);
        MembraneStatistics text = new MembraneStatistics(RS, List.of(EXC, INH), ShotNoise.TEXTBOOK);
        Moments l = legacy.compute(new double[] {6, 10}, 0, new Moments());
        Moments t = text.compute(new double[] {6, 10}, 0, new Moments());
        assertEquals(t.muG, l.muG, 1e-12);
        assertEquals(t.muV, l.muV, 1e-12);
        double tauM = 200 / t.muG;
        double ut = 1 * (0 - t.muV) / t.muG * 5;
        double fe = 400 * 6 * 1e-3;
        assertEquals(Math.sqrt(fe * ut * ut / (2 * (5 + tauM))), l.sigmaV, 1e-8);
        assertEquals(5 + tauM, l.tauV, 1e-8);
        assertTrue(t.sigmaV > l.sigmaV * 1.2, "inhibition adds fluctuations in the textbook form");
    }

    @Test
    void adaptationCurrentShiftsTheMeanVoltage() {
        // mu_V = (g_L E_L + sum mu_G,s E_s - W) / mu_G: 100 pA over mu_G nS lowers mu_V by 100/mu_G mV
        MembraneStatistics s = new MembraneStatistics(RS, List.of(EXC, INH), ShotNoise.TEXTBOOK);
        Moments a = s.compute(new double[] {6, 10}, 0, new Moments());
        Moments b = s.compute(new double[] {6, 10}, 100, new Moments());
        assertEquals(a.muV - 100 / a.muG, b.muV, 1e-12);
    }

    @Test
    void noInputGivesRestingStatistics() {
        MembraneStatistics s = new MembraneStatistics(RS, List.of(EXC, INH), ShotNoise.TEXTBOOK);
        Moments m = s.compute(new double[] {0, 0}, 0, new Moments());
        assertEquals(-65, m.muV, 1e-12);
        assertEquals(0, m.sigmaV);
        assertEquals(5 + 20, m.tauV, 1e-12, "limit of small rates: tau + tau_m, both pathways have tau = 5 ms, tau_m = 20 ms");
    }

    @Test
    void skewnessOfOnePathwayClosedForm() {
        // third cumulant of shot noise f * integral of PSP^3 = f (U tau)^3 * 2/(3 (tau + 2 tau_m)(2 tau + tau_m))
        MembraneStatistics s = new MembraneStatistics(RS, List.of(EXC), ShotNoise.TEXTBOOK);
        Moments m = s.compute(new double[] {5.0}, 0, new Moments());
        double f = 2.0;
        double tauM = 200 / m.muG;
        double ut = (0 - m.muV) / m.muG * 5;
        double k3 = f * ut * ut * ut * 2 / (3 * (5 + 2 * tauM) * (10 + tauM));
        assertEquals(k3 / Math.pow(m.sigmaV, 3), m.skewV, 1e-12);
    }

    @Test
    void badRatesAndParametersAreNamed() {
        MembraneStatistics s = new MembraneStatistics(RS, List.of(EXC, INH), ShotNoise.TEXTBOOK);
        BadInputException e = assertThrows(BadInputException.class, () -> s.compute(new double[] {-1, 0}, 0, new Moments()));
        assertTrue(e.getMessage().contains("rate of pathway exc"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> new Pathway("x", 10, 1, 0, 0));
        assertTrue(e.getMessage().contains("pathway x tau"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> new Membrane(0, 200, -65, -50));
        assertTrue(e.getMessage().contains("membrane Gl"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> ShotNoise.parse("legacy", "fluctuations"));
        assertTrue(e.getMessage().contains("zerlaut2018-legacy"), e.getMessage());
    }
}
