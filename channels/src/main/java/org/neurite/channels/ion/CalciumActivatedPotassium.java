package org.neurite.channels.ion;

import java.util.List;

/**
 * The calcium-activated, voltage-independent potassium current behind the slow
 * after-hyperpolarisation (I_AHP, SK-like), from Destexhe, Contreras, Sejnowski &amp; Steriade 1994
 * (J Neurophysiol 72:803, {@code IAHP.mod}). Conductance ḡ·m²; its gate reads the intracellular
 * calcium concentration [Ca]ᵢ [mM] of the compartment (a {@link CalciumPool}):
 * <pre>
 *   c = ([Ca]ᵢ/0.025 mM)²
 *   m∞ = c/(1 + c)
 *   τ_m = max(1/(β·(1 + c)·3^((celsius − 22)/10)), 0.5 ms),   β = 0.03/ms
 * </pre>
 * (opening rate β·c, closing rate β, q10 3 from 22 °C applied before the 0.5 ms floor — hence a
 * {@link GateRate.Thermal} time constant). E_K −90 mV and a default density of 1e-3 S/cm²
 * (neurite's choices for a cortical cell).
 */
public final class CalciumActivatedPotassium {
    /** Half-activation concentration [mM]. */
    public static final double CA_HALF_MM = 0.025;
    /** Closing rate β [1/ms]. */
    public static final double BETA_PER_MS = 0.03;
    /** Floor of τ [ms]. */
    public static final double TAU_MIN_MS = 0.5;

    private CalciumActivatedPotassium() {
    }

    /** The AHP channel {@code kahp}. */
    public static ChannelType create() {
        GateRate inf = new GateRate.Custom("c/(1 + c), c = (cai/0.025 mM)^2", ca -> {
            double r = ca / CA_HALF_MM;
            double c = r * r;
            return c / (1.0 + c);
        });
        GateRate tau = new GateRate.Thermal("max(1/(0.03 (1 + c) 3^((celsius - 22)/10)), 0.5) ms", (ca, celsius) -> {
            double r = ca / CA_HALF_MM;
            double tadj = Math.pow(3.0, (celsius - 22.0) / 10.0);
            return Math.max(1.0 / (BETA_PER_MS * (1.0 + r * r) * tadj), TAU_MIN_MS);
        }, 36.0);
        return new ChannelType("kahp", "k", -90.0, 1e-3, List.of(Gate.infTau("m", 2, inf, tau).onConcentration()),
                "Destexhe, Contreras, Sejnowski & Steriade 1994, J Neurophysiol 72:803 (IAHP.mod)");
    }
}
