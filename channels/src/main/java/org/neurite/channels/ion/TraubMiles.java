package org.neurite.channels.ion;

import java.util.List;

/**
 * The Traub–Miles fast sodium and delayed-rectifier potassium channels, in the form used by
 * Destexhe &amp; Paré 1999 (J Neurophysiol 81:1531), the COBAHH benchmark (Brette et al. 2007,
 * J Comput Neurosci 23:349, Benchmark 3), NEST's {@code hh_cond_exp_traub} and the cortical cell
 * models of Pospischil et al. 2008 (Biol Cybern 99:427; ModelDB 123623), from Traub &amp; Miles 1991
 * ("Neuronal Networks of the Hippocampus", Cambridge UP). With V' = V − V_T (V_T, about −63 mV,
 * sets the firing threshold), rates in 1/ms, V in mV:
 * <pre>
 *   α_m = 0.32·(13 − V')/(exp((13 − V')/4) − 1)    β_m = 0.28·(V' − 40)/(exp((V' − 40)/5) − 1)
 *   α_h = 0.128·exp((17 − V')/18)                   β_h = 4/(1 + exp((40 − V')/5))
 *   α_n = 0.032·(15 − V')/(exp((15 − V')/5) − 1)    β_n = 0.5·exp((10 − V')/40)
 * </pre>
 * I_Na = ḡ_Na·m³h·(E_Na − V), I_K = ḡ_K·n⁴·(E_K − V) (inward positive). As NeuroML rate forms:
 * α_m = ExpLinear(1.28/ms, V_T + 13, 4), β_m = ExpLinear(1.4/ms, V_T + 40, −5),
 * α_h = Exp(0.128/ms, V_T + 17, −18), β_h = Sigmoid(4/ms, V_T + 40, 5),
 * α_n = ExpLinear(0.16/ms, V_T + 15, 5), β_n = Exp(0.5/ms, V_T + 10, −40).
 * The rates hold at the sources' temperature (36 °C in Pospischil et al.) and carry no q10 factor.
 */
public final class TraubMiles {
    private static final String SOURCE = "Traub & Miles 1991; Destexhe & Pare 1999; Pospischil et al. 2008; NEST hh_cond_exp_traub";

    /** V_T of Traub &amp; Miles as used by Destexhe &amp; Paré 1999 and Brette et al. 2007 [mV]. */
    public static final double DEFAULT_VT_MV = -63.0;

    private TraubMiles() {
    }

    /** Sodium m³h with threshold parameter V_T [mV]; E_Na 50 mV, 0.1 S/cm² (Brette et al. 2007). */
    public static ChannelType sodium(double vTMV) {
        return new ChannelType("traub_na", "na", 50.0, 0.1, List.of(
                Gate.rates("m", 3, new GateRate.ExpLinearRate(1.28, vTMV + 13.0, 4.0), new GateRate.ExpLinearRate(1.4, vTMV + 40.0, -5.0)),
                Gate.rates("h", 1, new GateRate.ExpRate(0.128, vTMV + 17.0, -18.0), new GateRate.SigmoidRate(4.0, vTMV + 40.0, 5.0))),
                SOURCE);
    }

    /** Potassium n⁴ with threshold parameter V_T [mV]; E_K −90 mV, 0.03 S/cm² (Brette et al. 2007). */
    public static ChannelType potassium(double vTMV) {
        return new ChannelType("traub_k", "k", -90.0, 0.03, List.of(
                Gate.rates("n", 4, new GateRate.ExpLinearRate(0.16, vTMV + 15.0, 5.0), new GateRate.ExpRate(0.5, vTMV + 10.0, -40.0))),
                SOURCE);
    }
}
