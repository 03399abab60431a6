package org.neurite.channels.ion;

import java.util.List;

/**
 * The low-threshold (T-type) calcium current of thalamic and cortical neurons (Huguenard &amp;
 * McCormick 1992; Destexhe et al. 1996/1998) in the form of Pospischil et al. 2008 (Biol Cybern
 * 99:427, ModelDB 123623): conductance ḡ·s∞²(V)·u with an instantaneous activation; V in mV,
 * V_x a voltage shift (2 mV in the source):
 * <pre>
 *   s∞ = 1/(1 + exp(−(V + V_x + 57)/6.2))
 *   u∞ = 1/(1 + exp((V + V_x + 81)/4))
 *   τ_u = (30.8 + (211.4 + exp((V + V_x + 113.2)/5))/(1 + exp((V + V_x + 84)/3.2)))/3.7 ms
 * </pre>
 * The factor 1/3.7 is the source's temperature adjustment of Huguenard &amp; McCormick's 24 °C
 * kinetics to 36 °C (q10 3); no further temperature factor is applied. E_Ca 120 mV, a fixed
 * reversal as in the source (neurite can replace it by the Nernst potential of a calcium pool).
 * Default density 4e-4 S/cm² (neurite's choice).
 */
public final class TTypeCalcium {
    /** The source's voltage shift [mV]. */
    public static final double DEFAULT_SHIFT_MV = 2.0;

    private TTypeCalcium() {
    }

    /** The T channel {@code cat} with the source's shift V_x = 2 mV. */
    public static ChannelType create() {
        return create(DEFAULT_SHIFT_MV);
    }

    /** The T channel with a voltage shift V_x [mV]. */
    public static ChannelType create(double shiftMV) {
        GateRate sInf = new GateRate.SigmoidRate(1.0, -(shiftMV + 57.0), 6.2);
        GateRate uInf = new GateRate.SigmoidRate(1.0, -(shiftMV + 81.0), -4.0);
        GateRate uTau = new GateRate.Custom("(30.8 + (211.4 + exp((v + vx + 113.2)/5))/(1 + exp((v + vx + 84)/3.2)))/3.7 ms", v -> {
            double w = v + shiftMV;
            return (30.8 + (211.4 + Math.exp((w + 113.2) / 5.0)) / (1.0 + Math.exp((w + 84.0) / 3.2))) / 3.7;
        });
        return new ChannelType("cat", "ca", 120.0, 4e-4, List.of(Gate.instantaneous("s", 2, sInf), Gate.infTau("u", 1, uInf, uTau)),
                "Huguenard & McCormick 1992; Destexhe et al. 1998; Pospischil et al. 2008 (ModelDB 123623)");
    }
}
