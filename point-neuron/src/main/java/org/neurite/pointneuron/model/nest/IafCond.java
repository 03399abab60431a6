package org.neurite.pointneuron.model.nest;

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
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.SpikeBuffer;
import org.neurite.pointneuron.model.core.BlockBase;
import org.neurite.pointneuron.model.core.Conductances;
import org.neurite.pointneuron.model.core.FastExp;
import org.neurite.pointneuron.model.core.Params;
import org.neurite.pointneuron.model.core.SynapsePorts;
import org.neurite.pointneuron.model.ode.OdeSystem;
import org.neurite.pointneuron.model.ode.Rkf45;

/**
 * NEST's {@code iaf_cond_exp} and {@code iaf_cond_alpha}: a leaky integrate-and-fire neuron with
 * excitatory and inhibitory conductances (exponential, or alpha-shaped with NEST's normalisation
 * to a peak of w nS at τ_syn):
 * <pre>
 *   C_m dV/dt = −g_L (V − E_L) − g_ex(t) (V − E_ex) − g_in(t) (V − E_in) + I_e + I_stim
 * </pre>
 * Step h (NEST's order): V is integrated over the step with the conductances of the synapse banks
 * (exact in time); the events of the step then enter the banks; a refractory neuron is held at
 * V_reset (r ← r − 1), otherwise V ≥ V_th gives a spike (stamped at the end of the step), V ←
 * V_reset and r ← round(t_ref/h). I_stim is the external current written in the previous step.
 *
 * <p>Integrators. {@link Integrator#ACCURATE}: adaptive RKF45 with NEST's error control (absolute
 * 1e-3 mV per step, GSL rule, step size kept per neuron), with the conductances evaluated exactly
 * at every stage (NEST integrates them inside the RKF45 too). {@link Integrator#FAST}: V is
 * advanced exactly for conductances held at their exact mean over the step — the solution of the
 * linear equation with step-averaged coefficients: with G = g_L + ḡ_ex + ḡ_in,
 * V∞ = (g_L E_L + ḡ_ex E_ex + ḡ_in E_in + I)/G, V ← V∞ + (V − V∞)·exp(−G h/C_m). The leak and the
 * decay of the conductances are integrated exactly; only the within-step co-variation of g and
 * V is averaged, a second-order error (against an independent Dormand–Prince reference: ~0.01 mV
 * with 0.2 ms synapses, see the tests).
 *
 * <p>Ports "ex" and "in" (weights in nS, ≥ 0); NEST's signed weights: w &gt; 0 → ex, w &lt; 0 → in
 * as |w|. State variables V_m (initially E_L), g_ex, g_in.
 */
