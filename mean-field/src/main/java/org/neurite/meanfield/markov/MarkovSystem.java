package org.neurite.meanfield.markov;

import java.util.ArrayList;
import java.util.List;
import org.neurite.channels.input.RateWaveform;
import org.neurite.channels.units.Units;
import org.neurite.meanfield.stats.Moments;
import org.neurite.meanfield.stats.Pathway;
import org.neurite.meanfield.tf.RateFunction;

/**
 * The equations of the Markovian mean field of a {@link MeanFieldModel} (El Boustani &amp;
 * Destexhe 2009), in a state vector y = (ν_μ [Hz]; c_λη [Hz²], λ ≤ η, second order only;
 * W_μ [pA] of the populations with adaptation). With F_μ the transfer function of population μ at
 * the current rates (and W_μ), T the Markov time constant and N_λ the population sizes:
 * <pre>
 *   first order:   T dν_μ/dt = F_μ − ν_μ
 *   second order:  T dν_μ/dt = F_μ − ν_μ + ½ Σ_λη c_λη ∂²F_μ/∂ν_λ∂ν_η
 *                  T dc_λη/dt = δ_λη F_λ (1/T − F_λ)/N_λ + (F_λ − ν_λ)(F_η − ν_η)
 *                               + Σ_μ (c_λμ ∂F_η/∂ν_μ + c_μη ∂F_λ/∂ν_μ) − 2 c_λη
 *   adaptation:    τ_w dW_μ/dt = a_μ (μ_V,μ − E_L,μ) − W_μ + τ_w b_μ ν_μ      (di Volo 2019)
 * </pre>
 * The covariance equation is the linear-noise form J·C + C·Jᵀ with J_λμ = ∂F_λ/∂ν_μ, as in El
 * Boustani &amp; Destexhe (eq. 4.4) and the JCNS 2018 companion code. Derivatives of F are central
 * finite differences with steps 10⁻³·(1 + ν) Hz; rates below zero are evaluated as zero.
 * Time is in ms: {@link #derivative} returns dy/dt per ms. One instance serves one thread.
 */
public final class MarkovSystem {
    /** The order of the Markov expansion. */
    public enum Order {
        /** Mean rates only. */
        FIRST,
        /** Mean rates and their covariances. */
        SECOND
    }

    private static final double FD_STEP = 1e-3;

    private final MeanFieldModel model;
    private final Order order;
    private final int p;
    private final RateFunction[] rf;
    private final int[][] source; // per population, per pathway: recurrent index, or p + afferent index
    private final boolean[][] receives; // [mu][lambda]: mu has a pathway from recurrent lambda
    private final RateWaveform[] afferent;
    private final double[] affRate; // [Hz] at the current time
    private final double[] size;
    private final int[] wIndex; // state index of W_mu, or -1
    private final double[] adaptA;
    private final double[] adaptB;
    private final double[] adaptTau;
    private final double[] el;
    private final int cOffset;
    private final int dim;
    private final double tMs;
    private final double invTHz;
    private final double[][] pathRates;
    private final double[] nu;
    private final double[] f;
    private final double[] muV;
    private final double[][] jac;
    private final double[][][] hess;
    private final double[] shifted;

    /**
     * @param model the mean-field model
     * @param order first or second order
     */
    public MarkovSystem(MeanFieldModel model, Order order) {
        this.model = model;
        this.order = order;
        List<MeanFieldModel.Population> pops = model.populations();
        p = pops.size();
        List<String> affNames = new ArrayList<>(model.afferents().keySet());
        afferent = new RateWaveform[affNames.size()];
        for (int j = 0; j < afferent.length; j++) {
            afferent[j] = model.afferents().get(affNames.get(j));
        }
        affRate = new double[afferent.length];
        rf = new RateFunction[p];
        source = new int[p][];
        receives = new boolean[p][p];
        size = new double[p];
        pathRates = new double[p][];
        wIndex = new int[p];
        adaptA = new double[p];
        adaptB = new double[p];
        adaptTau = new double[p];
        el = new double[p];
        cOffset = p;
        int next = order == Order.SECOND ? p + p * (p + 1) / 2 : p;
        for (int mu = 0; mu < p; mu++) {
            MeanFieldModel.Population pop = pops.get(mu);
            List<Pathway> paths = new ArrayList<>();
            source[mu] = new int[pop.inputs().size()];
            for (int k = 0; k < source[mu].length; k++) {
                MeanFieldModel.Input in = pop.inputs().get(k);
                paths.add(in.pathway());
                int rec = model.indexOf(in.source());
                source[mu][k] = rec >= 0 ? rec : p + affNames.indexOf(in.source());
                if (rec >= 0) {
                    receives[mu][rec] = true;
                }
            }
            rf[mu] = pop.tf().bind(paths);
            pathRates[mu] = new double[paths.size()];
            size[mu] = pop.size();
            el[mu] = pop.tf().membrane().elMV();
            MeanFieldModel.Adaptation ad = pop.adaptation();
            if (ad != null) {
                wIndex[mu] = next++;
                adaptA[mu] = ad.aNS();
                adaptB[mu] = ad.bPA();
                adaptTau[mu] = ad.tauwMs();
            } else {
                wIndex[mu] = -1;
            }
        }
        dim = next;
        tMs = model.markovTimeMs();
        invTHz = Units.sToMs(1.0) / tMs;
        nu = new double[p];
        f = new double[p];
        muV = new double[p];
        jac = new double[p][p];
        hess = new double[p][p][p];
        shifted = new double[p];
    }

