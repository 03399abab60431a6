package org.neurite.pointneuron.model.nest;

import java.util.Arrays;
import java.util.List;
import org.neurite.channels.receptor.Delta;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.receptor.SynapseBank;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.ParameterSpec;
import org.neurite.pointneuron.model.BlockSpec;
import org.neurite.pointneuron.model.SpikeBuffer;
import org.neurite.pointneuron.model.core.BlockBase;
import org.neurite.pointneuron.model.core.Params;
import org.neurite.pointneuron.model.core.SynapsePorts;

/**
 * NEST's {@code iaf_psc_delta}: a leaky integrate-and-fire neuron whose synaptic events are
 * voltage jumps (weights in mV), integrated exactly (Rotter &amp; Diesmann 1999). Per step h:
 * <pre>
 *   not refractory:  V ← E_L + P33·(V − E_L) + P30·(I_e + I_stim) + Σ w,  V ← max(V, V_min)
 *   refractory:      input discarded (or, with refractory_input = 1, kept and added, decayed by
 *                    exp(−r·h/τ_m), when the refractory period ends); r ← r − 1
 *   if V ≥ V_th:     spike (stamped at the end of the step), V ← V_reset, r ← round(t_ref/h)
 * </pre>
 * with P33 = exp(−h/τ_m), P30 = −(τ_m/C_m)·expm1(−h/τ_m); I_stim is the external current written
 * in the previous step (NEST latches it). Units: mV, ms, pF, pA. One port, {@code "delta"}; signed
 * weights (mV) all go there. State variable {@code V_m} (initially E_L).
 */
public final class IafPscDelta extends BlockBase {
    /** NEST's parameters and defaults. */
    public static List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.positive("tau_m", "ms", 10.0, "membrane time constant"),
                ParameterSpec.positive("C_m", "pF", 250.0, "membrane capacitance"),
                ParameterSpec.nonNegative("t_ref", "ms", 2.0, "absolute refractory period"),
                ParameterSpec.any("E_L", "mV", -70.0, "resting potential"),
                ParameterSpec.any("V_th", "mV", -55.0, "spike threshold"),
                ParameterSpec.any("V_reset", "mV", -70.0, "reset potential"),
                ParameterSpec.any("I_e", "pA", 0.0, "constant external current"),
                ParameterSpec.any("V_min", "mV", -Double.MAX_VALUE, "lower bound of V_m (default: none)"),
                new ParameterSpec("refractory_input", "1", 0.0, 0.0, 1.0,
                        "1: input arriving during refractoriness is kept and added afterwards (NEST's refractory_input)"));
    }

    private final double eL;
    private final double vTh;
    private final double vReset;
    private final double vMin;
    private final double iE;
    private final double p33;
    private final double p30;
    private final double tauM;
    private final int refSteps;
    private final boolean refractoryInput;
    private final double[] v; // [mV]
    private final int[] r; // refractory steps left
    private final double[] iStim; // latched external current [pA]
    private final double[] refrBuffer; // [mV], only with refractory_input

    /** Builds a block from a spec (parameters as {@link #parameters()}). */
    public IafPscDelta(BlockSpec spec) {
        super("iaf_psc_delta", spec.size(), spec.dtMs(),
                new SynapsePorts(List.of(Receptor.current("delta", new Delta())), spec.size(), spec.dtMs()),
                List.of("V_m"));
        ParameterSet p = spec.parameters();
        Params.requireBelow(p, "V_reset", "V_th");
        tauM = p.get("tau_m");
        eL = p.get("E_L");
        vTh = p.get("V_th");
        vReset = p.get("V_reset");
        vMin = p.get("V_min");
        iE = p.get("I_e");
        double cM = p.get("C_m");
        p33 = Math.exp(-dt / tauM);
        p30 = -tauM / cM * Math.expm1(-dt / tauM);
        refSteps = steps(p.get("t_ref"), dt);
        refractoryInput = p.get("refractory_input") != 0.0;
        v = new double[n];
        Arrays.fill(v, eL);
        r = new int[n];
        iStim = new double[n];
        refrBuffer = new double[refractoryInput ? n : 0];
    }

    @Override
    public void update(long step, int from, int to, SpikeBuffer spiked) {
        final SynapseBank kicks = ports.bank(0);
        final double[] in = ports.input()[0];
        final double[] v = this.v;
        final int[] r = this.r;
        final double[] iStim = this.iStim;
        final double[] cur = this.currentIn;
        final double eL = this.eL;
        final double p33 = this.p33;
        final double p30 = this.p30;
        final double drive = this.iE;
        final double vTh = this.vTh;
        final double vReset = this.vReset;
        final double vMin = this.vMin;
        for (int i = from; i < to; i++) {
            kicks.deliver(i, in[i]); // this step's jumps, taken below and dropped by advance()
            in[i] = 0.0;
            double vi = v[i];
            if (r[i] == 0) {
                vi = eL + p33 * (vi - eL) + p30 * (drive + iStim[i]) + kicks.value(i);
                if (refractoryInput && refrBuffer[i] != 0.0) {
                    vi += refrBuffer[i];
                    refrBuffer[i] = 0.0;
                }
                if (vi < vMin) {
                    vi = vMin;
                }
            } else {
                if (refractoryInput) {
                    refrBuffer[i] += kicks.value(i) * Math.exp(-r[i] * dt / tauM);
                }
                r[i]--;
            }
            if (vi >= vTh) {
                r[i] = refSteps;
                vi = vReset;
                spiked.add(i);
            }
            v[i] = vi;
            iStim[i] = cur[i];
            cur[i] = 0.0;
        }
        ports.advance(from, to);
    }

    @Override
    public int portForWeight(double weight) {
        return 0;
    }

    @Override
    public double recordable(int variable, int i) {
        if (variable != 0) {
            throw new IndexOutOfBoundsException("iaf_psc_delta has one recordable");
        }
        return v[i];
    }

    @Override
    public void setState(String variable, int i, double value) {
        variableIndex(variable);
        checkNeuron(i);
        checkFinite(model, variable, value);
        v[i] = value;
    }
}
