package org.neurite.channels.receptor;

import java.util.Arrays;
import org.neurite.channels.io.BadInputException;

/**
 * Tsodyks–Markram short-term plasticity with the semantics of NEST's {@code tsodyks2_synapse}
 * (Tsodyks &amp; Markram 1997; Fuhrmann et al. 2002, eqs. 4–5), acting on event weights so that
 * point neurons and dendritic synapses share it. For each synapse, when a spike is sent at time t
 * after the previous one at t_last (h = t − t_last; t_last starts at 0):
 * <pre>
 *   x ← 1 + (x − x·u − 1)·exp(−h/tau_rec)
 *   u ← U + u·(1 − U)·exp(−h/tau_fac)      (the exponential is 0 when tau_fac = 0)
 *   effective weight = x·u·w
 * </pre>
 * with x = 1 and u = U initially (NEST's defaults), so the first spike after a long pause
 * transmits U·w.
 */
public final class ShortTermPlasticity {
    private final double bigU;
    private final double tauRec;
    private final double tauFac;
    private final double u0;
    private final double x0;
    private final double[] u;
    private final double[] x;
    private final double[] tLast; // [ms]

    /**
     * @param n number of synapses
     * @param bigU U, the utilisation increment, in (0, 1]
     * @param tauRecMs tau_rec, recovery time constant [ms], &gt; 0
     * @param tauFacMs tau_fac, facilitation time constant [ms], ≥ 0 (0: no facilitation)
     */
    public ShortTermPlasticity(int n, double bigU, double tauRecMs, double tauFacMs) {
        this(n, bigU, tauRecMs, tauFacMs, bigU, 1.0);
    }

    /**
     * @param n number of synapses
     * @param bigU U in (0, 1]
     * @param tauRecMs tau_rec [ms], &gt; 0
     * @param tauFacMs tau_fac [ms], ≥ 0
     * @param uInit initial u in [0, 1]
     * @param xInit initial x in [0, 1]
     */
    public ShortTermPlasticity(int n, double bigU, double tauRecMs, double tauFacMs, double uInit, double xInit) {
        if (!(bigU > 0 && bigU <= 1)) {
            throw BadInputException.parameter("tsodyks2 U", "must be in (0, 1], got " + bigU);
        }
        if (!(tauRecMs > 0) || Double.isInfinite(tauRecMs)) {
            throw BadInputException.parameter("tsodyks2 tau_rec", "must be > 0 [ms], got " + tauRecMs);
        }
        if (!(tauFacMs >= 0) || Double.isInfinite(tauFacMs)) {
            throw BadInputException.parameter("tsodyks2 tau_fac", "must be >= 0 [ms], got " + tauFacMs);
        }
        if (!(uInit >= 0 && uInit <= 1)) {
            throw BadInputException.parameter("tsodyks2 u", "must be in [0, 1], got " + uInit);
        }
        if (!(xInit >= 0 && xInit <= 1)) {
            throw BadInputException.parameter("tsodyks2 x", "must be in [0, 1], got " + xInit);
        }
        this.bigU = bigU;
        this.tauRec = tauRecMs;
        this.tauFac = tauFacMs;
        this.u0 = uInit;
        this.x0 = xInit;
        this.u = new double[n];
        this.x = new double[n];
        this.tLast = new double[n];
        reset();
    }

    /** Back to the initial state (u, x, t_last = 0). */
    public void reset() {
        Arrays.fill(u, u0);
        Arrays.fill(x, x0);
        Arrays.fill(tLast, 0.0);
    }

    /** Number of synapses. */
    public int size() {
        return u.length;
    }

    /**
     * Updates synapse i for a spike sent at time t and returns the weight it transmits.
     *
     * @param i synapse index
     * @param tMs spike time [ms], not earlier than the synapse's previous spike
     * @param weight the synapse's static weight
     * @return x·u·weight after the update
     */
    public double transmit(int i, double tMs, double weight) {
        double h = tMs - tLast[i];
        double xDecay = Math.exp(-h / tauRec);
        double uDecay = tauFac < 1e-10 ? 0.0 : Math.exp(-h / tauFac);
        double xi = x[i];
        double ui = u[i];
        xi = 1.0 + (xi - xi * ui - 1.0) * xDecay;
        ui = bigU + ui * (1.0 - bigU) * uDecay;
        x[i] = xi;
        u[i] = ui;
        tLast[i] = tMs;
        return xi * ui * weight;
    }

    /** Current u of synapse i. */
    public double u(int i) {
        return u[i];
    }

    /** Current x of synapse i. */
    public double x(int i) {
        return x[i];
    }
}