    public MeanFieldModel model() {
        return model;
    }

    public Order order() {
        return order;
    }

    /** Number of recurrent populations. */
    public int populations() {
        return p;
    }

    /** Length of the state vector. */
    public int dimension() {
        return dim;
    }

    /** State index of c_λη (λ, η in any order); second order only. */
    public int covarianceIndex(int lambda, int eta) {
        if (order != Order.SECOND) {
            throw new IllegalStateException("covariances exist at second order only");
        }
        int a = Math.min(lambda, eta);
        int b = Math.max(lambda, eta);
        return cOffset + a * p - a * (a - 1) / 2 + (b - a);
    }

    /** State index of W_μ, or −1 when the population has no adaptation. */
    public int adaptationIndex(int mu) {
        return wIndex[mu];
    }

    /** Names of the state variables: nu_X [Hz], c_X_Y [Hz²], W_X [pA]. */
    public List<String> stateNames() {
        List<String> names = new ArrayList<>();
        List<MeanFieldModel.Population> pops = model.populations();
        for (MeanFieldModel.Population pop : pops) {
            names.add("nu_" + pop.name());
        }
        if (order == Order.SECOND) {
            for (int a = 0; a < p; a++) {
                for (int b = a; b < p; b++) {
                    names.add("c_" + pops.get(a).name() + "_" + pops.get(b).name());
                }
            }
        }
        for (int mu = 0; mu < p; mu++) {
            if (wIndex[mu] >= 0) {
                names.add("W_" + pops.get(mu).name());
            }
        }
        return names;
    }

    /**
     * A state with the given rates, zero covariances and each W at its value for constant
     * rates ν with the membrane at rest: τ_w b ν (+ a (μ_V − E_L) is left to the dynamics).
     */
    public double[] state(double[] ratesHz) {
        if (ratesHz.length != p) {
            throw new IllegalArgumentException("expected " + p + " rates, got " + ratesHz.length);
        }
        double[] y = new double[dim];
        System.arraycopy(ratesHz, 0, y, 0, p);
        for (int mu = 0; mu < p; mu++) {
            if (wIndex[mu] >= 0) {
                y[wIndex[mu]] = adaptB[mu] * Units.hzToPerMs(ratesHz[mu]) * adaptTau[mu];
            }
        }
        return y;
    }

    private void afferentsAt(double t) {
        for (int j = 0; j < afferent.length; j++) {
            affRate[j] = afferent[j].rateHz(t);
        }
    }

    /** F_μ at recurrent rates r (clamped at 0) and the state's W_μ. */
    private double eval(int mu, double[] r, double[] y) {
        final int[] src = source[mu];
        final double[] pr = pathRates[mu];
        for (int k = 0; k < src.length; k++) {
            int s = src[k];
            pr[k] = s < p ? Math.max(r[s], 0.0) : affRate[s - p];
        }
        return rf[mu].rateHz(pr, wIndex[mu] >= 0 ? y[wIndex[mu]] : 0.0);
    }

    /**
     * The output rates F_μ [Hz] of every population in state y at time t.
     *
     * @param out receives F (length = populations)
     * @param momentsOut if not null, receives each population's membrane statistics
     */
    public void transferRates(double t, double[] y, double[] out, Moments[] momentsOut) {
        afferentsAt(t);
        for (int mu = 0; mu < p; mu++) {
            out[mu] = eval(mu, y, y);
            if (momentsOut != null) {
                Moments m = rf[mu].lastMoments();
                Moments o = momentsOut[mu];
                o.muG = m.muG;
                o.muV = m.muV;
                o.sigmaV = m.sigmaV;
                o.tauV = m.tauV;
                o.tauVN = m.tauVN;
                o.skewV = m.skewV;
            }
        }
    }

