package org.neurite.channels.receptor;

import java.util.Arrays;
import org.neurite.channels.io.BadInputException;

/**
 * The state of many synapses of one {@link Receptor}, in primitive arrays, advanced exactly over a
 * fixed step. Point neurons and cable compartments use this same class: a point-neuron population
 * keeps one synapse per neuron and receptor (linear kinetics add up), a cell keeps one per
 * synaptic site. Each synapse has a target index ({@code node}: the neuron or compartment it acts
 * on).
 *
 * <p>Time convention: the state describes the value at the current time t. {@link #deliver}
 * applies an event at t (a jump of the state); {@link #advance()} moves every synapse from t to
 * t + dt with the exact propagator of its kinetics. Where in its own step a simulator delivers
 * events is the simulator's choice (NEST adds a step's input at the end of the step, NEURON at
 * its start).
 *
 * <p>Units: weights and values are nS for conductance-based receptors and pA for current-based
 * ones; {@link #current} is in pA, positive when it depolarises (inward), i.e. g·(E − V).
 */
public final class SynapseBank {
    private final Receptor receptor;
    private final ReceptorKinetics kinetics;
    private final int[] node;
    private final double dt; // [ms]
    private final int kind; // 0 exp, 1 biexp/nmda, 2 alpha, 3 delta
    private final double[] a; // exp: g; biexp: decay part; alpha: slope y1; delta: pending kick
    private final double[] b; // biexp: rise part; alpha: value y2
    private final double pA; // propagator of a over dt
    private final double pB; // propagator of b over dt
    private final double cross; // alpha: y2 += cross * y1
    private final double norm; // biexp: peak factor; alpha: e/tau applied on delivery
    private final double reversal; // [mV], NaN for current-based
    private final Nmda nmda; // non-null for NMDA

    /**
     * @param receptor the receptor type
     * @param node target index of each synapse (its length is the number of synapses)
     * @param dtMs the step [ms], &gt; 0
     */
    public SynapseBank(Receptor receptor, int[] node, double dtMs) {
        if (!(dtMs > 0) || Double.isInfinite(dtMs)) {
            throw BadInputException.parameter("dt", "must be > 0 [ms], got " + dtMs);
        }
        this.receptor = receptor;
        this.kinetics = receptor.kinetics();
        this.node = node.clone();
        this.dt = dtMs;
        int n = node.length;
        this.reversal = receptor.reversalMV();
        ReceptorKinetics k = kinetics;
        if (k instanceof Exponential e) {
            kind = 0;
            pA = Math.exp(-dtMs / e.tauMs());
            pB = 0;
            cross = 0;
            norm = 1;
            nmda = null;
        } else if (k instanceof BiExponential be) {
            kind = 1;
            pA = Math.exp(-dtMs / be.tauDecayMs());
            pB = Math.exp(-dtMs / be.tauRiseMs());
            cross = 0;
            norm = be.peakFactor();
            nmda = null;
        } else if (k instanceof Nmda nm) {
            kind = 1;
            pA = Math.exp(-dtMs / nm.tauDecayMs());
            pB = Math.exp(-dtMs / nm.tauRiseMs());
            cross = 0;
            norm = Kinetics.peakFactor(nm.tauRiseMs(), nm.tauDecayMs());
            nmda = nm;
        } else if (k instanceof Alpha al) {
            kind = 2;
            pA = Math.exp(-dtMs / al.tauMs());
            pB = pA;
            cross = dtMs * pA;
            norm = Math.E / al.tauMs();
            nmda = null;
        } else {
            kind = 3;
            pA = 0;
            pB = 0;
            cross = 0;
            norm = 1;
            nmda = null;
        }
        a = new double[n];
        b = kind == 1 || kind == 2 ? new double[n] : new double[0];
    }

    /** A bank with one synapse per target, synapse i acting on target i. */
    public static SynapseBank onePerTarget(Receptor receptor, int n, double dtMs) {
        int[] node = new int[n];
        for (int i = 0; i < n; i++) {
            node[i] = i;
        }
        return new SynapseBank(receptor, node, dtMs);
    }

    public Receptor receptor() {
        return receptor;
    }

    /** Number of synapses. */
    public int size() {
        return node.length;
    }

    /** The step [ms]. */
    public double dt() {
        return dt;
    }

    /** Target index of synapse i. */
    public int node(int i) {
        return node[i];
    }

    /** Whether the receptor has a reversal potential. */
    public boolean isConductanceBased() {
        return !Double.isNaN(reversal);
    }

    /** Sets every state to zero. */
    public void reset() {
        Arrays.fill(a, 0.0);
        Arrays.fill(b, 0.0);
    }

