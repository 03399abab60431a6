package org.neurite.channels.ion;

import java.util.Arrays;
import org.neurite.channels.io.BadInputException;

/**
 * The gate states of one {@link ChannelType} at many sites (compartments, or point neurons), in
 * primitive arrays, advanced together with the exponential Euler rule
 * x(t+dt) = x∞ + (x − x∞)·exp(−dt/τ), which is exact for a step in which V is constant (NEURON's
 * {@code cnexp}). The HH point neuron and the cable solver both use this class.
 *
 * <p>Units: ḡ per site [nS], voltages [mV], concentrations [mM], currents [pA] inward positive.
 */
public final class ChannelBank {
    private final ChannelType type;
    private final Gate[] gates;
    private final int[] node;
    private final double[] gmax; // [nS]
    private final double[] reversal; // [mV]
    private final double[][] state; // [gate][site]
    private final double[] phi; // temperature factor per gate
    private final double[] w1; // workspace
    private final double[] w2; // workspace
    private final boolean needsConcentration;
    private final double ghkThermalVoltageMV; // RT/(2F) at the bank's temperature [mV]
    private final boolean ghk;

    /**
     * @param type the channel
     * @param node site index (compartment or neuron) of each instance
     * @param gmaxNS maximal conductance of each instance [nS]
     * @param celsius temperature [°C] for the gates' q10 factors
     */
    public ChannelBank(ChannelType type, int[] node, double[] gmaxNS, double celsius) {
        if (node.length != gmaxNS.length) {
            throw new IllegalArgumentException("node and gmax lengths differ");
        }
        for (int i = 0; i < gmaxNS.length; i++) {
            if (!(gmaxNS[i] >= 0) || Double.isInfinite(gmaxNS[i])) {
                throw BadInputException.parameter("channel " + type.name() + " gmax", "must be >= 0 [nS], got " + gmaxNS[i]);
            }
        }
        this.type = type;
        this.gates = new Gate[type.gates().size()];
        for (int k = 0; k < gates.length; k++) {
            gates[k] = type.gates().get(k).atTemperature(celsius);
        }
        this.node = node.clone();
        this.gmax = gmaxNS.clone();
        int n = node.length;
        this.reversal = new double[n];
        Arrays.fill(reversal, type.defaultReversalMV());
        this.state = new double[gates.length][n];
        this.phi = new double[gates.length];
        boolean conc = false;
        for (int k = 0; k < gates.length; k++) {
            phi[k] = gates[k].temperatureFactor(celsius);
            conc |= gates[k].input() != Gate.Input.VOLTAGE;
        }
        this.needsConcentration = conc || type.ghk();
        this.ghkThermalVoltageMV = Ions.thermalVoltageMV(Ghk.CALCIUM_VALENCE, celsius);
        this.ghk = type.ghk();
        this.w1 = new double[n];
        this.w2 = new double[n];
    }

    public ChannelType type() {
        return type;
    }

    /** Number of instances. */
    public int size() {
        return node.length;
    }

    /** Site of instance i. */
    public int node(int i) {
        return node[i];
    }

    /** Maximal conductance of instance i [nS]. */
    public double gmax(int i) {
        return gmax[i];
    }

    /** Whether some gate, or a GHK current, reads a concentration. */
    public boolean needsConcentration() {
        return needsConcentration;
    }

    /** Sets the reversal potential of every instance [mV]. */
    public void setReversal(double eMV) {
        Arrays.fill(reversal, eMV);
    }

    /** Sets the reversal potential of instance i [mV] (e.g. a Nernst potential). */
    public void setReversal(int i, double eMV) {
        reversal[i] = eMV;
    }

    /** Reversal potential of instance i [mV]. */
    public double reversal(int i) {
        return reversal[i];
    }

    /** Value of gate k at instance i. */
    public double gate(int k, int i) {
        return state[k][i];
    }

    /** Sets gate k at instance i. */
    public void setGate(int k, int i, double value) {
        state[k][i] = value;
    }

    /**
     * Puts every gate at its steady state for the given voltages (and concentrations).
     *
     * @param v voltage per site [mV]
     * @param conc concentration of the channel's ion per site [mM]; may be null if no gate needs it
     */
    public void initSteadyState(double[] v, double[] conc) {
        final int n = node.length;
        for (int k = 0; k < gates.length; k++) {
            Gate g = gates[k];
            double[] s = state[k];
            if (g.form() == Gate.Form.RATES) {
                evaluate(g, g.first(), v, conc, w1);
                evaluate(g, g.second(), v, conc, w2);
                for (int i = 0; i < n; i++) {
                    s[i] = w1[i] / (w1[i] + w2[i]);
                }
            } else {
                evaluate(g, g.first(), v, conc, s);
            }
        }
    }

