package org.neurite.pointneuron.model.nest;

import java.util.Arrays;
import java.util.List;
import org.neurite.channels.io.BadInputException;
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
import org.neurite.pointneuron.model.core.Params;
import org.neurite.pointneuron.model.core.SynapsePorts;
import org.neurite.pointneuron.model.ode.OdeSystem;
import org.neurite.pointneuron.model.ode.Rkf45;

/**
 * NEST's {@code aeif_cond_exp} and {@code aeif_cond_alpha}: the adaptive exponential
 * integrate-and-fire neuron (Brette &amp; Gerstner 2005) with exponential or alpha-shaped
 * conductances, in NEST's formulation:
 * <pre>
 *   C_m dV/dt = −g_L (V − E_L) + g_L Δ_T exp((V − V_th)/Δ_T) − g_ex (V − E_ex) − g_in (V − E_in) − w + I_e + I_stim
 *   τ_w dw/dt = a (V − E_L) − w
 * </pre>
 * with V in the right-hand side replaced by min(V, V_peak) (NEST's guard against the exponential's
 * blow-up) and by V_reset, with dV/dt = 0, while refractory. When V ≥ V_peak (V_th if Δ_T = 0):
 * spike (stamped at the end of the step), V ← V_reset, w ← w + b, refractory for t_ref.
 *
 * <p>Integrators. {@link Integrator#ACCURATE} is NEST's: RKF45 with GSL's derivative-scaled error
 * control at {@code gsl_error_tol} (default 1e-6: |err_i| ≤ tol·(1 + h·|y'_i|)), the threshold
 * tested after every internal step (so a neuron can fire, reset and go on within a step, and fire
 * again if t_ref = 0); the conductances are exact at every stage. {@link Integrator#FAST} is Heun's
 * second-order method at the simulation step with the same clamped right-hand side, exact
 * conductances at both ends of the step and the threshold tested at the end of the step (its
 * error against LSODAR is measured in the tests).
 *
 * <p>Ports "ex"/"in" (nS; NEST signed weights: w &gt; 0 → ex, w &lt; 0 → in as |w|). State variables
 * V_m (initially E_L), g_ex, g_in, w (initially 0). I_stim is the current written in the previous
 * step.
 */