    /**
     * An event of weight w at the current time on synapse i.
     *
     * @param i synapse index
     * @param weight [nS] or [pA] (or the kick's unit for delta kinetics); must not be NaN
     */
    public void deliver(int i, double weight) {
        switch (kind) {
            case 0:
            case 3:
                a[i] += weight;
                break;
            case 1:
                a[i] += weight;
                b[i] += weight;
                break;
            default:
                a[i] += weight * norm;
        }
    }

    /** Moves every synapse from t to t + dt exactly. Delta kicks not yet taken are dropped. */
    public void advance() {
        advance(0, a.length);
    }

    /**
     * Moves synapses from (inclusive) to to (exclusive) from t to t + dt exactly, as
     * {@link #advance()} does for all. A simulator that updates disjoint ranges of targets on
     * several threads advances each range on its own thread.
     *
     * @param from first synapse
     * @param to one past the last synapse
     */
    public void advance(int from, int to) {
        final double[] a = this.a;
        final double[] b = this.b;
        final int n = to;
        switch (kind) {
            case 0: {
                final double p = pA;
                for (int i = from; i < n; i++) {
                    a[i] *= p;
                }
                break;
            }
            case 1: {
                final double p = pA;
                final double q = pB;
                for (int i = from; i < n; i++) {
                    a[i] *= p;
                    b[i] *= q;
                }
                break;
            }
            case 2: {
                final double p = pA;
                final double c = cross;
                for (int i = from; i < n; i++) {
                    b[i] = p * b[i] + c * a[i];
                    a[i] *= p;
                }
                break;
            }
            default:
                Arrays.fill(a, from, to, 0.0);
        }
    }

    /**
     * The live conductance (or current) array of a bank with {@link Exponential} kinetics, indexed
     * by synapse: for allocation-free hot loops of simulators, which read it as
     * {@link #value(int)} and add events to it as {@link #deliver(int, double)} does, without a
     * call and a kinetics switch per element. The array is the bank's own state (not a copy).
     *
     * @throws IllegalStateException if the kinetics are not single-exponential
     */
    public double[] exponentialState() {
        if (kind != 0) {
            throw new IllegalStateException("receptor " + receptor.name() + " is " + kinetics.kindName() + ", not exp");
        }
        return a;
    }

    /**
     * The kinetic value of synapse i at the current time, without voltage dependence: the
     * conductance [nS] or current [pA]; for delta kinetics, the sum of kicks delivered since the
     * last {@link #advance()}.
     */
    public double value(int i) {
        switch (kind) {
            case 0:
            case 3:
                return a[i];
            case 1:
                return norm * (a[i] - b[i]);
            default:
                return b[i];
        }
    }

    /**
     * The value of synapse i at s ms after the current time if no further event arrives, exact for
     * every kinetics (0 for delta). Non-linear neuron models use this inside their step.
     */
    public double valueAfter(int i, double sMs) {
        switch (kind) {
            case 0:
                return a[i] * Math.exp(-sMs / ((Exponential) kinetics).tauMs());
            case 1: {
                double rise;
                double decay;
                if (nmda != null) {
                    rise = nmda.tauRiseMs();
                    decay = nmda.tauDecayMs();
                } else {
                    BiExponential be = (BiExponential) kinetics;
                    rise = be.tauRiseMs();
                    decay = be.tauDecayMs();
                }
                return norm * (a[i] * Math.exp(-sMs / decay) - b[i] * Math.exp(-sMs / rise));
            }
            case 2:
                return (b[i] + sMs * a[i]) * Math.exp(-sMs / ((Alpha) kinetics).tauMs());
            default:
                return 0.0;
        }
    }

    /** The magnesium block at v (1 unless the receptor is NMDA). */
    public double block(double vMV) {
        return nmda == null ? 1.0 : nmda.block(vMV);
    }

    /** Conductance [nS] of synapse i at membrane voltage v [mV] (NMDA block included). */
    public double conductance(int i, double vMV) {
        double g = value(i);
        return nmda == null ? g : g * nmda.block(vMV);
    }

    /**
     * Current [pA] of synapse i at membrane voltage v [mV], positive inward (depolarising):
     * g·(E − V) for conductance-based receptors, the kinetic value for current-based ones.
     */
    public double current(int i, double vMV) {
        if (Double.isNaN(reversal)) {
            return value(i);
        }
        return conductance(i, vMV) * (reversal - vMV);
    }

