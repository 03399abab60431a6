package org.neurite.meanfield.validation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.Plugins;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.meanfield.characterize.CellSpec;
import org.neurite.meanfield.characterize.Characterization;
import org.neurite.meanfield.characterize.CharacterizationResult;
import org.neurite.meanfield.characterize.SynapseSpec;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.stats.MembraneStatistics;
import org.neurite.meanfield.stats.Moments;
import org.neurite.meanfield.stats.Pathway;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.NeuronModelPlugin;

/**
 * The shot-noise membrane statistics (μ_V, σ_V, τ_V of {@link MembraneStatistics}, textbook form)
 * against single-cell simulations with spiking disabled: the ntwk cell with ΔV = 0, a = b = 0 and
 * V_thre = 1000 mV (a passive conductance-based membrane, g_L 10 nS, C_m 200 pF, E_L −65 mV) under
 * the JCNS 2018 RS inputs (K_e 400 × 1 nS, K_i 100 × 5 nS, τ 5 ms, E 0 / −80 mV) at four input
 * conditions, {@link #CELLS} cells × 20 s each after 200 ms, forward Euler at 0.05 ms.
 *
 * <p>Bounds, per condition and statistic, with SE the standard error over the cells:
 * <ul>
 *   <li>τ_V (∫ of the sampled autocorrelation up to 150 ms): 3 SE;</li>
 *   <li>μ_V: 3 SE + |δμ|, where δμ = −Σ_s Cov(g_s, V)/μ_G ≈ −Σ_s f_s Q_s U_s τ_s²/(2 (τ_s + τ_m) μ_G) is
 *       the conductance–voltage covariance the effective-membrane formulas neglect (from the mean of
 *       C dV/dt = 0 with the linearised PSP; 0.1–0.3 mV here; the simulations agree with μ_V + δμ
 *       within 1 SE);</li>
 *   <li>σ_V: 3 SE + 2 % of σ_V for the same approximation's (multiplicative-noise) effect on the SD
 *       (measured 0.3–1.2 %).</li>
 * </ul>
 * The error reported is the largest |theory − simulation| / bound.
 */
public final class MembraneStatisticsCase implements ValidationCase {
    /** Cells per condition. */
    public static final int CELLS = 8;
    /** Input conditions (ν_e, ν_i) [Hz]. */
    static final double[][] CONDITIONS = {{1, 0}, {5, 10}, {10, 20}, {20, 5}};

    @Override
    public String name() {
        return "meanfield/membrane-statistics";
    }

    @Override
    public String reference() {
        return "shot-noise mu_V, sigma_V, tau_V vs passive (spiking disabled) conductance-based cells under Poisson input";
    }

    @Override
    public String dataFolder() {
        return null;
    }

    /** The simulated conditions. */
    public static CharacterizationResult simulate() {
        NeuronModelPlugin plugin = Plugins.find(NeuronModelPlugin.class, "AdExp");
        ParameterSet ps = ParameterSet.of("model AdExp", plugin.parameters(),
                Map.of("deltaV", 0.0, "a", 0.0, "b", 0.0, "Vthre", 1000.0, "Vreset", -65.0, "El", -65.0, "Gl", 10.0, "Cm", 200.0));
        Membrane m = new Membrane(10, 200, -65, 1000);
        List<SynapseSpec> syn = List.of(new SynapseSpec(new Pathway("exc", 400, 1, 5, 0), "exc"),
                new SynapseSpec(new Pathway("inh", 100, 5, 5, -80), "inh"));
        CellSpec spec = new CellSpec("membrane statistics", "AdExp", ps, Integrator.FAST, m, syn, CONDITIONS, CELLS, 11, 20_200, 200,
                0.05, true, "");
        return Characterization.run(spec, Runtime.getRuntime().availableProcessors(), ProgressListener.NONE);
    }

    /** The covariance correction δμ [mV] of the mean voltage (see the class comment). */
    static double covarianceShift(MembraneStatistics st, double[] rates, Moments m) {
        double tauM = st.membrane().cmPF() / m.muG;
        double s = 0;
        for (int k = 0; k < rates.length; k++) {
            Pathway p = st.pathways().get(k);
            double f = p.count() * rates[k] * 1e-3;
            double u = p.qNS() * (p.erevMV() - m.muV) / m.muG;
            s += f * p.qNS() * u * p.tauMs() * p.tauMs() / (2 * (p.tauMs() + tauM));
        }
        return -s / m.muG;
    }

    @Override
    public Result run(Path dataDir) {
        CharacterizationResult r = simulate();
        MembraneStatistics st = new MembraneStatistics(r.spec().membrane(), r.spec().pathways(), ShotNoise.TEXTBOOK);
        double worst = 0;
        StringBuilder detail = new StringBuilder();
        double sqrtN = Math.sqrt(CELLS);
        for (int k = 0; k < CONDITIONS.length; k++) {
            Moments m = st.compute(CONDITIONS[k], 0, new Moments());
            double[] mu = meanSd(r.muVMV()[k]);
            double[] sg = meanSd(r.sigmaVMV()[k]);
            double[] tv = meanSd(r.tauVMs()[k]);
            double shift = covarianceShift(st, CONDITIONS[k], m);
            worst = Math.max(worst, Math.abs(m.muV - mu[0]) / (3 * mu[1] / sqrtN + Math.abs(shift)));
            worst = Math.max(worst, Math.abs(m.sigmaV - sg[0]) / (3 * sg[1] / sqrtN + 0.02 * m.sigmaV));
            worst = Math.max(worst, Math.abs(m.tauV - tv[0]) / (3 * tv[1] / sqrtN));
            detail.append(String.format("(%.0f,%.0f) Hz: muV %.2f/%.2f, sV %.3f/%.3f, tV %.2f/%.2f; ", CONDITIONS[k][0], CONDITIONS[k][1],
                    m.muV, mu[0], m.sigmaV, sg[0], m.tauV, tv[0]));
        }
        return new Result(worst, 1.0, "max |theory - simulation| / bound", detail.append("(theory/simulation)").toString());
    }

    private static double[] meanSd(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        double mean = s / x.length;
        double q = 0;
        for (double v : x) {
            q += (v - mean) * (v - mean);
        }
        return new double[] {mean, Math.sqrt(q / (x.length - 1))};
    }
}
