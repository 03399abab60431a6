package org.neurite.channels.ion;

import java.util.List;

/**
 * The slow, non-inactivating muscarinic (M-type) potassium current in the simplified form of
 * Yamada, Koch &amp; Adams 1989 ("Multiple channels and calcium dynamics", in Methods in Neuronal
 * Modeling, MIT Press) used by Destexhe's {@code IM.mod} and Pospischil et al. 2008 (Biol Cybern
 * 99:427; ModelDB 123623). Conductance ḡ·p; V in mV:
 * <pre>
 *   p∞ = 1/(1 + exp(−(V + 35)/10))
 *   τ_p = τ_max/(3.3·exp((V + 35)/20) + exp(−(V + 35)/20)),  τ_max = 1000 ms
 * </pre>
 * with a temperature factor 2.3^((celsius − 36)/10) dividing τ_p (q10 2.3, reference 36 °C).
 * Default density 1e-4 S/cm² (neurite's choice; the sources set it per cell), E_K −90 mV.
 */
public final class MTypePotassium {
    /** τ_max of IM.mod [ms]. */
    public static final double TAU_MAX_MS = 1000.0;
    /** Temperature coefficient. */
    public static final double Q10 = 2.3;
    /** Reference temperature [°C]. */
    public static final double REFERENCE_CELSIUS = 36.0;

    private MTypePotassium() {
    }

    /** The M channel {@code km}. */
    public static ChannelType create() {
        GateRate inf = new GateRate.SigmoidRate(1.0, -35.0, 10.0);
        GateRate tau = new GateRate.Custom("1000/(3.3 exp((v + 35)/20) + exp(-(v + 35)/20)) ms",
                v -> TAU_MAX_MS / (3.3 * Math.exp((v + 35.0) / 20.0) + Math.exp(-(v + 35.0) / 20.0)));
        return new ChannelType("km", "k", -90.0, 1e-4, List.of(Gate.infTau("p", 1, inf, tau).withQ10(Q10, REFERENCE_CELSIUS)),
                "Yamada, Koch & Adams 1989; Pospischil et al. 2008 (ModelDB 123623), IM.mod");
    }
}
