package org.neurite.pointneuron.model.nest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neurite.channels.ion.ChannelBank;
import org.neurite.channels.receptor.SynapseBank;
import org.neurite.pointneuron.model.BlockSpec;
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.SpikeBuffer;
import org.neurite.pointneuron.model.core.BlockBase;
import org.neurite.pointneuron.model.core.ChannelOde;
import org.neurite.pointneuron.model.core.Conductances;
import org.neurite.pointneuron.model.core.SynapsePorts;
import org.neurite.pointneuron.model.ode.OdeSystem;
import org.neurite.pointneuron.model.ode.Rkf45;

/**
 * A single-compartment Hodgkin–Huxley neuron in NEST's formulation, shared by
 * {@code hh_psc_alpha} and {@code hh_cond_exp_traub}: C_m dV/dt = Σ_channels ḡ·Π x^p·(E − V) +
 * I_syn + I_e + I_stim, the gates following their rate equations; the channels' gate states live
 * in {@link ChannelBank}s (channel types from channels), the synaptic state in the ports' synapse
 * banks. A spike is emitted at the end of a step if V ≥ the threshold and V fell during the step
 * (a local maximum), unless within t_ref of the last one (t_ref only blocks emission; V evolves
 * freely). I_stim is the current written in the previous step.
 *
 * <p>Integrators. {@link Integrator#ACCURATE} is NEST's: RKF45 on (V, gates) with absolute error
 * 1e-3 per internal step (GSL control as NEST sets it), the synaptic currents or conductances
 * exact at every stage. {@link Integrator#FAST}: a second-order splitting at the simulation step —
 * the gates advance half a step by exponential Euler at V(t) (exact for constant V), V a full step
 * by Crank–Nicolson with the channel conductances of these midpoint gates and the step-mean
 * synaptic input, then the gates the second half step at V(t + h). Against NEURON at 1 nA it puts
 * the 7th spike 0.3 ms late at h = 0.1 ms and within 0.01 ms at h = 0.01 ms (see the tests).
 */
public final class HhBlock extends BlockBase {
    /** NEST's absolute error tolerance for its HH models. */
    public static final double ERROR_TOLERANCE = 1e-3;

    private final ChannelOde channels;
    private final int gates;
    private final double cM;
    private final double iE;
    private final double threshold;
    private final int refSteps;
    private final boolean accurate;
    private final SynapseBank[] syn;
    private final Conductances[] synMean;
    private final double[] synE; // reversal or NaN for current ports
    private final double[] v;
    private final int[] r;
    private final double[] iStim;
    private final double[] hStep;
    private final ThreadLocal<Work> work;
    private final int firstGateRecordable;

    /**
     * @param model model name
     * @param spec block spec
     * @param ports synaptic ports
     * @param channelBanks channel banks (instance i on neuron i), gates set to their initial state
     * @param celsius temperature for q10 factors [°C]
     * @param cM capacitance [pF]
     * @param iE constant current [pA]
     * @param thresholdMV spike threshold [mV]
     * @param tRefMs emission-blocking refractory time [ms]
     * @param vInitMV initial V [mV]
     * @param synRecordables names of the ports' recordable values (e.g. I_syn_ex or g_ex)
     * @param gateRecordables names of the gates in bank order (e.g. Act_m, Inact_h, Act_n)
     */
    HhBlock(String model, BlockSpec spec, SynapsePorts ports, ChannelBank[] channelBanks, double celsius, double cM, double iE,
            double thresholdMV, double tRefMs, double vInitMV, List<String> synRecordables, List<String> gateRecordables) {
        super(model, spec.size(), spec.dtMs(), ports, names(synRecordables, gateRecordables));
        this.channels = new ChannelOde(channelBanks, celsius);
        this.gates = channels.stateCount();
        if (gates != gateRecordables.size()) {
            throw new IllegalArgumentException("one recordable name per gate needed");
        }
        this.cM = cM;
        this.iE = iE;
        this.threshold = thresholdMV;
        this.refSteps = steps(tRefMs, dt);
        this.accurate = spec.integrator() == Integrator.ACCURATE;
        syn = new SynapseBank[ports.count()];
        synMean = new Conductances[ports.count()];
        synE = new double[ports.count()];
        for (int p = 0; p < syn.length; p++) {
            syn[p] = ports.bank(p);
            synMean[p] = new Conductances(syn[p], dt);
            synE[p] = syn[p].receptor().reversalMV();
        }
        v = new double[n];
        Arrays.fill(v, vInitMV);
        r = new int[n];
        iStim = new double[n];
        hStep = new double[accurate ? n : 0];
        Arrays.fill(hStep, dt);
        work = ThreadLocal.withInitial(Work::new);
        firstGateRecordable = 1 + synRecordables.size();
    }

