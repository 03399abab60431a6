package org.neurite.morphology.cable;

import java.util.Arrays;
import org.neurite.channels.io.BadInputException;

/**
 * The voltage equation of a branched cable, advanced step by step:
 * C_i·dV_i/dt = Σ_m g_m,i·(E_m,i − V_i) + I_inj,i + Σ_j g_ij·(V_j − V_i), with membrane mechanisms
 * linearised over the step and the axial coupling g_ij along the tree. Each step (Arbor's order):
 * the caller puts injected currents in {@link #injected()}; {@link #step()} collects every
 * mechanism's (g, g·E), solves the implicit system with the Hines method, and lets the mechanisms
 * advance their states with the new voltages. Everything is preallocated: no allocation per step.
 * When every mechanism has constant conductances (a passive cell), the matrix is the same at every
 * step: it is factored once and each step only substitutes (same arithmetic, no division per step).
 *
 * <p>Units: C [pF], conductances [nS], V [mV], currents [pA] (inward positive), time [ms].
 */
public final class CableSystem {
    private final int n;
    private final int[] parent;
    private final double[] a; // off-diagonal: −g_axial(i, parent)
    private final double[] dAxial; // Σ axial conductances at each node [nS]
    private final double[] cOverDt; // (1 or 2)·C/dt [nS]
    private final double[] v; // [mV]
    private final double[] injected; // [pA]
    private final double[] d;
    private final double[] rhs;
    private final MembraneMechanism[] mechanisms;
    private final TimeStepping stepping;
    private final double dt;
    private final boolean linearInvariant; // every mechanism has constant (g, g·E)
    private final double[] invPivot; // factored matrix (linear invariant case)
    private final double[] elimination;
    private final double[] rhsConstant; // Σ g·E of the constant mechanisms [pA]

    /**
     * @param parent parent of each compartment (−1 for roots), parent[i] &lt; i
     * @param capacitancePF capacitance of each compartment [pF] (0 allowed for junctions)
     * @param axialNS conductance to the parent [nS] (ignored for roots)
     * @param mechanisms membrane mechanisms, called in this order
     * @param dtMs time step [ms]
     * @param stepping backward Euler or Crank–Nicolson
     */
    public CableSystem(int[] parent, double[] capacitancePF, double[] axialNS, MembraneMechanism[] mechanisms,
                       double dtMs, TimeStepping stepping) {
        this.n = parent.length;
        if (capacitancePF.length != n || axialNS.length != n) {
            throw new IllegalArgumentException("parent, capacitance and axial arrays differ in length");
        }
        if (!(dtMs > 0) || !Double.isFinite(dtMs)) {
            throw BadInputException.parameter("dt", "must be > 0 ms, got " + dtMs);
        }
        this.parent = parent.clone();
        this.dt = dtMs;
        this.stepping = stepping;
        this.mechanisms = mechanisms.clone();
        for (MembraneMechanism m : this.mechanisms) {
            m.setTimeStepping(dtMs, stepping);
        }
        a = new double[n];
        dAxial = new double[n];
        cOverDt = new double[n];
        double factor = stepping == TimeStepping.CRANK_NICOLSON ? 2.0 : 1.0;
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            if (p >= i) {
                throw new IllegalArgumentException("compartment " + i + ": parent " + p + " must precede it");
            }
            if (!(capacitancePF[i] >= 0)) {
                throw new IllegalArgumentException("compartment " + i + ": capacitance must be >= 0");
            }
            cOverDt[i] = factor * capacitancePF[i] / dtMs;
            if (p >= 0) {
                double g = axialNS[i];
                if (!(g > 0) || !Double.isFinite(g)) {
                    throw new IllegalArgumentException("compartment " + i + ": axial conductance must be finite and > 0, got " + g);
                }
                a[i] = -g;
                dAxial[i] += g;
                dAxial[p] += g;
            }
        }
        v = new double[n];
        injected = new double[n];
        d = new double[n];
        rhs = new double[n];
        boolean constant = true;
        for (MembraneMechanism m : mechanisms) {
            constant &= m.constantConductance();
        }
        linearInvariant = constant;
        if (constant) {
            invPivot = new double[n];
            elimination = new double[n];
            rhsConstant = new double[n];
            for (int i = 0; i < n; i++) {
                invPivot[i] = dAxial[i] + cOverDt[i];
            }
            for (MembraneMechanism m : mechanisms) {
                m.addConductances(v, invPivot, rhsConstant);
            }
            HinesSolver.factor(this.parent, invPivot, a, elimination, n);
        } else {
            invPivot = null;
            elimination = null;
            rhsConstant = null;
        }
    }

    /** Number of compartments. */
    public int size() {
        return n;
    }

    /** Time step [ms]. */
    public double dt() {
        return dt;
    }

    /** The rule in use. */
    public TimeStepping stepping() {
        return stepping;
    }

    /** The voltages [mV] (live array: read it, do not keep writing it during a run). */
    public double[] voltages() {
        return v;
    }

    /** The injected currents for the next step [pA] (live array; cleared by nobody: set it each step). */
    public double[] injected() {
        return injected;
    }

    /** Sets every voltage and initialises the mechanisms. */
    public void init(double vInitMV) {
        Arrays.fill(v, vInitMV);
        for (MembraneMechanism m : mechanisms) {
            m.init(v);
        }
    }

    /** Sets the voltages from an array and initialises the mechanisms. */
    public void init(double[] vInitMV) {
        System.arraycopy(vInitMV, 0, v, 0, n);
        for (MembraneMechanism m : mechanisms) {
            m.init(v);
        }
    }

    /** Advances the voltages and mechanism states by one step. */
    public void step() {
        final double[] vv = v;
        if (linearInvariant) {
            final double[] b = rhs;
            final double[] inj = injected;
            final double[] cdt = cOverDt;
            final double[] rc = rhsConstant;
            for (int i = 0; i < n; i++) {
                b[i] = cdt[i] * vv[i] + inj[i] + rc[i];
            }
            HinesSolver.solveFactored(parent, invPivot, a, elimination, b, n);
            finish(vv);
            return;
        }
        final double[] dd = d;
        final double[] b = rhs;
        final double[] inj = injected;
        final double[] cdt = cOverDt;
        final double[] dax = dAxial;
        // the invariant part first; mechanisms then add their (g, g·E) straight into d and rhs
        for (int i = 0; i < n; i++) {
            dd[i] = dax[i] + cdt[i];
            b[i] = cdt[i] * vv[i] + inj[i];
        }
        for (MembraneMechanism m : mechanisms) {
            m.addConductances(vv, dd, b);
        }
        HinesSolver.solve(parent, d, a, rhs, n);
        finish(vv);
    }

    private void finish(double[] vv) {
        if (stepping == TimeStepping.CRANK_NICOLSON) {
            for (int i = 0; i < n; i++) {
                vv[i] = 2.0 * rhs[i] - vv[i];
            }
        } else {
            System.arraycopy(rhs, 0, vv, 0, n);
        }
        for (MembraneMechanism m : mechanisms) {
            m.advance(vv, dt);
        }
    }
}