    /**
     * dy/dt [per ms] at time t [ms].
     *
     * @param t time [ms] (for the afferent drives)
     * @param y state
     * @param dydt receives the derivative
     */
    public void derivative(double t, double[] y, double[] dydt) {
        afferentsAt(t);
        for (int mu = 0; mu < p; mu++) {
            nu[mu] = Math.max(y[mu], 0.0);
            f[mu] = eval(mu, y, y);
            muV[mu] = rf[mu].lastMoments().muV;
        }
        final double invT = 1.0 / tMs;
        if (order == Order.FIRST) {
            for (int mu = 0; mu < p; mu++) {
                dydt[mu] = (f[mu] - y[mu]) * invT;
            }
        } else {
            derivatives(y);
            for (int mu = 0; mu < p; mu++) {
                double s = f[mu] - y[mu];
                for (int l = 0; l < p; l++) {
                    for (int e = 0; e < p; e++) {
                        s += 0.5 * y[covarianceIndex(l, e)] * hess[mu][l][e];
                    }
                }
                dydt[mu] = s * invT;
            }
            for (int l = 0; l < p; l++) {
                for (int e = l; e < p; e++) {
                    double v = (f[l] - y[l]) * (f[e] - y[e]) - 2 * y[covarianceIndex(l, e)];
                    if (l == e) {
                        v += f[l] * (invTHz - f[l]) / size[l];
                    }
                    for (int m = 0; m < p; m++) {
                        v += y[covarianceIndex(l, m)] * jac[e][m] + y[covarianceIndex(m, e)] * jac[l][m];
                    }
                    dydt[covarianceIndex(l, e)] = v * invT;
                }
            }
        }
        for (int mu = 0; mu < p; mu++) {
            int w = wIndex[mu];
            if (w >= 0) {
                dydt[w] = (adaptA[mu] * (muV[mu] - el[mu]) - y[w]) / adaptTau[mu] + adaptB[mu] * Units.hzToPerMs(nu[mu]);
            }
        }
    }

    /** ∂F_μ/∂ν_λ and ∂²F_μ/∂ν_λ∂ν_η by central differences around max(ν, h). */
    private void derivatives(double[] y) {
        for (int l = 0; l < p; l++) {
            double h = FD_STEP * (1 + nu[l]);
            shifted[l] = Math.max(nu[l], h);
        }
        for (int mu = 0; mu < p; mu++) {
            double f0 = eval(mu, shifted, y);
            for (int l = 0; l < p; l++) {
                if (!receives[mu][l]) {
                    jac[mu][l] = 0;
                    for (int e = 0; e < p; e++) {
                        hess[mu][l][e] = 0;
                        hess[mu][e][l] = 0;
                    }
                    continue;
                }
                double hl = FD_STEP * (1 + nu[l]);
                double c = shifted[l];
                shifted[l] = c + hl;
                double fp = eval(mu, shifted, y);
                shifted[l] = c - hl;
                double fm = eval(mu, shifted, y);
                shifted[l] = c;
                jac[mu][l] = (fp - fm) / (2 * hl);
                hess[mu][l][l] = (fp - 2 * f0 + fm) / (hl * hl);
            }
            for (int l = 0; l < p; l++) {
                for (int e = l + 1; e < p; e++) {
                    if (!receives[mu][l] || !receives[mu][e]) {
                        continue;
                    }
                    double hl = FD_STEP * (1 + nu[l]);
                    double he = FD_STEP * (1 + nu[e]);
                    double cl = shifted[l];
                    double ce = shifted[e];
                    shifted[l] = cl + hl;
                    shifted[e] = ce + he;
                    double fpp = eval(mu, shifted, y);
                    shifted[e] = ce - he;
                    double fpm = eval(mu, shifted, y);
                    shifted[l] = cl - hl;
                    double fmm = eval(mu, shifted, y);
                    shifted[e] = ce + he;
                    double fmp = eval(mu, shifted, y);
                    shifted[l] = cl;
                    shifted[e] = ce;
                    double v = (fpp - fpm - fmp + fmm) / (4 * hl * he);
                    hess[mu][l][e] = v;
                    hess[mu][e][l] = v;
                }
            }
        }
    }

    /**
     * The Jacobian ∂(dy/dt)/∂y [per ms] by central differences (steps 10⁻⁶·(1 + |y_j|)).
     *
     * @param out receives the matrix [dimension][dimension]
     */
    public void jacobian(double t, double[] y, double[][] out) {
        double[] yy = y.clone();
        double[] gp = new double[dim];
        double[] gm = new double[dim];
        for (int j = 0; j < dim; j++) {
            double h = 1e-6 * (1 + Math.abs(y[j]));
            yy[j] = y[j] + h;
            derivative(t, yy, gp);
            yy[j] = y[j] - h;
            derivative(t, yy, gm);
            yy[j] = y[j];
            for (int i = 0; i < dim; i++) {
                out[i][j] = (gp[i] - gm[i]) / (2 * h);
            }
        }
    }
}