    private static List<String> names(List<String> syn, List<String> gateNames) {
        List<String> l = new ArrayList<>();
        l.add("V_m");
        l.addAll(syn);
        l.addAll(gateNames);
        return l;
    }

    /** The channel ODE helper (for initial states). */
    ChannelOde channels() {
        return channels;
    }

    @Override
    public void update(long step, int from, int to, SpikeBuffer spiked) {
        Work wk = work.get();
        final double[] y = wk.y;
        for (int i = from; i < to; i++) {
            double vOld = v[i];
            y[0] = vOld;
            channels.load(i, y, 1);
            wk.neuron = i;
            wk.drive = iE + iStim[i];
            if (accurate) {
                double t = 0.0;
                double h = hStep[i];
                while (t < dt) {
                    t = wk.rk.step(wk, t, dt, h, y);
                    h = wk.rk.suggestedStep();
                }
                hStep[i] = h;
            } else {
                channels.advanceAt(i, vOld, 0.5 * dt, y, 1, wk.g);
                double g = wk.g[0];
                double ge = wk.g[1] + wk.drive;
                for (int p = 0; p < syn.length; p++) {
                    double s = synMean[p].stepMean(i);
                    if (Double.isNaN(synE[p])) {
                        ge += s;
                    } else {
                        g += s;
                        ge += s * synE[p];
                    }
                }
                y[0] = ((cM / dt - 0.5 * g) * vOld + ge) / (cM / dt + 0.5 * g);
                channels.advanceAt(i, y[0], 0.5 * dt, y, 1, wk.g);
            }
            channels.store(i, y, 1);
            double vNew = y[0];
            v[i] = vNew;
            if (r[i] > 0) {
                r[i]--;
            } else if (vNew >= threshold && vOld > vNew) {
                r[i] = refSteps;
                spiked.add(i);
            }
            iStim[i] = currentIn[i];
            currentIn[i] = 0.0;
        }
        ports.advance(from, to);
        ports.deliver(from, to);
    }

    /** Per-thread workspace and right-hand side (V, gates). */
    private final class Work implements OdeSystem {
        final Rkf45 rk = Rkf45.absolute(1 + gates, ERROR_TOLERANCE);
        final double[] y = new double[1 + gates];
        final double[] g = new double[2];
        int neuron;
        double drive;

        @Override
        public void derivatives(double t, double[] yy, double[] dydt) {
            double vv = yy[0];
            double current = channels.evaluate(neuron, vv, yy, 1, dydt) + drive;
            for (int p = 0; p < syn.length; p++) {
                double s = syn[p].valueAfter(neuron, t);
                current += Double.isNaN(synE[p]) ? s : s * (synE[p] - vv);
            }
            dydt[0] = current / cM;
        }
    }

    @Override
    public int portForWeight(double weight) {
        return weight >= 0 ? 0 : 1;
    }

    @Override
    public double portWeight(double weight) {
        return Double.isNaN(synE[0]) ? weight : Math.abs(weight);
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
        if (variable == 0) {
            return v[i];
        }
        if (variable < firstGateRecordable) {
            return syn[variable - 1].value(i);
        }
        Work wk = work.get();
        channels.load(i, wk.y, 0);
        return wk.y[variable - firstGateRecordable];
    }

    @Override
    public void setState(String variable, int i, double value) {
        int k = variableIndex(variable);
        checkNeuron(i);
        checkFinite(model, variable, value);
        if (k == 0) {
            v[i] = value;
        } else if (k < firstGateRecordable) {
            throw notSettable(variable);
        } else {
            if (!(value >= 0 && value <= 1)) {
                throw new org.neurite.channels.io.BadInputException(model + " gate " + variable + " must be in [0, 1], got " + value);
            }
            Work wk = work.get();
            channels.load(i, wk.y, 0);
            wk.y[k - firstGateRecordable] = value;
            channels.store(i, wk.y, 0);
        }
    }
}
