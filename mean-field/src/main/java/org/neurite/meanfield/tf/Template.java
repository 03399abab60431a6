package org.neurite.meanfield.tf;

import org.apache.commons.math3.special.Erf;
import org.neurite.channels.io.BadInputException;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.stats.Moments;

/**
 * A phenomenological-threshold template: the effective threshold V_thre^eff is a linear
 * combination of basis functions of the membrane statistics, V_thre^eff = Σ_k P_k b_k(μ_V, σ_V,
 * τ_V, …) [mV], and the output rate is ν_out = erfc((V_thre^eff − μ_V)/(√2 σ_V)) / (2 τ_V)
 * (Zerlaut et al. 2016, 2018). The templates differ only in their basis. Normalised variables:
 * V = (μ_V + 60 mV)/10 mV, S = (σ_V − 4 mV)/6 mV, T = τ_V·g_L/C_m − 0.5.
 */
public enum Template {
    /**
     * Zerlaut et al. 2018 (J Comput Neurosci 44:45), 11 coefficients P0…P10:
     * 1, V, S, T, ln(μ_G/g_L), V², S², T², V·S, V·T, S·T.
     */
    ZERLAUT2018("zerlaut2018", 11) {
        @Override
        void fill(Moments m, Membrane c, double[] b) {
            double v = normV(m);
            double s = normS(m);
            double t = m.tauVN - 0.5;
            b[0] = 1;
            b[1] = v;
            b[2] = s;
            b[3] = t;
            b[4] = Math.log(m.muG / c.glNS());
            b[5] = v * v;
            b[6] = s * s;
            b[7] = t * t;
            b[8] = v * s;
            b[9] = v * t;
            b[10] = s * t;
        }
    },
    /**
     * di Volo et al. 2019 (Neural Comput 31:653) as in The Virtual Brain, 10 coefficients, no
     * log term: 1, V, S, T, V², S², T², V·S, V·T, S·T.
     */
    DIVOLO2019("divolo2019", 10) {
        @Override
        void fill(Moments m, Membrane c, double[] b) {
            double v = normV(m);
            double s = normS(m);
            double t = m.tauVN - 0.5;
            b[0] = 1;
            b[1] = v;
            b[2] = s;
            b[3] = t;
            b[4] = v * v;
            b[5] = s * s;
            b[6] = t * t;
            b[7] = v * s;
            b[8] = v * t;
            b[9] = s * t;
        }
    },
    /**
     * The seed toolkit's (ntwk, {@code theory/spiking_function.py}) 31 coefficients over
     * X = (V, S, γ_V, (τ_V − 10 ms)/200 ms, P) with P the threshold-crossing probability of a
     * skewed Gaussian at the cell's V_thre: 1, X_i (5), X_i·X_j (all 25 ordered pairs, row-major).
     */
    NTWK31("ntwk31", 31) {
        @Override
        void fill(Moments m, Membrane c, double[] b) {
            double x0 = normV(m);
            double x1 = normS(m);
            double x2 = m.skewV;
            double x3 = (m.tauV - 10.0) / 200.0;
            double x4 = proba(m, c);
            b[0] = 1;
            for (int i = 0; i < 5; i++) {
                double xi = i == 0 ? x0 : i == 1 ? x1 : i == 2 ? x2 : i == 3 ? x3 : x4;
                b[1 + i] = xi;
                b[6 + 5 * i] = xi * x0;
                b[7 + 5 * i] = xi * x1;
                b[8 + 5 * i] = xi * x2;
                b[9 + 5 * i] = xi * x3;
                b[10 + 5 * i] = xi * x4;
            }
        }
    };

    private final String id;
    private final int size;

    Template(String id, int size) {
        this.id = id;
        this.size = size;
    }

    abstract void fill(Moments m, Membrane c, double[] b);

    static double normV(Moments m) {
        return (m.muV + 60.0) / 10.0;
    }

    static double normS(Moments m) {
        return (m.sigmaV - 4.0) / 6.0;
    }

    /**
     * ntwk's {@code Proba_g_P}: with X = (V_thre − μ_V)/σ_V and g = γ_V,
     * X² g e^{−X²/2}/6 − g e^{−X²/2}/6 − √(π/2) erf(X/√2) + √(π/2).
     */
    static double proba(Moments m, Membrane c) {
        double x = (c.vthreMV() - m.muV) / m.sigmaV;
        double g = m.skewV;
        double e = Math.exp(-x * x / 2);
        double k = Math.sqrt(Math.PI / 2);
        return x * x * g * e / 6 - g * e / 6 - k * Erf.erf(x / Math.sqrt(2)) + k;
    }

    /** The name used in files. */
    public String id() {
        return id;
    }

    /** Number of coefficients. */
    public int size() {
        return size;
    }

    /**
     * Fills the basis functions for the given statistics.
     *
     * @param m membrane statistics
     * @param membrane the cell (g_L for the log term, V_thre for the ntwk probability)
     * @param out array of at least {@link #size()} elements
     */
    public void basis(Moments m, Membrane membrane, double[] out) {
        fill(m, membrane, out);
    }

    /** The template named {@code id}, or an error naming the parameter. */
    public static Template parse(String id, String parameter) {
        for (Template t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw BadInputException.parameter(parameter, "unknown template \"" + id + "\" (known: zerlaut2018, divolo2019, ntwk31)");
    }
}
