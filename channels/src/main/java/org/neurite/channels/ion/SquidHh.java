package org.neurite.channels.ion;

import java.util.List;

/**
 * The squid-axon channels of Hodgkin &amp; Huxley (J Physiol 117:500, 1952) with the modern sign
 * convention and rest at −65 mV, written exactly as NEURON's built-in {@code hh} mechanism, the
 * Rallpack 3 specification (Bhalla, Bilitch &amp; Bower 1992) and NEST's {@code hh_psc_alpha} use
 * them (v in mV, rates in 1/ms):
 * <pre>
 *   α_m = 0.1·(v+40)/(1 − exp(−(v+40)/10))   β_m = 4·exp(−(v+65)/18)
 *   α_h = 0.07·exp(−(v+65)/20)               β_h = 1/(1 + exp(−(v+35)/10))
 *   α_n = 0.01·(v+55)/(1 − exp(−(v+55)/10))  β_n = 0.125·exp(−(v+65)/80)
 * </pre>
 * g_Na = ḡ_Na·m³h (ḡ 0.12 S/cm², E_Na 50 mV), g_K = ḡ_K·n⁴ (ḡ 0.036 S/cm², E_K −77 mV),
 * leak 0.0003 S/cm² at −54.3 mV; q10 = 3 from 6.3 °C (factor 1 at 6.3 °C).
 */
public final class SquidHh {
    private SquidHh() {
    }

    /** NEURON's hh temperature coefficient. */
    public static final double Q10 = 3.0;
    /** Temperature of the original measurements [°C]. */
    public static final double REFERENCE_CELSIUS = 6.3;

    /** NEURON hh.mod's rate table: from −100 mV … */
    public static final double NEURON_TABLE_MIN_MV = -100.0;
    /** … to 100 mV … */
    public static final double NEURON_TABLE_MAX_MV = 100.0;
    /** … in 200 intervals (TABLE … FROM -100 TO 100 WITH 200). */
    public static final int NEURON_TABLE_INTERVALS = 200;

    /**
     * A channel tabulated as NEURON's {@code hh} is by default ({@code usetable_hh = 1}): x∞ and τ
     * on a 1 mV grid from −100 to 100 mV, linearly interpolated. Use it to reproduce NEURON's
     * numbers; the untabulated channel follows the formulas exactly (as NEST's hh_psc_alpha does).
     * The two differ slightly: about 0.2 % in inter-spike interval at 1 nA on a 100 pF patch.
     */
    public static ChannelType neuronTabulated(ChannelType type, double celsius) {
        return type.tabulated(NEURON_TABLE_MIN_MV, NEURON_TABLE_MAX_MV, NEURON_TABLE_INTERVALS, celsius);
    }

    private static final String SOURCE = "Hodgkin & Huxley 1952; NEURON hh.mod; Rallpack 3";

    /** α_m: HHExpLinearRate(rate 1/ms, midpoint −40 mV, scale 10 mV). */
    public static final GateRate ALPHA_M = new GateRate.ExpLinearRate(1.0, -40.0, 10.0);
    /** β_m: HHExpRate(4/ms, −65 mV, −18 mV). */
    public static final GateRate BETA_M = new GateRate.ExpRate(4.0, -65.0, -18.0);
    /** α_h: HHExpRate(0.07/ms, −65 mV, −20 mV). */
    public static final GateRate ALPHA_H = new GateRate.ExpRate(0.07, -65.0, -20.0);
    /** β_h: HHSigmoidRate(1/ms, −35 mV, 10 mV). */
    public static final GateRate BETA_H = new GateRate.SigmoidRate(1.0, -35.0, 10.0);
    /** α_n: HHExpLinearRate(0.1/ms, −55 mV, 10 mV). */
    public static final GateRate ALPHA_N = new GateRate.ExpLinearRate(0.1, -55.0, 10.0);
    /** β_n: HHExpRate(0.125/ms, −65 mV, −80 mV). */
    public static final GateRate BETA_N = new GateRate.ExpRate(0.125, -65.0, -80.0);

    /** Fast sodium: m³h, 0.12 S/cm², E_Na = 50 mV. */
    public static ChannelType sodium() {
        return new ChannelType("hh_na", "na", 50.0, 0.12, List.of(
                Gate.rates("m", 3, ALPHA_M, BETA_M).withQ10(Q10, REFERENCE_CELSIUS),
                Gate.rates("h", 1, ALPHA_H, BETA_H).withQ10(Q10, REFERENCE_CELSIUS)), SOURCE);
    }

    /** Delayed-rectifier potassium: n⁴, 0.036 S/cm², E_K = −77 mV. */
    public static ChannelType potassium() {
        return new ChannelType("hh_k", "k", -77.0, 0.036, List.of(
                Gate.rates("n", 4, ALPHA_N, BETA_N).withQ10(Q10, REFERENCE_CELSIUS)), SOURCE);
    }

    /** Leak: 0.0003 S/cm² at −54.3 mV. */
    public static ChannelType leak() {
        return new ChannelType("hh_leak", "non_specific", -54.3, 0.0003, List.of(), SOURCE);
    }

    /** Passive membrane (NEURON's {@code pas}): 0.001 S/cm² at −70 mV by default. */
    public static ChannelType passive() {
        return new ChannelType("pas", "non_specific", -70.0, 0.001, List.of(), "NEURON pas.mod");
    }
}