public final class AeifCond extends BlockBase {
    /** NEST's parameters and defaults (the same for both kinetics). */
    public static List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.any("V_peak", "mV", 0.0, "spike detection threshold (used when Delta_T > 0)"),
                ParameterSpec.any("V_reset", "mV", -60.0, "reset potential"),
                ParameterSpec.nonNegative("t_ref", "ms", 0.0, "absolute refractory period"),
                ParameterSpec.positive("g_L", "nS", 30.0, "leak conductance"),
                ParameterSpec.positive("C_m", "pF", 281.0, "membrane capacitance"),
                ParameterSpec.any("E_ex", "mV", 0.0, "excitatory reversal potential"),
                ParameterSpec.any("E_in", "mV", -85.0, "inhibitory reversal potential"),
                ParameterSpec.any("E_L", "mV", -70.6, "leak reversal potential"),
                ParameterSpec.nonNegative("Delta_T", "mV", 2.0, "slope factor (0: integrate-and-fire with threshold V_th)"),
                ParameterSpec.positive("tau_w", "ms", 144.0, "adaptation time constant"),
                ParameterSpec.any("a", "nS", 4.0, "subthreshold adaptation"),
                ParameterSpec.any("b", "pA", 80.5, "spike-triggered adaptation"),
                ParameterSpec.any("V_th", "mV", -50.4, "spike initiation threshold"),
                ParameterSpec.positive("tau_syn_ex", "ms", 0.2, "excitatory synaptic time constant"),
                ParameterSpec.positive("tau_syn_in", "ms", 2.0, "inhibitory synaptic time constant"),
                ParameterSpec.any("I_e", "pA", 0.0, "constant external current"),
                ParameterSpec.positive("gsl_error_tol", "1", 1e-6, "error tolerance of the ACCURATE integrator"));
    }

    private final double vPeak; // effective spike threshold
    private final double vReset;
    private final double gL;
    private final double cM;
    private final double eEx;
    private final double eIn;
    private final double eL;
    private final double deltaT;
    private final double tauW;
    private final double a;
    private final double b;
    private final double vTh;
    private final double iE;
    private final int refSteps;
    private final boolean accurate;
    private final boolean exponentialKinetics;
    private final double decayEx;
    private final double decayIn;
    private final SynapseBank ex;
    private final SynapseBank in;
    private final double[] v;
    private final double[] w;
    private final int[] r;
    private final double[] iStim;
    private final double[] hStep;
    private final ThreadLocal<Work> work;

    /**
     * @param spec block spec (parameters as {@link #parameters()})
     * @param alpha alpha-shaped conductances (aeif_cond_alpha)
     */
    public AeifCond(BlockSpec spec, boolean alpha) {
        super(alpha ? "aeif_cond_alpha" : "aeif_cond_exp", spec.size(), spec.dtMs(), ports(spec, alpha),
                List.of("V_m", "g_ex", "g_in", "w"));
        ParameterSet p = spec.parameters();
        deltaT = p.get("Delta_T");
        Params.requireBelow(p, "V_reset", "V_peak");
        Params.requireAtMost(p, "V_th", "V_peak");
        if (deltaT > 0 && (p.get("V_peak") - p.get("V_th")) / deltaT > 700) {
            throw BadInputException.parameter(p.owner() + " Delta_T", "(V_peak − V_th)/Delta_T exceeds 700: exp() would overflow");
        }
        vTh = p.get("V_th");
        vPeak = deltaT > 0 ? p.get("V_peak") : vTh;
        vReset = p.get("V_reset");
        gL = p.get("g_L");
        cM = p.get("C_m");
        eEx = p.get("E_ex");
        eIn = p.get("E_in");
        eL = p.get("E_L");
        tauW = p.get("tau_w");
        a = p.get("a");
        b = p.get("b");
        iE = p.get("I_e");
        refSteps = steps(p.get("t_ref"), dt);
        accurate = spec.integrator() == Integrator.ACCURATE;
        exponentialKinetics = !alpha;
        decayEx = Math.exp(-dt / p.get("tau_syn_ex"));
        decayIn = Math.exp(-dt / p.get("tau_syn_in"));
        ex = ports.bank(0);
        in = ports.bank(1);
        v = new double[n];
        Arrays.fill(v, eL);
        w = new double[n];
        r = new int[n];
        iStim = new double[n];
        hStep = new double[accurate ? n : 0];
        Arrays.fill(hStep, dt);
        double tol = p.get("gsl_error_tol");
        work = accurate ? ThreadLocal.withInitial(() -> new Work(tol)) : null;
    }

    private static SynapsePorts ports(BlockSpec spec, boolean alpha) {
        ParameterSet p = spec.parameters();
        ReceptorKinetics kex = alpha ? new Alpha(p.get("tau_syn_ex")) : new Exponential(p.get("tau_syn_ex"));
        ReceptorKinetics kin = alpha ? new Alpha(p.get("tau_syn_in")) : new Exponential(p.get("tau_syn_in"));
        return new SynapsePorts(List.of(
                Receptor.conductance("ex", kex, p.get("E_ex")),
                Receptor.conductance("in", kin, p.get("E_in"))), spec.size(), spec.dtMs());
    }

    /** dV/dt [mV/ms] for conductances ge, gi [nS] and drive [pA] (not refractory). */
    private double dV(double vv, double ww, double ge, double gi, double drive) {
        double vc = vv < vPeak ? vv : vPeak;
        double spike = deltaT > 0 ? gL * deltaT * Math.exp((vc - vTh) / deltaT) : 0.0;
        return (-gL * (vc - eL) + spike - ge * (vc - eEx) - gi * (vc - eIn) - ww + drive) / cM;
    }

    @Override
    public void update(long step, int from, int to, SpikeBuffer spiked) {
        if (accurate) {
            updateAccurate(from, to, spiked);
        } else {
            updateHeun(from, to, spiked);
        }
        ports.advance(from, to);
        ports.deliver(from, to);
        for (int i = from; i < to; i++) {
            iStim[i] = currentIn[i];
            currentIn[i] = 0.0;
        }
    }

    private void updateHeun(int from, int to, SpikeBuffer spiked) {
        final double h = dt;
        final double wInfRef = a * (vReset - eL);
        final double wDecay = Math.exp(-h / tauW);
        for (int i = from; i < to; i++) {
            if (r[i] > 0) {
                r[i]--;
                v[i] = vReset;
                w[i] = wInfRef + (w[i] - wInfRef) * wDecay;
                continue;
            }
            double ge0 = ex.value(i);
            double gi0 = in.value(i);
            double ge1;
            double gi1;
            if (exponentialKinetics) {
                ge1 = ge0 * decayEx;
                gi1 = gi0 * decayIn;
            } else {
                ge1 = ex.valueAfter(i, h);
                gi1 = in.valueAfter(i, h);
            }
            double drive = iE + iStim[i];
            double v0 = v[i];
            double w0 = w[i];
            double k1v = dV(v0, w0, ge0, gi0, drive);
            double k1w = (a * ((v0 < vPeak ? v0 : vPeak) - eL) - w0) / tauW;
            double vp = v0 + h * k1v;
            double wp = w0 + h * k1w;
            double k2v = dV(vp, wp, ge1, gi1, drive);
            double k2w = (a * ((vp < vPeak ? vp : vPeak) - eL) - wp) / tauW;
            double v1 = v0 + 0.5 * h * (k1v + k2v);
            double w1 = w0 + 0.5 * h * (k1w + k2w);
            if (v1 >= vPeak) {
                // reset at the crossing, estimated by linear interpolation within the step, and
                // spend the rest of the step refractory or (t_ref = 0) integrating from V_reset
                double frac = (vPeak - v0) / (v1 - v0);
                frac = frac < 0 ? 0 : (frac > 1 ? 1 : frac);
                double rest = h * (1 - frac);
                w1 = w0 + frac * (w1 - w0) + b;
                spiked.add(i);
                if (refSteps > 0) {
                    r[i] = refSteps;
                    v1 = vReset;
                    w1 = wInfRef + (w1 - wInfRef) * Math.exp(-rest / tauW);
                } else {
                    double gec = ge0 + frac * (ge1 - ge0);
                    double gic = gi0 + frac * (gi1 - gi0);
                    double a1 = dV(vReset, w1, gec, gic, drive);
                    double b1 = (a * (vReset - eL) - w1) / tauW;
                    double vq = vReset + rest * a1;
                    double wq = w1 + rest * b1;
                    double a2 = dV(vq, wq, ge1, gi1, drive);
                    double b2 = (a * ((vq < vPeak ? vq : vPeak) - eL) - wq) / tauW;
                    v1 = vReset + 0.5 * rest * (a1 + a2);
                    w1 = w1 + 0.5 * rest * (b1 + b2);
                }
            }
            v[i] = v1;
            w[i] = w1;
        }
    }

    private void updateAccurate(int from, int to, SpikeBuffer spiked) {
        Work wk = work.get();
        final double[] y = wk.y;
        for (int i = from; i < to; i++) {
            wk.neuron = i;
            wk.drive = iE + iStim[i];
            y[0] = v[i];
            y[1] = w[i];
            double t = 0.0;
            double h = hStep[i];
            while (t < dt) {
                wk.refractory = r[i] > 0;
                t = wk.rk.step(wk, t, dt, h, y);
                h = wk.rk.suggestedStep();
                if (y[0] < -1e3 || Math.abs(y[1]) > 1e6) {
                    throw new ArithmeticException(model + " neuron " + i + ": numerical instability (V = " + y[0] + ", w = " + y[1] + ")");
                }
                if (r[i] > 0) {
                    y[0] = vReset;
                } else if (y[0] >= vPeak) {
                    y[0] = vReset;
                    y[1] += b;
                    r[i] = refSteps > 0 ? refSteps + 1 : 0;
                    spiked.add(i);
                }
            }
            if (r[i] > 0) {
                r[i]--;
            }
            hStep[i] = h;
            v[i] = y[0];
            w[i] = y[1];
        }
    }

    /** Per-thread RKF45 workspace and NEST's right-hand side for (V, w). */
    private final class Work implements OdeSystem {
        final Rkf45 rk;
        final double[] y = new double[2];
        int neuron;
        double drive;
        boolean refractory;

        Work(double tol) {
            rk = Rkf45.derivativeScaled(2, tol);
        }

        @Override
        public void derivatives(double t, double[] yy, double[] dydt) {
            double ww = yy[1];
            if (refractory) {
                dydt[0] = 0.0;
                dydt[1] = (a * (vReset - eL) - ww) / tauW;
                return;
            }
            double vv = yy[0];
            dydt[0] = dV(vv, ww, ex.valueAfter(neuron, t), in.valueAfter(neuron, t), drive);
            dydt[1] = (a * ((vv < vPeak ? vv : vPeak) - eL) - ww) / tauW;
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
            case 3:
                return w[i];
            default:
                throw new IndexOutOfBoundsException(model + " has 4 recordables");
        }
    }

    @Override
    public void setState(String variable, int i, double value) {
        int k = variableIndex(variable);
        checkNeuron(i);
        checkFinite(model, variable, value);
        if (k == 0) {
            v[i] = value;
        } else if (k == 3) {
            w[i] = value;
        } else {
            throw notSettable(variable);
        }
    }
}
