package org.neurite.pointneuron.model.nest;

import java.util.Arrays;
import java.util.List;
import org.neurite.channels.ion.ChannelBank;
import org.neurite.channels.ion.ChannelType;
import org.neurite.channels.ion.SquidHh;
import org.neurite.channels.ion.TraubMiles;
import org.neurite.channels.receptor.Alpha;
import org.neurite.channels.receptor.Exponential;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.ParameterSpec;
import org.neurite.pointneuron.model.BlockSpec;
import org.neurite.pointneuron.model.NeuronBlock;
import org.neurite.pointneuron.model.core.SynapsePorts;

/**
 * NEST's Hodgkin–Huxley point neurons, built as {@link HhBlock}s from channel types of channels:
 * <ul>
 *   <li>{@code hh_psc_alpha}: the squid-axon channels ({@link SquidHh}, exactly NEST's equations, no
 *       temperature factor), alpha-shaped synaptic currents, spike when V ≥ 0 mV at a local
 *       maximum; initial V_m −65 mV with the gates at their steady state there;</li>
 *   <li>{@code hh_cond_exp_traub}: the {@link TraubMiles} channels with threshold parameter V_T,
 *       exponential conductances, spike when V ≥ V_T + 30 mV at a local maximum; initial V_m = E_L
 *       with the gates at the steady state of the model's own rates there. (NEST computes its
 *       initial gates with the rates at V' = E_L, i.e. without the V_T shift; to reproduce NEST
 *       exactly, set Act_m, Inact_h, Act_n with setState.)</li>
 * </ul>
 */
public final class HhModels {
    private HhModels() {
    }

    /** hh_psc_alpha's parameters and NEST's defaults. */
    public static List<ParameterSpec> hhPscAlphaParameters() {
        return List.of(
                ParameterSpec.nonNegative("t_ref", "ms", 2.0, "refractory time (blocks spike emission only)"),
                ParameterSpec.nonNegative("g_Na", "nS", 12000.0, "sodium peak conductance"),
                ParameterSpec.nonNegative("g_K", "nS", 3600.0, "potassium peak conductance"),
                ParameterSpec.nonNegative("g_L", "nS", 30.0, "leak conductance"),
                ParameterSpec.positive("C_m", "pF", 100.0, "membrane capacitance"),
                ParameterSpec.any("E_Na", "mV", 50.0, "sodium reversal potential"),
                ParameterSpec.any("E_K", "mV", -77.0, "potassium reversal potential"),
                ParameterSpec.any("E_L", "mV", -54.402, "leak reversal potential"),
                ParameterSpec.positive("tau_syn_ex", "ms", 0.2, "excitatory alpha time constant"),
                ParameterSpec.positive("tau_syn_in", "ms", 2.0, "inhibitory alpha time constant"),
                ParameterSpec.any("I_e", "pA", 0.0, "constant external current"));
    }

    /** hh_cond_exp_traub's parameters and NEST's defaults. */
    public static List<ParameterSpec> hhCondExpTraubParameters() {
        return List.of(
                ParameterSpec.nonNegative("g_Na", "nS", 20000.0, "sodium peak conductance"),
                ParameterSpec.nonNegative("g_K", "nS", 6000.0, "potassium peak conductance"),
                ParameterSpec.nonNegative("g_L", "nS", 10.0, "leak conductance"),
                ParameterSpec.positive("C_m", "pF", 200.0, "membrane capacitance"),
                ParameterSpec.any("E_Na", "mV", 50.0, "sodium reversal potential"),
                ParameterSpec.any("E_K", "mV", -90.0, "potassium reversal potential"),
                ParameterSpec.any("E_L", "mV", -60.0, "leak reversal potential"),
                ParameterSpec.any("V_T", "mV", -63.0, "voltage offset of the rates (threshold parameter)"),
                ParameterSpec.any("E_ex", "mV", 0.0, "excitatory reversal potential"),
                ParameterSpec.any("E_in", "mV", -80.0, "inhibitory reversal potential"),
                ParameterSpec.positive("tau_syn_ex", "ms", 5.0, "excitatory synaptic time constant"),
                ParameterSpec.positive("tau_syn_in", "ms", 10.0, "inhibitory synaptic time constant"),
                ParameterSpec.nonNegative("t_ref", "ms", 2.0, "refractory time (blocks spike emission only)"),
                ParameterSpec.any("I_e", "pA", 0.0, "constant external current"));
    }

