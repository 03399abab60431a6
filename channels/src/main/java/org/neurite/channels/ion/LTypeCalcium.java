package org.neurite.channels.ion;

import java.util.List;

/**
 * The high-threshold L-type calcium current of Migliore, Cook, Jaffe, Turner &amp; Johnston 1995
 * (J Neurophysiol 73:1157; the {@code cal2.mod} of Migliore's hippocampal models in ModelDB),
 * which carries a Goldman–Hodgkin–Katz current ({@link ChannelType.CurrentLaw#GHK}) inhibited
 * by intracellular calcium:
 * <pre>
 *   I = −ḡ·m·h₂([Ca]ᵢ)·ghk(V, [Ca]ᵢ, [Ca]ₒ)          (inward positive; ghk from {@link Ghk})
 *   α_m = 15.69·(81.5 − V)/(exp((81.5 − V)/10) − 1)   β_m = 0.29·exp(−V/10.86)      [1/ms, V in mV]
 *   h₂ = k_i/(k_i + [Ca]ᵢ),   k_i = 0.001 mM           (instantaneous, on [Ca]ᵢ)
 * </pre>
 * i.e. α_m = ExpLinear(156.9/ms, 81.5 mV, 10 mV), β_m = Exp(0.29/ms, 0 mV, −10.86 mV), no
 * temperature factor on the rates (the model's {@code tfa} = 1). The temperature enters through
 * the GHK thermal voltage RT/(2F), which neurite computes from the exact constants ({@link Ions});
 * the distributed {@code cal2.mod} approximates RT/F by 25 mV·T/293.15 K (1.0 % lower at any
 * temperature). ḡ is NEURON's {@code gcalbar} [S/cm²] (ḡ·ghk [mV] is a current density);
 * default 0.003 S/cm² (neurite's choice). The reversal is not used.
 */
public final class LTypeCalcium {
    /** Half-inhibition concentration k_i of h₂ [mM]. */
    public static final double KI_MM = 0.001;

    private LTypeCalcium() {
    }

    /** The L-type channel with its GHK current, {@code cal_ghk}. */
    public static ChannelType create() {
        GateRate h2 = new GateRate.Custom("ki/(ki + cai), ki = 0.001 mM", ca -> KI_MM / (KI_MM + ca));
        return new ChannelType("cal_ghk", "ca", 120.0, 0.003, List.of(
                Gate.rates("m", 1, new GateRate.ExpLinearRate(15.69 * 10.0, 81.5, 10.0), new GateRate.ExpRate(0.29, 0.0, -10.86)),
                Gate.instantaneous("h2", 1, h2).onConcentration()),
                "Migliore, Cook, Jaffe, Turner & Johnston 1995, J Neurophysiol 73:1157 (cal2.mod)", ChannelType.CurrentLaw.GHK);
    }
}
