package org.neurite.meanfield.stats;

import java.util.List;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.units.Units;

/**
 * Membrane statistics of a cell under Poisson shot-noise conductance input with exponential
 * synapses (Kuhn et al. 2004; Zerlaut et al. 2016, J Neurophysiol 116:1138; Zerlaut et al. 2018,
 * J Comput Neurosci 44:45). For pathway s with K_s synapses at rate ν_s, input frequency
 * f_s = K_s·ν_s:
 * <pre>
 *   μ_G,s = Q_s τ_s f_s,   μ_G = g_L + Σ μ_G,s,   τ_m = C_m/μ_G
 *   μ_V   = (g_L E_L + I + Σ μ_G,s E_s − W)/μ_G            (I: bias current; W: adaptation current, di Volo 2019)
 *   U_s   = Q_s (E_s − μ_V)/μ_G                            (PSP amplitude factor)
 *   σ_V²  = Σ f_s (U_s τ_s)² / (2 (τ_s + τ_m))
 *   τ_V   = Σ f_s (U_s τ_s)² / Σ f_s (U_s τ_s)²/(τ_s + τ_m)
 *   γ_V   = Σ f_s (U_s τ_s)³ · 2/(3 (τ_s + 2τ_m)(2τ_s + τ_m)) / σ_V³
 * </pre>
 * (σ_V², τ_V and the third cumulant are the integrals of the square and cube of the PSP
 * U τ/(τ − τ_m)·(e^{−t/τ} − e^{−t/τ_m}) of the membrane linearised at μ_V.) Units: rates Hz,
 * conductances nS, times ms, voltages mV, W pA. With no input at all, σ_V = 0 and τ_V is the limit
 * of equal small rates.
 *
 * <p>Not thread-safe only in the sense that {@link #compute} writes into the caller's
 * {@link Moments}; the object itself is immutable.
 */
public final class MembraneStatistics {
    private static final double LEGACY_RATE_HZ = 1e-9;
    private static final double LEGACY_SIGMA_V = 1e-12;

    private final Membrane membrane;
    private final Pathway[] pathways;
    private final ShotNoise form;
    private final double[] q; // [nS]
    private final double[] tau; // [ms]
    private final double[] tauNoise; // [ms]: τ, or the legacy stand-in
    private final double[] erev; // [mV]
    private final double[] count;
    private final boolean[] legacyInhibitory;

    /**
     * @param membrane the cell's passive membrane
     * @param pathways its input pathways, in the order of the rates given to {@link #compute}
     * @param form the fluctuation formulas
     */
    public MembraneStatistics(Membrane membrane, List<Pathway> pathways, ShotNoise form) {
        this.membrane = membrane;
        this.pathways = pathways.toArray(new Pathway[0]);
        this.form = form;
        int n = this.pathways.length;
        q = new double[n];
        tau = new double[n];
        tauNoise = new double[n];
        erev = new double[n];
        count = new double[n];
        legacyInhibitory = new boolean[n];
        for (int s = 0; s < n; s++) {
            Pathway p = this.pathways[s];
            q[s] = p.qNS();
            tau[s] = p.tauMs();
            erev[s] = p.erevMV();
            count[s] = p.count();
            legacyInhibitory[s] = form == ShotNoise.ZERLAUT2018_LEGACY && p.erevMV() < membrane.elMV();
            // legacy: the value of Q in siemens used as if it were τ in seconds
            tauNoise[s] = legacyInhibitory[s] ? Units.sToMs(p.qNS() / Units.sToNS(1.0)) : p.tauMs();
        }
    }

    public Membrane membrane() {
        return membrane;
    }

    public List<Pathway> pathways() {
        return List.of(pathways);
    }

    public ShotNoise form() {
        return form;
    }

    /** Number of pathways (length of the rate vector). */
    public int size() {
        return pathways.length;
    }

    /**
     * Computes the statistics for the given input rates.
     *
     * @param ratesHz rate of each pathway's source [Hz], ≥ 0, in pathway order
     * @param wPA adaptation current W [pA] (0 without adaptation)
     * @param out receives the statistics
     * @return {@code out}
     */
    public Moments compute(double[] ratesHz, double wPA, Moments out) {
        if (ratesHz.length != pathways.length) {
            throw new IllegalArgumentException("expected " + pathways.length + " rates, got " + ratesHz.length);
        }
        final int n = pathways.length;
        double muG = membrane.glNS();
        double num = membrane.glNS() * membrane.elMV() + membrane.biasPA() - wPA;
        for (int s = 0; s < n; s++) {
            double r = ratesHz[s];
            if (!(r >= 0) || Double.isInfinite(r)) {
                throw BadInputException.parameter("rate of pathway " + pathways[s].name(), "must be >= 0 and finite [Hz], got " + r);
            }
            double g = q[s] * tau[s] * Units.hzToPerMs(count[s] * r);
            muG += g;
            num += g * erev[s];
        }
        double muV = num / muG;
        double tauM = membrane.cmPF() / muG;
        boolean legacy = form == ShotNoise.ZERLAUT2018_LEGACY;
        double var = 0;
        double tauNum = 0;
        double tauDen = 0;
        double k3 = 0;
        double zeroNum = 0;
        double zeroDen = 0;
        for (int s = 0; s < n; s++) {
            double f = Units.hzToPerMs(count[s] * ratesHz[s]); // [1/ms]
            double ut = q[s] * (erev[s] - muV) / muG * tauNoise[s]; // U·τ [mV·ms]
            double ut2 = ut * ut;
            var += f * ut2 / (2 * (tau[s] + tauM));
            double fT = legacy ? f + Units.hzToPerMs(LEGACY_RATE_HZ) : f;
            tauNum += fT * ut2;
            tauDen += fT * ut2 / (tau[s] + tauM);
            k3 += f * ut2 * ut * 2.0 / (3.0 * (tau[s] + 2 * tauM) * (2 * tau[s] + tauM));
            zeroNum += count[s] * ut2;
            zeroDen += count[s] * ut2 / (tau[s] + tauM);
        }
        double sigma = Math.sqrt(var);
        if (legacy) {
            sigma += Units.vToMV(LEGACY_SIGMA_V);
        }
        double tauV;
        if (tauDen > 0) {
            tauV = tauNum / tauDen;
        } else if (zeroDen > 0) {
            tauV = zeroNum / zeroDen;
        } else {
            tauV = tauM;
        }
        out.muG = muG;
        out.muV = muV;
        out.sigmaV = sigma;
        out.tauV = tauV;
        out.tauVN = tauV * membrane.glNS() / membrane.cmPF();
        out.skewV = var > 0 ? k3 / (var * Math.sqrt(var)) : 0.0;
        return out;
    }
}
