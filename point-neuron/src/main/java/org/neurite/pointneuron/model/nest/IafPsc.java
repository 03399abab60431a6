package org.neurite.pointneuron.model.nest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neurite.channels.receptor.Alpha;
import org.neurite.channels.receptor.Exponential;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.receptor.ReceptorKinetics;
import org.neurite.channels.receptor.SynapseBank;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.ParameterSpec;
import org.neurite.pointneuron.model.BlockSpec;
import org.neurite.pointneuron.model.SpikeBuffer;
import org.neurite.pointneuron.model.core.BlockBase;
import org.neurite.pointneuron.model.core.Params;
import org.neurite.pointneuron.model.core.SynapsePorts;

/**
 * NEST's {@code iaf_psc_exp} and {@code iaf_psc_alpha}: a leaky integrate-and-fire neuron with
 * exponential or alpha-shaped (NEST normalisation: peak w pA at τ_syn) synaptic currents,
 * integrated exactly (Rotter &amp; Diesmann 1999). Per step h:
 * <pre>
 *   not refractory: V ← E_L + P33·(V − E_L) + P30·(I_e + I_stim) + (1/C_m)·Σ_ports ∫₀^h e^{−(h−s)/τ_m} I_syn(s) ds
 *                   (iaf_psc_alpha: V ← max(V, V_min));  refractory: r ← r − 1, V unchanged
 *   synaptic currents advance exactly over h; the events of the step are added to them
 *   V ≥ V_th: spike (stamped at the end of the step), V ← V_reset, r ← round(t_ref/h)
 * </pre>
 * P33 = exp(−h/τ_m), P30 = −(τ_m/C_m)·expm1(−h/τ_m); the synaptic integral is the synapse bank's
 * {@link SynapseBank#membraneFilter membrane filter} (NEST's P31/P32 terms, free of cancellation
 * when τ_syn ≈ τ_m). I_stim is the external current written in the previous step. Ports "ex" and
 * "in" (weights in pA); NEST's signed weights: w ≥ 0 → ex, w &lt; 0 → in, the sign kept (an
 * inhibitory current is negative). State variables V_m (initially E_L), I_syn_ex, I_syn_in.
 * Not modelled: iaf_psc_exp's escape noise (rho, delta; off by default in NEST) and its second,
 * filtered current port.
 */
public final class IafPsc extends BlockBase {
    /** NEST's parameters and defaults; iaf_psc_alpha also has V_min. */
    public static List<ParameterSpec> parameters(boolean alpha) {
        List<ParameterSpec> l = new ArrayList<>(List.of(
                ParameterSpec.positive("tau_m", "ms", 10.0, "membrane time constant"),
                ParameterSpec.positive("C_m", "pF", 250.0, "membrane capacitance"),
                ParameterSpec.nonNegative("t_ref", "ms", 2.0, "absolute refractory period"),
                ParameterSpec.any("E_L", "mV", -70.0, "resting potential"),
                ParameterSpec.any("I_e", "pA", 0.0, "constant external current"),
                ParameterSpec.any("V_reset", "mV", -70.0, "reset potential"),
                ParameterSpec.any("V_th", "mV", -55.0, "spike threshold"),
                ParameterSpec.positive("tau_syn_ex", "ms", 2.0, "excitatory synaptic time constant"),
                ParameterSpec.positive("tau_syn_in", "ms", 2.0, "inhibitory synaptic time constant")));
        if (alpha) {
            l.add(ParameterSpec.any("V_min", "mV", -Double.MAX_VALUE, "lower bound of V_m (default: none)"));
        }
        return l;
    }

    private final double eL;
    private final double vTh;
    private final double vReset;
    private final double vMin;
    private final double iE;
    private final double invC;
    private final double p33;
    private final double p30;
    private final int refSteps;
    private final SynapseBank ex;
    private final SynapseBank in;
    private final double[] cEx; // membrane-filter coefficients [ms]
    private final double[] cIn;
    private final double[] v;
    private final int[] r;
    private final double[] iStim;

