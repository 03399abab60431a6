package org.neurite.channels.ion;

import java.util.List;

/**
 * The A-type potassium channels of Migliore, Hoffman, Magee &amp; Johnston 1999 (J Comput Neurosci
 * 7:5; ModelDB 2796, {@code kaprox.mod} and {@code kadist.mod}), fitted to the proximal and distal
 * (&gt; 100 µm) dendritic A-currents of CA1 pyramidal cells measured by Hoffman et al. 1997
 * (Nature 387:869). Conductance ḡ·n·l; V in mV, T = 273.16 + celsius [K], the Boltzmann
 * exponents in units of F/RT with the source's constants F = 9.648e4 C/mol, R = 8.315 J/(mol·K):
 * <pre>
 *   ζ_n(V) = ζ_n0 + pw/(1 + exp((V − tq)/qq))            (pw = −1, tq = −40 mV, qq = 5 mV)
 *   α_n(V) = exp(1e-3·ζ_n(V)·(V − V½n)·F/(R·T))           β_n(V) = exp(1e-3·ζ_n(V)·g_mn·(V − V½n)·F/(R·T))
 *   n∞ = 1/(1 + α_n)                                       τ_n = max(β_n/(q_t·a0n·(1 + α_n)), 0.1 ms)
 *   α_l(V) = exp(1e-3·ζ_l·(V − V½l)·F/(R·T))               (ζ_l = 3, V½l = −56 mV)
 *   l∞ = 1/(1 + α_l)                                       τ_l = max(0.26 ms/mV·(V + 50), 2 ms)
 *   q_t = 5^((celsius − 24)/10)
 * </pre>
 * Proximal: V½n = 11 mV, ζ_n0 = −1.5, g_mn = 0.55, a0n = 0.05/ms. Distal: V½n = −1 mV,
 * ζ_n0 = −1.8, g_mn = 0.39, a0n = 0.1/ms. The temperature enters both the Boltzmann factors and,
 * through q_t (q10 = 5 from 24 °C), τ_n before its floor, so the gates are {@link GateRate.Thermal}
 * functions bound when a bank is made. Default density 0.008 S/cm² ({@code kaprox.mod}'s
 * gkabar), E_K −90 mV (the 1999 model's ek).
 */
public final class ATypePotassium {
    private static final double F = 9.648e4; // C/mol, as in the source
    private static final double R = 8.315; // J/(mol K), as in the source
    private static final double PW = -1.0;
    private static final double TQ = -40.0;
    private static final double QQ = 5.0;
    private static final double ZETA_L = 3.0;
    private static final double VHALF_L = -56.0;
    private static final double N_MIN_MS = 0.1;
    private static final double L_MIN_MS = 2.0;
    private static final double Q10 = 5.0;
    private static final double Q10_REFERENCE_C = 24.0;
    private static final String SOURCE = "Migliore et al. 1999, J Comput Neurosci 7:5 (ModelDB 2796)";

    private ATypePotassium() {
    }

    /** Proximal A-type K ({@code kaprox}): V½n 11 mV, ζ_n −1.5, g_mn 0.55, a0n 0.05/ms. */
    public static ChannelType proximal() {
        return build("ka_prox", 11.0, -1.5, 0.55, 0.05);
    }

    /** Distal A-type K ({@code kadist}, beyond 100 µm): V½n −1 mV, ζ_n −1.8, g_mn 0.39, a0n 0.1/ms. */
    public static ChannelType distal() {
        return build("ka_dist", -1.0, -1.8, 0.39, 0.1);
    }

    private static double inverseThermalVoltage(double celsius) {
        return 1e-3 * F / (R * (273.16 + celsius)); // 1/mV
    }

    private static ChannelType build(String name, double vHalfN, double zetaN, double gmn, double a0n) {
        GateRate nInf = new GateRate.Thermal("1/(1 + exp(1e-3 zeta_n(v) (v - " + vHalfN + ") F/RT))", (v, c) -> {
            double zeta = zetaN + PW / (1.0 + Math.exp((v - TQ) / QQ));
            return 1.0 / (1.0 + Math.exp(zeta * (v - vHalfN) * inverseThermalVoltage(c)));
        }, 24.0);
        GateRate nTau = new GateRate.Thermal("max(beta_n/(q_t a0n (1 + alpha_n)), 0.1 ms)", (v, c) -> {
            double zeta = zetaN + PW / (1.0 + Math.exp((v - TQ) / QQ));
            double k = zeta * (v - vHalfN) * inverseThermalVoltage(c);
            double alpha = Math.exp(k);
            double beta = Math.exp(k * gmn);
            double qt = Math.pow(Q10, (c - Q10_REFERENCE_C) / 10.0);
            return Math.max(beta / (qt * a0n * (1.0 + alpha)), N_MIN_MS);
        }, 24.0);
        GateRate lInf = new GateRate.Thermal("1/(1 + exp(1e-3 zeta_l (v + 56) F/RT))",
                (v, c) -> 1.0 / (1.0 + Math.exp(ZETA_L * (v - VHALF_L) * inverseThermalVoltage(c))), 24.0);
        GateRate lTau = new GateRate.Custom("max(0.26 (v + 50), 2) ms", v -> Math.max(0.26 * (v + 50.0), L_MIN_MS));
        return new ChannelType(name, "k", -90.0, 0.008, List.of(Gate.infTau("n", 1, nInf, nTau), Gate.infTau("l", 1, lInf, lTau)), SOURCE);
    }
}