    private static ChannelBank bank(ChannelType type, int n, double gmax, double reversal, double celsius) {
        int[] node = new int[n];
        for (int i = 0; i < n; i++) {
            node[i] = i;
        }
        double[] g = new double[n];
        Arrays.fill(g, gmax);
        ChannelBank b = new ChannelBank(type, node, g, celsius);
        b.setReversal(reversal);
        return b;
    }

    /** Builds an hh_psc_alpha block (NEST: exact rate functions). */
    public static NeuronBlock hhPscAlpha(BlockSpec spec) {
        return hhPscAlpha(spec, false);
    }

    /**
     * Builds an hh_psc_alpha block; with {@code neuronTables} the rates are tabulated on NEURON's
     * 1 mV grid ({@link SquidHh#neuronTabulated}), to compare with NEURON's built-in hh.
     */
    public static NeuronBlock hhPscAlpha(BlockSpec spec, boolean neuronTables) {
        ParameterSet p = spec.parameters();
        int n = spec.size();
        double celsius = SquidHh.REFERENCE_CELSIUS; // NEST's model has no temperature factor
        ChannelType na = neuronTables ? SquidHh.neuronTabulated(SquidHh.sodium(), celsius) : SquidHh.sodium();
        ChannelType k = neuronTables ? SquidHh.neuronTabulated(SquidHh.potassium(), celsius) : SquidHh.potassium();
        ChannelBank[] banks = {
            bank(na, n, p.get("g_Na"), p.get("E_Na"), celsius),
            bank(k, n, p.get("g_K"), p.get("E_K"), celsius),
            bank(SquidHh.leak(), n, p.get("g_L"), p.get("E_L"), celsius)};
        double vInit = -65.0;
        double[] v = new double[n];
        Arrays.fill(v, vInit);
        for (ChannelBank b : banks) {
            b.initSteadyState(v, null);
        }
        SynapsePorts ports = new SynapsePorts(List.of(
                Receptor.current("ex", new Alpha(p.get("tau_syn_ex"))),
                Receptor.current("in", new Alpha(p.get("tau_syn_in")))), n, spec.dtMs());
        return new HhBlock("hh_psc_alpha", spec, ports, banks, celsius, p.get("C_m"), p.get("I_e"), 0.0, p.get("t_ref"), vInit,
                List.of("I_syn_ex", "I_syn_in"), List.of("Act_m", "Inact_h", "Act_n"));
    }

    /** Builds an hh_cond_exp_traub block. */
    public static NeuronBlock hhCondExpTraub(BlockSpec spec) {
        ParameterSet p = spec.parameters();
        int n = spec.size();
        double vT = p.get("V_T");
        ChannelBank[] banks = {
            bank(TraubMiles.sodium(vT), n, p.get("g_Na"), p.get("E_Na"), 0.0),
            bank(TraubMiles.potassium(vT), n, p.get("g_K"), p.get("E_K"), 0.0),
            bank(SquidHh.passive(), n, p.get("g_L"), p.get("E_L"), 0.0)};
        double vInit = p.get("E_L");
        double[] v = new double[n];
        Arrays.fill(v, vInit);
        for (ChannelBank b : banks) {
            b.initSteadyState(v, null);
        }
        SynapsePorts ports = new SynapsePorts(List.of(
                Receptor.conductance("ex", new Exponential(p.get("tau_syn_ex")), p.get("E_ex")),
                Receptor.conductance("in", new Exponential(p.get("tau_syn_in")), p.get("E_in"))), n, spec.dtMs());
        return new HhBlock("hh_cond_exp_traub", spec, ports, banks, 0.0, p.get("C_m"), p.get("I_e"), vT + 30.0, p.get("t_ref"), vInit,
                List.of("g_ex", "g_in"), List.of("Act_m", "Inact_h", "Act_n"));
    }
}