    /**
     * Advances every gate over dt with the voltage (and concentration) held at the given values.
     *
     * @param v voltage per site [mV]
     * @param conc concentration per site [mM], or null if no gate needs it
     * @param dtMs step [ms]
     */
    public void advance(double[] v, double[] conc, double dtMs) {
        final int n = node.length;
        final double[] a = w1;
        final double[] b = w2;
        for (int k = 0; k < gates.length; k++) {
            Gate g = gates[k];
            double[] s = state[k];
            switch (g.form()) {
                case RATES: {
                    evaluate(g, g.first(), v, conc, a);
                    evaluate(g, g.second(), v, conc, b);
                    final double scale = -dtMs * phi[k];
                    for (int i = 0; i < n; i++) {
                        double sum = a[i] + b[i];
                        double inf = a[i] / sum;
                        s[i] = inf + (s[i] - inf) * Math.exp(scale * sum);
                    }
                    break;
                }
                case INF_TAU: {
                    if (g.first() instanceof GateRate.Tabulated ti && g.second() instanceof GateRate.Tabulated tt
                            && ti.xMin() == tt.xMin() && ti.xStep() == tt.xStep() && ti.values().length == tt.values().length) {
                        advanceTabulated(ti, tt, input(g, v, conc), s, -dtMs * phi[k]);
                        break;
                    }
                    evaluate(g, g.first(), v, conc, a);
                    evaluate(g, g.second(), v, conc, b);
                    final double scale = -dtMs * phi[k];
                    for (int i = 0; i < n; i++) {
                        s[i] = a[i] + (s[i] - a[i]) * Math.exp(scale / b[i]);
                    }
                    break;
                }
                default:
                    evaluate(g, g.first(), v, conc, s);
            }
        }
    }

    /**
     * x∞ and τ tabulated on one grid (NEURON's TABLE): one index computation for both, the same
     * interpolation as {@link GateRate.Tabulated#evaluate} (so the same numbers), in one pass.
     */
    private void advanceTabulated(GateRate.Tabulated inf, GateRate.Tabulated tau, double[] x, double[] s, double scale) {
        final double[] ti = inf.values();
        final double[] tt = tau.values();
        final double x0 = inf.xMin();
        final double invStep = 1.0 / inf.xStep();
        final int last = ti.length - 1;
        final int[] nd = node;
        final int n = nd.length;
        for (int i = 0; i < n; i++) {
            double u = (x[nd[i]] - x0) * invStep;
            double xi;
            double xt;
            if (u <= 0) {
                xi = ti[0];
                xt = tt[0];
            } else if (u >= last) {
                xi = ti[last];
                xt = tt[last];
            } else {
                int j = (int) u;
                double f = u - j;
                xi = ti[j] + f * (ti[j + 1] - ti[j]);
                xt = tt[j] + f * (tt[j + 1] - tt[j]);
            }
            s[i] = xi + (s[i] - xi) * Math.exp(scale / xt);
        }
    }

    /** out[i] = r at instance i's input(s): one call per gate and step, the loop inside. */
    private void evaluate(Gate g, GateRate r, double[] v, double[] conc, double[] out) {
        if (g.input() == Gate.Input.VOLTAGE_AND_CONCENTRATION) {
            if (conc == null) {
                throw new IllegalStateException("channel " + type.name() + " gate " + g.name() + " needs a concentration");
            }
            ((GateRate.VoltageCalcium) r).evaluate(v, conc, node, node.length, out);
        } else {
            r.evaluate(input(g, v, conc), node, node.length, out);
        }
    }

    private double[] input(Gate g, double[] v, double[] conc) {
        if (g.input() == Gate.Input.VOLTAGE) {
            return v;
        }
        if (conc == null) {
            throw new IllegalStateException("channel " + type.name() + " gate " + g.name() + " needs a concentration");
        }
        return conc;
    }

    /** Conductance of instance i [nS]: ḡ·Π x^p. */
    public double conductance(int i) {
        double open = 1.0;
        for (int k = 0; k < gates.length; k++) {
            open *= pow(state[k][i], gates[k].power());
        }
        return gmax[i] * open;
    }

    /** Current of instance i at voltage v [pA], inward positive: g·(E − V) (ohmic channels). */
    public double current(int i, double vMV) {
        requireOhmic();
        return conductance(i) * (reversal[i] - vMV);
    }

    /**
     * Adds each instance's conductance to its site: gSum[node] += g, gESum[node] += g·E
     * (current = gESum − gSum·V).
     */
    public void addConductances(double[] gSum, double[] gESum) {
        requireOhmic();
        final int n = node.length;
        final double[] g = conductances();
        for (int i = 0; i < n; i++) {
            int t = node[i];
            gSum[t] += g[i];
            gESum[t] += g[i] * reversal[i];
        }
    }

    private void requireOhmic() {
        if (ghk) {
            throw new IllegalStateException("channel " + type.name() + " carries a GHK current: use addGhkConductances / ghkCurrent");
        }
    }

