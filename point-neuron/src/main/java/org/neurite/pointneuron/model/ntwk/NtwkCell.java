package org.neurite.pointneuron.model.ntwk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.receptor.Delta;
import org.neurite.channels.receptor.Exponential;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.receptor.SynapseBank;
import org.neurite.channels.spi.ParameterSet;
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
 * The cell of the {@code neural_network_dynamics} toolkit (ntwk; Zerlaut et al. 2018, J Comput
 * Neurosci 44:45): the adaptive exponential integrate-and-fire membrane with one synaptic pathway
 * per presynaptic population, with ntwk's parameter names and its Brian2 semantics
 * (units ms, mV, pF, nS, pA):
 * <pre>
 *   Cm dV/dt = Gl (El − V) + Gl deltaV exp((V − Vthre)/deltaV) + Σ_p G_p (Erev_p − V) + I − w   (V held while refractory)
 *   tauw dw/dt = a (V − El) − w
 *   spike when V &gt; Vthre + 5·deltaV (not refractory): V ← Vreset, w ← w + b, refractory Trefrac
 * </pre>
 * The exponential term is absent when deltaV = 0 (LIF, as ntwk does). The pathways are the
 * block's ports ({@link BlockSpec#ports()}: ntwk's exponential conductances with Tsyn_p and
 * Erev_p; weights Q_p_post in nS); current-based ports add their current instead.
 *
 * <p>Step semantics follow Brian2, which ntwk runs: the state update of a step uses the values at
 * its start (conductances, the external current I written for this step), then the threshold is
 * tested on the new V; a neuron that spiked in step n is held at Vreset during the updates of
 * steps n+1 … n+R−1 with R = round(Trefrac/dt) (Brian2's {@code not_refractory} rule) and w keeps
 * evolving; events written for step n enter the conductances at its end. Brian2 records the spike
 * at the start of the step ({@link #spikeStampOffset()} = 0).
 *
 * <p>Integrators. {@link Integrator#FAST} is Brian2's forward Euler at the simulation step, as
 * the ntwk and JCNS 2018 reference simulations use (first order in dt), including Brian2's Euler
 * step of the exponential conductances: their banks decay with τ' = −h/ln(1 − h/τ), which gives
 * Brian2's G·(1 − h/τ) per step exactly ({@link #brian2EulerTau}; so in FAST mode the pathway
 * conductance is Brian2's, 1 % below the exact decay's integral for τ = 5 ms, h = 0.1 ms); its
 * exponential spike term is computed by {@link FastExp} (within 0.51 ulp, inlined into the loop).
 * {@link Integrator#ACCURATE} is
 * adaptive RKF45 on (V, w) with exact conductances at every stage and NEST aeif's error control
 * (|err| ≤ 1e-6·(1 + h·|y'|)); the threshold is tested after every internal step, so a spike
 * resets V inside the step and the rest of the step is refractory; w relaxes exactly while V is
 * held.
 *
 * <p>State variables: {@code V}, {@code w_adapt} (ntwk's names) and {@code G<port>} for each port.
 */
public final class NtwkCell extends BlockBase {
    /** Error tolerance of the ACCURATE mode (NEST aeif's gsl_error_tol default). */
    public static final double ERROR_TOLERANCE = 1e-6;

    private final double gl;
    private final double cm;
    private final double el;
    private final double vthre;
    private final double vreset;
    private final double deltaV;
    private final double a;
    private final double b;
    private final double tauw;
    private final double vCut;
    private final int refSteps;
    private final boolean exponential;
    private final boolean accurate;
    private final SynapseBank[] banks;
    private final double[] erev; // NaN for current-based ports
    private final boolean nmda;
    private final double[] undo; // e^{h/tau} per exponential port: advanced value → step-start value
    private final double[] decay; // e^{-h/tau} per exponential port: the bank's propagator
    private final boolean twoExpPorts;
    private boolean adapting; // false while a = b = 0 and every w is 0: w stays 0 and is skipped
    private final double[] v; // [mV]
    private final double[] w; // [pA]
    private final int[] refr; // clamped updates left
    private final double[] gSum; // scratch per neuron [nS]
    private final double[] gESum; // scratch [pA]
    private final double[] iSyn; // scratch [pA]
    private final double[] hStep;
    private final ThreadLocal<Work> work;

    /**
     * @param spec the block spec (ntwk parameters; ports = the pathways)
     * @param model name for messages (LIF, EIF, AdExp)
     */
    public NtwkCell(BlockSpec spec, String model) {
        super(model, spec.size(), spec.dtMs(), new SynapsePorts(pathways(model, spec), spec.size(), spec.dtMs()),
                recordables(spec.ports()));
        ParameterSet p = spec.parameters();
        Params.requireBelow(p, "Vreset", "Vthre");
        gl = p.get("Gl");
        cm = p.get("Cm");
        el = p.get("El");
        vthre = p.get("Vthre");
        vreset = p.get("Vreset");
        deltaV = p.get("deltaV");
        a = p.get("a");
        b = p.get("b");
        tauw = p.get("tauw");
        exponential = deltaV > 0;
        vCut = vthre + 5.0 * deltaV;
        refSteps = steps(p.get("Trefrac"), dt);
        accurate = spec.integrator() == Integrator.ACCURATE;
        int np = ports.count();
        banks = new SynapseBank[np];
        erev = new double[np];
        boolean anyNmda = false;
        for (int k = 0; k < np; k++) {
            banks[k] = ports.bank(k);
            Receptor rc = banks[k].receptor();
            erev[k] = rc.reversalMV();
            anyNmda |= rc.kinetics() instanceof org.neurite.channels.receptor.Nmda;
        }
        nmda = anyNmda;
        undo = new double[np];
        decay = new double[np];
        boolean allExp = np == 2;
        for (int k = 0; k < np; k++) {
            Receptor rc = banks[k].receptor();
            if (rc.kinetics() instanceof Exponential e && rc.isConductanceBased()) {
                undo[k] = Math.exp(dt / e.tauMs());
                decay[k] = Conductances.stepDecay(banks[k]);
            } else {
                allExp = false;
            }
        }
        twoExpPorts = allExp;
        adapting = a != 0.0 || b != 0.0;
        v = new double[n];
        Arrays.fill(v, el);
        w = new double[n];
        refr = new int[n];
        gSum = new double[n];
        gESum = new double[n];
        iSyn = new double[n];
        hStep = new double[accurate ? n : 0];
        Arrays.fill(hStep, dt);
        work = accurate ? ThreadLocal.withInitial(Work::new) : null;
    }

    /**
     * The pathways' receptors; in FAST mode exponential ones get Brian2's Euler-equivalent time
     * constant {@link #brian2EulerTau}, so the bank holds exactly the conductance Brian2 computes.
     */
    private static List<Receptor> pathways(String model, BlockSpec spec) {
        List<Receptor> out = new ArrayList<>();
        for (Receptor r : spec.ports()) {
            if (r.kinetics() instanceof Delta) {
                throw BadInputException.parameter(model + " pathway " + r.name(),
                        "delta kinetics are voltage jumps; ntwk pathways are conductances or currents");
            }
            if (spec.integrator() == Integrator.FAST && r.kinetics() instanceof Exponential e) {
                if (!(spec.dtMs() < e.tauMs())) {
                    throw BadInputException.parameter(model + " pathway " + r.name() + " Tsyn",
                            "must exceed the step " + spec.dtMs() + " ms for Brian2's Euler scheme, got " + e.tauMs());
                }
                out.add(new Receptor(r.name(), new Exponential(brian2EulerTau(e.tauMs(), spec.dtMs())), r.reversalMV()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Brian2 advances dG/dt = −G/τ by forward Euler, G ← G·(1 − h/τ): on the grid that is exactly
     * an exponential decay with τ' = −h/ln(1 − h/τ) (4.950 ms for τ = 5 ms, h = 0.1 ms; the
     * integrated conductance is 1 % smaller than with τ).
     */
    public static double brian2EulerTau(double tauMs, double dtMs) {
        return -dtMs / Math.log1p(-dtMs / tauMs);
    }

    private static List<String> recordables(List<Receptor> ports) {
        List<String> names = new ArrayList<>(List.of("V", "w_adapt"));
        for (Receptor r : ports) {
            names.add("G" + r.name());
        }
        return names;
    }

    @Override
    public void update(long step, int from, int to, SpikeBuffer spiked) {
        if (twoExpPorts && !accurate) {
            updateEulerTwoExp(from, to, spiked);
            ports.deliver(from, to);
            return;
        }
        if (accurate) {
            updateAccurate(from, to, spiked);
        } else {
            synapticSums(from, to);
            updateEuler(from, to, spiked);
        }
        ports.advance(from, to);
        ports.deliver(from, to);
    }

    /** gSum = Σ g, gESum = Σ g·E over conductance ports, iSyn = Σ current ports, at the step start. */
    private void synapticSums(int from, int to) {
        Arrays.fill(gSum, from, to, 0.0);
        Arrays.fill(gESum, from, to, 0.0);
        Arrays.fill(iSyn, from, to, 0.0);
        for (int k = 0; k < banks.length; k++) {
            final SynapseBank bank = banks[k];
            final double e = erev[k];
            if (Double.isNaN(e)) {
                for (int i = from; i < to; i++) {
                    iSyn[i] += bank.value(i);
                }
            } else if (nmda) {
                for (int i = from; i < to; i++) {
                    double g = bank.conductance(i, v[i]);
                    gSum[i] += g;
                    gESum[i] += g * e;
                }
            } else {
                for (int i = from; i < to; i++) {
                    double g = bank.value(i);
                    gSum[i] += g;
                    gESum[i] += g * e;
                }
            }
        }
    }

    /**
     * Brian2's forward Euler for the common case of two exponential conductance pathways, in one
     * pass over the arrays (the hot loop of ntwk E/I networks). Each pathway's bank is advanced
     * inside the pass with the bank's own propagator ({@link Conductances#stepDecay}), and the step-start conductance used by
     * the membrane is that advanced value times e^{h/τ}: the same arithmetic, operation for
     * operation, as advancing the banks first, without a second sweep over the conductances. The
     * step's events are not read here: the simulator delivers them into the banks after the update
     * (direct events), or {@link SynapsePorts#deliver} adds them after this pass (every memory
     * stream fewer in this loop counts: it runs at a few cycles per neuron). The new V is computed
     * for every neuron and kept only for those not refractory; w evolves in both cases, as in
     * {@link #updateEuler}.
     */
    private void updateEulerTwoExp(int from, int to, SpikeBuffer spiked) {
        final double[] g0s = banks[0].exponentialState();
        final double[] g1s = banks[1].exponentialState();
        final double p0 = decay[0];
        final double p1 = decay[1];
        final double back0 = undo[0];
        final double back1 = undo[1];
        final double e0 = erev[0];
        final double e1 = erev[1];
        final double[] v = this.v;
        final double[] w = this.w;
        final int[] refr = this.refr;
        final double[] cur = this.currentIn;
        final double hOverC = dt / cm;
        final double hOverTauw = dt / tauw;
        final double gl = this.gl;
        final double el = this.el;
        final double a = this.a;
        final double b = this.b;
        final double vCut = this.vCut;
        final double vreset = this.vreset;
        final double glDelta = gl * deltaV;
        final double invDelta = exponential ? 1.0 / deltaV : 0.0;
        final double vthre = this.vthre;
        final int rSet = refSteps - 1;
        if (adapting) {
            for (int i = from; i < to; i++) {
                final double adv0 = g0s[i] * p0;
                final double adv1 = g1s[i] * p1;
                g0s[i] = adv0;
                g1s[i] = adv1;
                final double vi = v[i];
                final double wi = w[i];
                final int ri = refr[i];
                double iTot = gl * (el - vi) + (back0 * adv0) * (e0 - vi) + (back1 * adv1) * (e1 - vi) + cur[i] - wi;
                cur[i] = 0.0;
                if (exponential) {
                    iTot += glDelta * FastExp.exp((vi - vthre) * invDelta);
                }
                final double vn = vi + hOverC * iTot;
                double wn = wi + hOverTauw * (a * (vi - el) - wi);
                final boolean held = ri > 0;
                if (!held && vn > vCut) {
                    v[i] = vreset;
                    wn += b;
                    refr[i] = rSet;
                    spiked.add(i);
                } else {
                    v[i] = held ? vi : vn;
                    refr[i] = held ? ri - 1 : ri;
                }
                w[i] = wn;
            }
        } else {
            for (int i = from; i < to; i++) {
                final double adv0 = g0s[i] * p0;
                final double adv1 = g1s[i] * p1;
                g0s[i] = adv0;
                g1s[i] = adv1;
                final double vi = v[i];
                final int ri = refr[i];
                double iTot = gl * (el - vi) + (back0 * adv0) * (e0 - vi) + (back1 * adv1) * (e1 - vi) + cur[i];
                cur[i] = 0.0;
                if (exponential) {
                    iTot += glDelta * FastExp.exp((vi - vthre) * invDelta);
                }
                final double vn = vi + hOverC * iTot;
                final boolean held = ri > 0;
                if (!held && vn > vCut) {
                    v[i] = vreset;
                    refr[i] = rSet;
                    spiked.add(i);
                } else {
                    v[i] = held ? vi : vn;
                    refr[i] = held ? ri - 1 : ri;
                }
            }
        }
    }

    /** Brian2's forward Euler, any pathways. */
    private void updateEuler(int from, int to, SpikeBuffer spiked) {
        final double[] v = this.v;
        final double[] w = this.w;
        final int[] refr = this.refr;
        final double[] gSum = this.gSum;
        final double[] gESum = this.gESum;
        final double[] iSyn = this.iSyn;
        final double[] cur = this.currentIn;
        final double hOverC = dt / cm;
        final double hOverTauw = dt / tauw;
        final double gl = this.gl;
        final double el = this.el;
        final double a = this.a;
        final double b = this.b;
        final double vCut = this.vCut;
        final double vreset = this.vreset;
        final boolean exponential = this.exponential;
        final double glDelta = gl * deltaV;
        final double invDelta = exponential ? 1.0 / deltaV : 0.0;
        final double vthre = this.vthre;
        final int rSet = refSteps - 1;
        for (int i = from; i < to; i++) {
            double vi = v[i];
            double wi = w[i];
            double dw = hOverTauw * (a * (vi - el) - wi);
            if (refr[i] > 0) {
                refr[i]--;
                w[i] = wi + dw;
            } else {
                double iTot = gl * (el - vi) + gESum[i] - gSum[i] * vi + iSyn[i] + cur[i] - wi;
                if (exponential) {
                    iTot += glDelta * FastExp.exp((vi - vthre) * invDelta);
                }
                vi += hOverC * iTot;
                wi += dw;
                if (vi > vCut) {
                    vi = vreset;
                    wi += b;
                    refr[i] = rSet;
                    spiked.add(i);
                }
                v[i] = vi;
                w[i] = wi;
            }
            cur[i] = 0.0;
        }
    }

    private void updateAccurate(int from, int to, SpikeBuffer spiked) {
        Work wk = work.get();
        final double[] y = wk.y;
        for (int i = from; i < to; i++) {
            wk.neuron = i;
            wk.drive = currentIn[i];
            currentIn[i] = 0.0;
            boolean fired = false;
            if (refr[i] > 0) {
                refr[i]--;
                w[i] = relaxW(w[i], dt);
            } else {
                y[0] = v[i];
                y[1] = w[i];
                double t = 0.0;
                double h = hStep[i];
                while (t < dt) {
                    t = wk.rk.step(wk, t, dt, h, y);
                    h = wk.rk.suggestedStep();
                    if (y[0] > vCut) {
                        fired = true;
                        y[0] = vreset;
                        y[1] = relaxW(y[1] + b, dt - t);
                        break;
                    }
                }
                hStep[i] = h;
                v[i] = y[0];
                w[i] = y[1];
            }
            if (fired) {
                refr[i] = refSteps - 1;
                spiked.add(i);
            }
        }
    }

    /** w after s ms with V held at Vreset (exact). */
    private double relaxW(double wi, double s) {
        double wInf = a * (vreset - el);
        return wInf + (wi - wInf) * Math.exp(-s / tauw);
    }

    /** Per-thread RKF45 workspace and right-hand side for (V, w). */
    private final class Work implements OdeSystem {
        final Rkf45 rk = Rkf45.derivativeScaled(2, ERROR_TOLERANCE);
        final double[] y = new double[2];
        int neuron;
        double drive;

        @Override
        public void derivatives(double t, double[] yy, double[] dydt) {
            double vv = yy[0];
            double ww = yy[1];
            double iTot = gl * (el - vv) + drive - ww;
            if (exponential) {
                iTot += gl * deltaV * Math.exp((Math.min(vv, vCut) - vthre) / deltaV);
            }
            for (int k = 0; k < banks.length; k++) {
                double g = banks[k].valueAfter(neuron, t);
                if (Double.isNaN(erev[k])) {
                    iTot += g;
                } else {
                    iTot += g * banks[k].block(vv) * (erev[k] - vv);
                }
            }
            dydt[0] = iTot / cm;
            dydt[1] = (a * (vv - el) - ww) / tauw;
        }
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
    public int spikeStampOffset() {
        return 0;
    }

    @Override
    public double recordable(int variable, int i) {
        switch (variable) {
            case 0:
                return v[i];
            case 1:
                return w[i];
            default:
                return banks[variable - 2].value(i);
        }
    }

    @Override
    public void setState(String variable, int i, double value) {
        int k = variableIndex(variable);
        checkNeuron(i);
        checkFinite(model, variable, value);
        if (k == 0) {
            v[i] = value;
        } else if (k == 1) {
            w[i] = value;
            adapting |= value != 0.0;
        } else {
            throw notSettable(variable);
        }
    }
}
