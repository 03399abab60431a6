package org.neurite.channels.ion;

import java.util.List;

/**
 * The high-voltage-activated calcium current of Reuveni, Friedman, Amitai &amp; Gutnick 1993
 * (J Neurosci 13:4609) as in {@code ca.mod} of Mainen &amp; Sejnowski 1996 (Nature 382:363;
 * ModelDB 2488) and the I_L of Pospischil et al. 2008. Conductance ḡ·m²·h; V in mV, rates in 1/ms
 * at 23 °C:
 * <pre>
 *   α_m = 0.055·(−27 − V)/(exp((−27 − V)/3.8) − 1)    β_m = 0.94·exp((−75 − V)/17)
 *   α_h = 0.000457·exp((−13 − V)/50)                   β_h = 0.0065/(exp((−V − 15)/28) + 1)
 * </pre>
 * i.e. α_m = ExpLinear(0.209/ms, −27 mV, 3.8 mV), β_m = Exp(0.94/ms, −75, −17),
 * α_h = Exp(0.000457/ms, −13, −50), β_h = Sigmoid(0.0065/ms, −15, 28). Both gates take the
 * temperature factor 2.3^((celsius − 23)/10) (q10 2.3 from 23 °C). Mainen's file also multiplies
 * ḡ by that factor; neurite does not — paint the density you want. E_Ca 120 mV (fixed, or the
 * Nernst potential of a calcium pool); default density 1e-4 S/cm² (neurite's choice).
 */
public final class HvaCalcium {
    /** Temperature coefficient. */
    public static final double Q10 = 2.3;
    /** Reference temperature of the rates [°C]. */
    public static final double REFERENCE_CELSIUS = 23.0;

    private HvaCalcium() {
    }

    /** The HVA channel {@code ca_hva}. */
    public static ChannelType create() {
        return new ChannelType("ca_hva", "ca", 120.0, 1e-4, List.of(
                Gate.rates("m", 2, new GateRate.ExpLinearRate(0.055 * 3.8, -27.0, 3.8), new GateRate.ExpRate(0.94, -75.0, -17.0))
                        .withQ10(Q10, REFERENCE_CELSIUS),
                Gate.rates("h", 1, new GateRate.ExpRate(0.000457, -13.0, -50.0), new GateRate.SigmoidRate(0.0065, -15.0, 28.0))
                        .withQ10(Q10, REFERENCE_CELSIUS)),
                "Reuveni et al. 1993; Mainen & Sejnowski 1996 (ModelDB 2488), ca.mod");
    }
}