    /**
     * Adds every synapse's conductance to its target: gSum[node] += g, gESum[node] += g·E, with
     * the NMDA block evaluated at v[node]. This is the linearised form an implicit cable solver
     * needs (current = gESum − gSum·V).
     *
     * @param v voltage of each target [mV] (used only for NMDA)
     * @param gSum conductance per target [nS], accumulated
     * @param gESum conductance × reversal per target [nS·mV = pA], accumulated
     */
    public void addConductances(double[] v, double[] gSum, double[] gESum) {
        if (Double.isNaN(reversal)) {
            throw new IllegalStateException("receptor " + receptor.name() + " is current-based");
        }
        final int n = node.length;
        final double e = reversal;
        for (int i = 0; i < n; i++) {
            int t = node[i];
            double g = value(i);
            if (nmda != null) {
                g *= nmda.block(v[t]);
            }
            gSum[t] += g;
            gESum[t] += g * e;
        }
    }

    /**
     * Adds every synapse's current, linearised about the voltages v, in the (g, g·E) form of an
     * implicit solver: afterwards the synaptic current at a new voltage V' is approximately
     * gESum[node] − gSum[node]·V' (pA, inward positive). This is what NEURON does with a point
     * process's current and its derivative di/dv:
     * <ul>
     *   <li>conductance-based, voltage-independent kinetics: exact, gSum += g, gESum += g·E (as
     *       {@link #addConductances});</li>
     *   <li>NMDA: the current I(V) = g·B(V)·(E − V) is replaced by its tangent at V = v, so the
     *       slope of the magnesium block counts: G = −dI/dV = g·(B + B'·(V − E)) goes into gSum
     *       and I(v) + G·v into gESum (G is negative in the negative-slope region of the
     *       current–voltage curve, which is correct: that is what makes NMDA spikes regenerative);</li>
     *   <li>current-based kinetics: gESum += the current (gSum unchanged).</li>
     * </ul>
     *
     * @param v voltage of each target [mV]
     * @param gSum slope conductance per target [nS], accumulated
     * @param gESum current at V = 0 of the tangent per target [pA], accumulated
     */
    public void addLinearised(double[] v, double[] gSum, double[] gESum) {
        final int n = node.length;
        final int[] node = this.node;
        if (Double.isNaN(reversal)) {
            for (int i = 0; i < n; i++) {
                gESum[node[i]] += value(i);
            }
            return;
        }
        if (nmda == null) {
            addConductances(v, gSum, gESum);
            return;
        }
        final double e = reversal;
        final double[] a = this.a;
        final double[] b = this.b;
        final double f = norm;
        final double k = nmda.etaMg() * nmda.cMg();
        final double invV0 = 1.0 / nmda.V0NMDA();
        for (int i = 0; i < n; i++) {
            double g = f * (a[i] - b[i]);
            if (g == 0.0) {
                continue;
            }
            int t = node[i];
            double vt = v[t];
            double blk = 1.0 / (1.0 + k * Math.exp(-vt * invV0));
            double slope = blk * (1.0 - blk) * invV0;
            double gb = g * blk;
            double gSlope = gb + g * slope * (vt - e);
            gSum[t] += gSlope;
            gESum[t] += gb * (e - vt) + gSlope * vt;
        }
    }

