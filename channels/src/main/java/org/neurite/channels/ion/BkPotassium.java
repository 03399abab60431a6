package org.neurite.channels.ion;

import java.util.List;

/**
 * The large-conductance calcium- and voltage-activated potassium channel (BK) of Moczydlowski
 * &amp; Latorre 1983 (J Gen Physiol 82:511, rat skeletal-muscle channels in planar bilayers), in
 * the two-state form NEURON models use ({@code cagk.mod}): one gate o, ohmic K current ḡ·o·(E_K − V),
 * with opening and closing rates that depend on both V and [Ca]ᵢ through two voltage-dependent
 * calcium-binding steps:
 * <pre>
 *   α = ᾱ / (1 + K₁(V)/[Ca]ᵢ) = [Ca]ᵢ·ᾱ/([Ca]ᵢ + K₁(V))       β = β̄ / (1 + [Ca]ᵢ/K₄(V))
 *   K_j(V) = k_j·exp(−2·δ_j·F·V/(R·T))
 *   k₁ = 0.18 mM, δ₁ = 0.84,  k₄ = 0.011 mM, δ₄ = 1.0,  ᾱ = 0.48/ms, β̄ = 0.28/ms
 * </pre>
 * (V in mV, so F·V/(RT) = V/(1e3·RT/F); T = celsius + 273.15 K; NEURON's cagk calls k₄, δ₄ "k2",
 * "d2"). The temperature enters through the Boltzmann factors only (no q10). E_K −77 mV (NEURON's
 * default e_k) and a default density of 0.01 S/cm² (neurite's choice).
 */
public final class BkPotassium {
    /** K₁ at 0 mV [mM]. */
    public static final double K1_MM = 0.18;
    /** Electrical distance δ₁ of the first calcium-binding step. */
    public static final double D1 = 0.84;
    /** K₄ at 0 mV [mM]. */
    public static final double K4_MM = 0.011;
    /** Electrical distance δ₄ of the second calcium-binding step. */
    public static final double D4 = 1.0;
    /** Maximal opening rate ᾱ [1/ms]. */
    public static final double ABAR_PER_MS = 0.48;
    /** Maximal closing rate β̄ [1/ms]. */
    public static final double BBAR_PER_MS = 0.28;

    private BkPotassium() {
    }

    /** K_j(V) = k·exp(−2·δ·F·V/(R·T)) [mM] at V [mV] and a temperature [°C]. */
    static double dissociation(double kMM, double delta, double vMV, double celsius) {
        return kMM * Math.exp(-2.0 * delta * vMV / Ions.thermalVoltageMV(1, celsius));
    }

    /** The BK channel {@code bk}. */
    public static ChannelType create() {
        GateRate.VoltageCalcium alpha = new GateRate.VoltageCalcium("cai*0.48/(cai + 0.18 mM*exp(-2*0.84*F*v/(R*T)))",
                (v, ca, celsius) -> ca * ABAR_PER_MS / (ca + dissociation(K1_MM, D1, v, celsius)), 22.0);
        GateRate.VoltageCalcium beta = new GateRate.VoltageCalcium("0.28/(1 + cai/(0.011 mM*exp(-2*1.0*F*v/(R*T))))",
                (v, ca, celsius) -> BBAR_PER_MS / (1.0 + ca / dissociation(K4_MM, D4, v, celsius)), 22.0);
        return new ChannelType("bk", "k", -77.0, 0.01, List.of(Gate.ratesOfVoltageAndCalcium("o", 1, alpha, beta)),
                "Moczydlowski & Latorre 1983, J Gen Physiol 82:511 (NEURON cagk.mod)");
    }
}