public final class IafCond extends BlockBase {
    /** NEST's parameters and defaults (the same for iaf_cond_exp and iaf_cond_alpha). */
    public static List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.any("V_th", "mV", -55.0, "spike threshold"),
                ParameterSpec.any("V_reset", "mV", -60.0, "reset potential"),
                ParameterSpec.nonNegative("t_ref", "ms", 2.0, "absolute refractory period"),
                ParameterSpec.positive("g_L", "nS", 16.6667, "leak conductance"),
                ParameterSpec.positive("C_m", "pF", 250.0, "membrane capacitance"),
                ParameterSpec.any("E_ex", "mV", 0.0, "excitatory reversal potential"),
                ParameterSpec.any("E_in", "mV", -85.0, "inhibitory reversal potential"),
                ParameterSpec.any("E_L", "mV", -70.0, "leak reversal potential"),
                ParameterSpec.positive("tau_syn_ex", "ms", 0.2, "excitatory synaptic time constant"),
                ParameterSpec.positive("tau_syn_in", "ms", 2.0, "inhibitory synaptic time constant"),
                ParameterSpec.any("I_e", "pA", 0.0, "constant external current"));
    }

    /** NEST's absolute error tolerance for this model [mV]. */
    public static final double ERROR_TOLERANCE = 1e-3;

    private final double vTh;
    private final double vReset;
    private final double gL;
    private final double cM;
    private final double eEx;
    private final double eIn;
    private final double eL;
    private final double iE;
    private final int refSteps;
    private final boolean accurate;
    private final SynapseBank ex;
    private final SynapseBank in;
    private final Conductances exMean;
    private final Conductances inMean;
    private final double exDecay; // e^{-h/tau_ex}, exponential kinetics only
    private final double inDecay;
    private final double exStep; // the banks' own step propagators (exponential kinetics only)
    private final double inStep;
    private final double[] v; // [mV]
    private final int[] r;
    private final double[] iStim; // [pA]
    private final double[] hStep; // RKF45 step per neuron [ms]
    private final ThreadLocal<Work> work;

    /**
     * @param spec the block spec (parameters as {@link #parameters()})
     * @param alpha alpha-shaped conductances (iaf_cond_alpha) instead of exponential ones
     */
    public IafCond(BlockSpec spec, boolean alpha) {
        super(alpha ? "iaf_cond_alpha" : "iaf_cond_exp", spec.size(), spec.dtMs(), ports(spec, alpha), List.of("V_m", "g_ex", "g_in"));
        ParameterSet p = spec.parameters();
        Params.requireBelow(p, "V_reset", "V_th");
        vTh = p.get("V_th");
        vReset = p.get("V_reset");
        gL = p.get("g_L");
        cM = p.get("C_m");
        eEx = p.get("E_ex");
        eIn = p.get("E_in");
        eL = p.get("E_L");
        iE = p.get("I_e");
        refSteps = steps(p.get("t_ref"), dt);
        accurate = spec.integrator() == Integrator.ACCURATE;
        ex = ports.bank(0);
        in = ports.bank(1);
        exMean = new Conductances(ex, dt);
        inMean = new Conductances(in, dt);
        exDecay = Math.exp(-dt / p.get("tau_syn_ex"));
        inDecay = Math.exp(-dt / p.get("tau_syn_in"));
        exStep = exMean.exponential() ? Conductances.stepDecay(ex) : Double.NaN;
        inStep = inMean.exponential() ? Conductances.stepDecay(in) : Double.NaN;
        v = new double[n];
        Arrays.fill(v, eL);
        r = new int[n];
        iStim = new double[n];
        hStep = new double[accurate ? n : 0];
        Arrays.fill(hStep, dt);
        work = accurate ? ThreadLocal.withInitial(Work::new) : null;
    }

    private static SynapsePorts ports(BlockSpec spec, boolean alpha) {
        ParameterSet p = spec.parameters();
        ReceptorKinetics kex = alpha ? new Alpha(p.get("tau_syn_ex")) : new Exponential(p.get("tau_syn_ex"));
        ReceptorKinetics kin = alpha ? new Alpha(p.get("tau_syn_in")) : new Exponential(p.get("tau_syn_in"));
        return new SynapsePorts(List.of(
                Receptor.conductance("ex", kex, p.get("E_ex")),
                Receptor.conductance("in", kin, p.get("E_in"))), spec.size(), spec.dtMs());
    }

    @Override
    public void update(long step, int from, int to, SpikeBuffer spiked) {
        if (!accurate && exMean.exponential() && inMean.exponential()) {
            updateFastExp(from, to, spiked);
            return;
        }
        if (accurate) {
            integrateAccurate(from, to);
        } else {
            integrateFastGeneral(from, to);
        }
        ports.advance(from, to);
        ports.deliver(from, to);
        final double[] v = this.v;
        final int[] r = this.r;
        final double[] iStim = this.iStim;
        final double[] cur = this.currentIn;
        for (int i = from; i < to; i++) {
            if (r[i] > 0) {
                r[i]--;
                v[i] = vReset;
            } else if (v[i] >= vTh) {
                r[i] = refSteps;
                v[i] = vReset;
                spiked.add(i);
            }
            iStim[i] = cur[i];
            cur[i] = 0.0;
        }
    }

    /**
     * FAST with exponential kinetics, the hot loop of large conductance-based networks, in one pass:
     * each bank is advanced inside the pass with its own propagator ({@link Conductances#stepDecay},
     * the arithmetic of {@link SynapseBank#advance(int, int)}), so the step-start conductance is the
     * advanced value times e^{h/τ} and the step mean that times τ/h·(e^{h/τ} − 1); the step's
     * events are added after the pass ({@link SynapsePorts#deliver}, or by the simulator itself).
     * The exponential step is V∞ + (V − V∞)·e^{−x}, x = G·h/C_m, with e^{−x} from {@link FastExp}
     * (within 0.51 ulp, inlined: no stub call and no branch per neuron).
     */
    private void updateFastExp(int from, int to, SpikeBuffer spiked) {
        final double[] gEx = ex.exponentialState();
        final double[] gIn = in.exponentialState();
        final double pEx = exStep;
        final double pIn = inStep;
        final double[] v = this.v;
        final int[] r = this.r;
        final double[] iStim = this.iStim;
        final double[] cur = this.currentIn;
        final double fEx = exMean.meanFactor() / exDecay;
        final double fIn = inMean.meanFactor() / inDecay;
        final double gL = this.gL;
        final double gLeL = gL * eL;
        final double eEx = this.eEx;
        final double eIn = this.eIn;
        final double iE = this.iE;
        final double hc = dt / cM;
        final double vTh = this.vTh;
        final double vReset = this.vReset;
        final int refSteps = this.refSteps;
        for (int i = from; i < to; i++) {
            final double aEx = gEx[i] * pEx;
            final double aIn = gIn[i] * pIn;
            gEx[i] = aEx;
            gIn[i] = aIn;
            double vi;
            if (r[i] > 0) {
                r[i]--;
                vi = vReset;
            } else {
                double ge = fEx * aEx;
                double gi = fIn * aIn;
                double x = hc * (gL + ge + gi);
                double drive = hc * (gLeL + ge * eEx + gi * eIn + iE + iStim[i]);
                double vInf = drive / x;
                vi = vInf + (v[i] - vInf) * FastExp.exp(-x);
                if (vi >= vTh) {
                    r[i] = refSteps;
                    vi = vReset;
                    spiked.add(i);
                }
            }
            v[i] = vi;
            iStim[i] = cur[i];
            cur[i] = 0.0;
        }
        ports.deliver(from, to);
    }

    private void integrateFastGeneral(int from, int to) {
        final double[] v = this.v;
        for (int i = from; i < to; i++) {
            if (r[i] > 0) {
                continue;
            }
            double ge = exMean.stepMean(i);
            double gi = inMean.stepMean(i);
            double g = gL + ge + gi;
            double vInf = (gL * eL + ge * eEx + gi * eIn + iE + iStim[i]) / g;
            v[i] = vInf + (v[i] - vInf) * Math.exp(-dt * g / cM);
        }
    }

    private void integrateAccurate(int from, int to) {
        Work w = work.get();
        final double[] y = w.y;
        for (int i = from; i < to; i++) {
            if (r[i] > 0) {
                continue;
            }
            w.neuron = i;
            w.drive = iE + iStim[i];
            y[0] = v[i];
            double t = 0.0;
            double h = hStep[i];
            while (t < dt) {
                t = w.rk.step(w, t, dt, h, y);
                h = w.rk.suggestedStep();
            }
            hStep[i] = h;
            v[i] = y[0];
        }
    }

    /** Per-thread RKF45 workspace and right-hand side. */
    private final class Work implements OdeSystem {
        final Rkf45 rk = Rkf45.absolute(1, ERROR_TOLERANCE);
        final double[] y = new double[1];
        int neuron;
        double drive;

        @Override
        public void derivatives(double t, double[] yy, double[] dydt) {
            double vv = yy[0];
            double ge = ex.valueAfter(neuron, t);
            double gi = in.valueAfter(neuron, t);
            dydt[0] = (-gL * (vv - eL) - ge * (vv - eEx) - gi * (vv - eIn) + drive) / cM;
        }
    }

    @Override
    public int portForWeight(double weight) {
        return weight >= 0 ? 0 : 1;
    }

    @Override
    public double portWeight(double weight) {
        return Math.abs(weight);
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