    /**
     * One pass for cable solvers: adds the currents of the current state linearised about v, exactly
     * as {@link #addLinearised}, then moves every synapse from t to t + dt, exactly as
     * {@link #advance()} — the same arithmetic as the two calls, with the state read once. The
     * kinetics are linear and voltage-independent, so advancing before the voltage solve changes
     * nothing; events for t + dt are then delivered to the advanced state.
     *
     * @param v voltage of each target [mV]
     * @param gSum slope conductance per target [nS], accumulated
     * @param gESum current at V = 0 of the tangent per target [pA], accumulated
     */
    public void addLinearisedAndAdvance(double[] v, double[] gSum, double[] gESum) {
        final int n = node.length;
        final int[] node = this.node;
        final double[] a = this.a;
        final double[] b = this.b;
        final double p = pA;
        final double q = pB;
        final boolean current = Double.isNaN(reversal);
        final double e = current ? 0.0 : reversal;
        switch (kind) {
            case 0:
                for (int i = 0; i < n; i++) {
                    double g = a[i];
                    a[i] = g * p;
                    int t = node[i];
                    if (current) {
                        gESum[t] += g;
                    } else {
                        gSum[t] += g;
                        gESum[t] += g * e;
                    }
                }
                return;
            case 1:
                if (nmda != null) {
                    final double f = norm;
                    final double k = nmda.etaMg() * nmda.cMg();
                    final double invV0 = 1.0 / nmda.V0NMDA();
                    int last = -1; // synapses on the same target in a row share the block (cells: sorted sites)
                    double blk = 0.0;
                    double slope = 0.0;
                    for (int i = 0; i < n; i++) {
                        double ai = a[i];
                        double bi = b[i];
                        a[i] = ai * p;
                        b[i] = bi * q;
                        double g = f * (ai - bi);
                        if (g == 0.0) {
                            continue;
                        }
                        int t = node[i];
                        double vt = v[t];
                        if (t != last) {
                            blk = 1.0 / (1.0 + k * Math.exp(-vt * invV0));
                            slope = blk * (1.0 - blk) * invV0;
                            last = t;
                        }
                        double gb = g * blk;
                        double gSlope = gb + g * slope * (vt - e);
                        gSum[t] += gSlope;
                        gESum[t] += gb * (e - vt) + gSlope * vt;
                    }
                    return;
                }
                for (int i = 0; i < n; i++) {
                    double ai = a[i];
                    double bi = b[i];
                    a[i] = ai * p;
                    b[i] = bi * q;
                    double g = norm * (ai - bi);
                    int t = node[i];
                    if (current) {
                        gESum[t] += g;
                    } else {
                        gSum[t] += g;
                        gESum[t] += g * e;
                    }
                }
                return;
            case 2: {
                final double c = cross;
                for (int i = 0; i < n; i++) {
                    double ai = a[i];
                    double g = b[i];
                    b[i] = q * g + c * ai;
                    a[i] = ai * p;
                    int t = node[i];
                    if (current) {
                        gESum[t] += g;
                    } else {
                        gSum[t] += g;
                        gESum[t] += g * e;
                    }
                }
                return;
            }
            default:
                for (int i = 0; i < n; i++) {
                    gESum[node[i]] += a[i];
                    a[i] = 0.0;
                }
        }
    }

    /**
     * Adds every current-based synapse's current [pA] to its target: iSum[node] += value.
     */
    public void addCurrents(double[] iSum) {
        if (!Double.isNaN(reversal)) {
            throw new IllegalStateException("receptor " + receptor.name() + " is conductance-based");
        }
        final int n = node.length;
        for (int i = 0; i < n; i++) {
            iSum[node[i]] += value(i);
        }
    }

    /**
     * Coefficients for exact integration of a linear membrane driven by this receptor: with
     * {@code c = membraneFilter(tauM)}, {@link #filtered(int, double[]) filtered(i, c)} equals
     * ∫₀^dt exp(−(dt − s)/τ_m)·value_i(s) ds, the contribution of synapse i's current over the next
     * step to a leaky integrator with time constant τ_m (divide by C_m for the voltage). These are
     * the P31/P32 terms of NEST's propagators (Rotter &amp; Diesmann 1999), computed here without
     * the cancellation that plagues them when τ_m ≈ τ_syn.
     *
     * @param tauMMs membrane time constant [ms]
     * @return one coefficient per state variable [ms]
     */
    public double[] membraneFilter(double tauMMs) {
        if (!(tauMMs > 0)) {
            throw BadInputException.parameter("tau_m", "must be > 0 [ms], got " + tauMMs);
        }
        double h = dt;
        double em = Math.exp(-h / tauMMs);
        switch (kind) {
            case 0: {
                double d = 1.0 / tauMMs - 1.0 / ((Exponential) kinetics).tauMs();
                return new double[] {h * em * Kinetics.e1(h * d)};
            }
            case 1: {
                double rise;
                double decay;
                if (nmda != null) {
                    rise = nmda.tauRiseMs();
                    decay = nmda.tauDecayMs();
                } else {
                    BiExponential be = (BiExponential) kinetics;
                    rise = be.tauRiseMs();
                    decay = be.tauDecayMs();
                }
                double ca = norm * h * em * Kinetics.e1(h * (1.0 / tauMMs - 1.0 / decay));
                double cb = -norm * h * em * Kinetics.e1(h * (1.0 / tauMMs - 1.0 / rise));
                return new double[] {ca, cb};
            }
            case 2: {
                double x = h * (1.0 / tauMMs - 1.0 / ((Alpha) kinetics).tauMs());
                return new double[] {h * h * em * Kinetics.e2(x), h * em * Kinetics.e1(x)};
            }
            default:
                return new double[0];
        }
    }

    /**
     * Σ_k c_k·state_k of synapse i for coefficients from {@link #membraneFilter(double)}.
     */
    public double filtered(int i, double[] c) {
        switch (kind) {
            case 0:
                return c[0] * a[i];
            case 1:
            case 2:
                return c[0] * a[i] + c[1] * b[i];
            default:
                return 0.0;
        }
    }
}