    /** ḡ·Π x^p of every instance into a workspace (gate by gate, so the loops stay simple). */
    private double[] conductances() {
        final int n = node.length;
        final double[] g = w1;
        System.arraycopy(gmax, 0, g, 0, n);
        for (int k = 0; k < gates.length; k++) {
            final double[] x = state[k];
            switch (gates[k].power()) {
                case 1:
                    for (int i = 0; i < n; i++) {
                        g[i] *= x[i];
                    }
                    break;
                case 2:
                    for (int i = 0; i < n; i++) {
                        g[i] *= x[i] * x[i];
                    }
                    break;
                case 3:
                    for (int i = 0; i < n; i++) {
                        g[i] *= x[i] * x[i] * x[i];
                    }
                    break;
                case 4:
                    for (int i = 0; i < n; i++) {
                        double x2 = x[i] * x[i];
                        g[i] *= x2 * x2;
                    }
                    break;
                default:
                    final int p = gates[k].power();
                    for (int i = 0; i < n; i++) {
                        g[i] *= pow(x[i], p);
                    }
            }
        }
        return g;
    }

    /**
     * As {@link #addConductances(double[], double[])}, and also adds each instance's current
     * g·(E − V) at its site's voltage to iSum [pA] and its conductance to gIonSum [nS] (e.g. the
     * calcium current that fills a pool, and its slope for correcting it to another voltage).
     */
    public void addConductances(double[] gSum, double[] gESum, double[] v, double[] iSum, double[] gIonSum) {
        requireOhmic();
        final int n = node.length;
        final double[] gs = conductances();
        for (int i = 0; i < n; i++) {
            double g = gs[i];
            int t = node[i];
            double e = reversal[i];
            gSum[t] += g;
            gESum[t] += g * e;
            iSum[t] += g * (e - v[t]);
            gIonSum[t] += g;
        }
    }

    /**
     * Current of instance i of a GHK channel [pA], inward positive: −g·ghk(V, [Ca]ᵢ, [Ca]ₒ).
     *
     * @param vMV voltage [mV]
     * @param insideMM [Ca]ᵢ [mM]
     * @param outsideMM [Ca]ₒ [mM]
     */
    public double ghkCurrent(int i, double vMV, double insideMM, double outsideMM) {
        return -conductance(i) * Ghk.drivingForceMV(vMV, insideMM, outsideMM, ghkThermalVoltageMV);
    }

    /**
     * For a channel with a GHK current ({@link ChannelType.CurrentLaw#GHK}): adds each instance's
     * current I = −g·ghk(V, [Ca]ᵢ, [Ca]ₒ) [pA, inward positive] at its site's voltage and
     * concentration, linearised for the implicit solve as NEURON does it — slope conductance
     * G = g·(ghk(V + 1 µV) − ghk(V))/1 µV (NEURON's numerical di/dv), gSum += G,
     * gESum += I + G·V (so that gESum − gSum·V is the current at V) — and I and G to iSum and
     * gIonSum (the calcium pools' drive and its slope).
     *
     * @param v voltage per site [mV]
     * @param insideMM [Ca]ᵢ per site [mM]
     * @param outsideMM [Ca]ₒ [mM], &gt; 0
     */
    public void addGhkConductances(double[] gSum, double[] gESum, double[] v, double[] insideMM, double outsideMM,
                                   double[] iSum, double[] gIonSum) {
        if (!ghk) {
            throw new IllegalStateException("channel " + type.name() + " has an ohmic current");
        }
        final int n = node.length;
        final double[] gs = conductances();
        final double f = ghkThermalVoltageMV;
        final double dv = 1e-3;
        for (int i = 0; i < n; i++) {
            int t = node[i];
            double vt = v[t];
            double ci = insideMM[t];
            double d0 = Ghk.drivingForceMV(vt, ci, outsideMM, f);
            double d1 = Ghk.drivingForceMV(vt + dv, ci, outsideMM, f);
            double g = gs[i];
            double slope = g * (d1 - d0) / dv;
            double current = -g * d0;
            gSum[t] += slope;
            gESum[t] += current + slope * vt;
            iSum[t] += current;
            gIonSum[t] += slope;
        }
    }

    /**
     * Sets every instance's reversal to the Nernst potential of its site's inside concentration:
     * E = (RT/zF)·ln(c_out/c_in) (see {@link Ions#nernstMV}).
     *
     * @param insideMM concentration per site [mM], &gt; 0 at the bank's sites
     * @param outsideMM extracellular concentration [mM]
     * @param thermalVoltageMV RT/(zF) [mV] ({@link Ions#thermalVoltageMV})
     */
    public void setNernstReversals(double[] insideMM, double outsideMM, double thermalVoltageMV) {
        final int n = node.length;
        for (int i = 0; i < n; i++) {
            reversal[i] = thermalVoltageMV * Math.log(outsideMM / insideMM[node[i]]);
        }
    }

    private static double pow(double x, int p) {
        switch (p) {
            case 1:
                return x;
            case 2:
                return x * x;
            case 3:
                return x * x * x;
            case 4: {
                double x2 = x * x;
                return x2 * x2;
            }
            default: {
                double r = 1.0;
                for (int j = 0; j < p; j++) {
                    r *= x;
                }
                return r;
            }
        }
    }
}