    /**
     * @param spec block spec (parameters as {@link #parameters(boolean)})
     * @param alpha alpha-shaped currents (iaf_psc_alpha) instead of exponential ones
     */
    public IafPsc(BlockSpec spec, boolean alpha) {
        super(alpha ? "iaf_psc_alpha" : "iaf_psc_exp", spec.size(), spec.dtMs(), ports(spec, alpha),
                List.of("V_m", "I_syn_ex", "I_syn_in"));
        ParameterSet p = spec.parameters();
        Params.requireBelow(p, "V_reset", "V_th");
        double tauM = p.get("tau_m");
        double cM = p.get("C_m");
        eL = p.get("E_L");
        vTh = p.get("V_th");
        vReset = p.get("V_reset");
        vMin = alpha ? p.get("V_min") : Double.NEGATIVE_INFINITY;
        iE = p.get("I_e");
        invC = 1.0 / cM;
        p33 = Math.exp(-dt / tauM);
        p30 = -tauM / cM * Math.expm1(-dt / tauM);
        refSteps = steps(p.get("t_ref"), dt);
        ex = ports.bank(0);
        in = ports.bank(1);
        cEx = ex.membraneFilter(tauM);
        cIn = in.membraneFilter(tauM);
        v = new double[n];
        Arrays.fill(v, eL);
        r = new int[n];
        iStim = new double[n];
    }

    private static SynapsePorts ports(BlockSpec spec, boolean alpha) {
        ParameterSet p = spec.parameters();
        ReceptorKinetics kex = alpha ? new Alpha(p.get("tau_syn_ex")) : new Exponential(p.get("tau_syn_ex"));
        ReceptorKinetics kin = alpha ? new Alpha(p.get("tau_syn_in")) : new Exponential(p.get("tau_syn_in"));
        return new SynapsePorts(List.of(Receptor.current("ex", kex), Receptor.current("in", kin)), spec.size(), spec.dtMs());
    }

    @Override
    public void update(long step, int from, int to, SpikeBuffer spiked) {
        final double[] v = this.v;
        final int[] r = this.r;
        final double[] iStim = this.iStim;
        final double[] cur = this.currentIn;
        final SynapseBank ex = this.ex;
        final SynapseBank in = this.in;
        final double[] cEx = this.cEx;
        final double[] cIn = this.cIn;
        final double eL = this.eL;
        final double p33 = this.p33;
        final double p30 = this.p30;
        final double invC = this.invC;
        final double drive = this.iE;
        final double vMin = this.vMin;
        for (int i = from; i < to; i++) {
            if (r[i] == 0) {
                double vi = eL + p33 * (v[i] - eL) + p30 * (drive + iStim[i])
                        + invC * (ex.filtered(i, cEx) + in.filtered(i, cIn));
                v[i] = vi < vMin ? vMin : vi;
            } else {
                r[i]--;
            }
        }
        ports.advance(from, to);
        final double vTh = this.vTh;
        final double vReset = this.vReset;
        final int refSteps = this.refSteps;
        for (int i = from; i < to; i++) {
            if (v[i] >= vTh) {
                r[i] = refSteps;
                v[i] = vReset;
                spiked.add(i);
            }
            iStim[i] = cur[i];
            cur[i] = 0.0;
        }
        ports.deliver(from, to); // the step's events enter at its end (unless the simulator delivers them itself)
    }

    @Override
    public int portForWeight(double weight) {
        return weight >= 0 ? 0 : 1;
    }

    @Override
    protected boolean eventsJumpAtStepEnd() {
        return true;
    }

    @Override
    public void applyInputNow(int from, int to) {
        ports.deliver(from, to);
    }

    @Override
    public double recordable(int variable, int i) {
        switch (variable) {
            case 0:
                return v[i];
            case 1:
                return ex.value(i);
            case 2:
                return in.value(i);
            default:
                throw new IndexOutOfBoundsException(model + " has 3 recordables");
        }
    }

    @Override
    public void setState(String variable, int i, double value) {
        int k = variableIndex(variable);
        checkNeuron(i);
        checkFinite(model, variable, value);
        if (k != 0) {
            throw notSettable(variable);
        }
        v[i] = value;
    }
}
