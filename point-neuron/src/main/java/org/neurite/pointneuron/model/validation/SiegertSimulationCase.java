package org.neurite.pointneuron.model.validation;

import java.nio.file.Path;
import java.util.Map;
import org.neurite.channels.input.PoissonSource;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.NeuronBlock;
import org.neurite.pointneuron.model.SpikeBuffer;
import org.neurite.pointneuron.model.theory.Siegert;

/**
 * Simulated LIF rates under Poisson input against the {@link Siegert} (diffusion-approximation)
 * rate. NEST defaults (τ_m 10 ms, t_ref 2 ms, θ − E_L = 15 mV, V_r = E_L), h = 0.1 ms,
 * {@value #N} neurons each with its own excitatory Poisson train (channels' PoissonSource) of jumps
 * J = 0.1 mV, so σ² = J·μ: μ = 15 mV (NEST's reference point, 15 kHz) and μ = 20 mV (20 kHz).
 * <ul>
 *   <li>iaf_psc_delta against the white-noise rate. Bound: 3 standard errors of the mean rate
 *       (from the spread over neurons) plus 1 % for the diffusion approximation of jumps of
 *       J/σ = 0.07–0.08 (measured with these inputs: −0.3 % / −0.4 % at h = 0.1 ms, −0.9 % /
 *       −0.5 % as h → 0);</li>
 *   <li>iaf_psc_exp with τ_syn = 1 ms (weight J·C_m/τ_syn = 25 pA, the same μ and σ) against the
 *       Fourcaud–Brunel rate, which is first order in √(τ_s/τ_m) = 0.32: bound 3 SE plus 3 %
 *       (measured +0.8 % / +1.8 %; the white-noise formula would be 16 % off).</li>
 * </ul>
 * Error = max over the four runs of |ν_sim − ν_theory| / bound (pass ≤ 1).
 */
public final class SiegertSimulationCase implements ValidationCase {
    /** Neurons per run. */
    public static final int N = 400;
    private static final double H = 0.1;
    private static final double T_MS = 5100.0;
    private static final double SKIP_MS = 100.0;
    private static final double J = 0.1;

    @Override
    public String name() {
        return "theory/siegert-vs-lif";
    }

    @Override
    public String reference() {
        return "iaf_psc_delta / iaf_psc_exp rates under Poisson input vs Siegert (white / Fourcaud-Brunel)";
    }

    @Override
    public String dataFolder() {
        return null;
    }

    /** {mean rate [Hz], standard error [Hz]} of one run. */
    public static double[] simulate(String model, double tauSyn, double inputHz, long seed) {
        Map<String, Double> p = tauSyn > 0 ? Map.of("tau_syn_ex", tauSyn) : Map.of();
        double weight = tauSyn > 0 ? J * 250.0 / tauSyn : J;
        NeuronBlock b = Blocks.create(model, N, H, p, Integrator.FAST);
        PoissonSource src = new PoissonSource(N, inputHz, 0, Double.POSITIVE_INFINITY, new RandomStreams(seed), 0);
        double[] in = b.portInput()[0];
        SpikeBuffer buf = new SpikeBuffer();
        int[] count = new int[N];
        long steps = Math.round(T_MS / H);
        long skip = Math.round(SKIP_MS / H);
        for (long s = 0; s < steps; s++) {
            src.emit(s * H, (s + 1) * H, (train, t) -> in[train] += weight);
            buf.clear();
            b.update(s, 0, N, buf);
            if (s >= skip) {
                for (int k = 0; k < buf.size(); k++) {
                    count[buf.get(k)]++;
                }
            }
        }
        double seconds = (T_MS - SKIP_MS) * 1e-3;
        double m = 0;
        double sq = 0;
        for (int c : count) {
            double r = c / seconds;
            m += r;
            sq += r * r;
        }
        m /= N;
        double var = sq / N - m * m;
        return new double[] {m, Math.sqrt(var / (N - 1))};
    }

    @Override
    public Result run(Path dataDir) {
        double worst = 0;
        StringBuilder detail = new StringBuilder();
        for (double tauSyn : new double[] {0.0, 1.0}) {
            for (double mu : new double[] {15.0, 20.0}) {
                double rateIn = mu / (10.0 * J) * 1e3; // μ = τ·J·ν
                double sigma = Math.sqrt(J * mu);
                double theory = tauSyn > 0 ? Siegert.rateHz(10.0, tauSyn, 2.0, 15.0, 0.0, mu, sigma)
                        : Siegert.rateHz(10.0, 2.0, 15.0, 0.0, mu, sigma);
                double[] sim = simulate(tauSyn > 0 ? "iaf_psc_exp" : "iaf_psc_delta", tauSyn, rateIn, 11);
                double bound = 3 * sim[1] + (tauSyn > 0 ? 0.03 : 0.01) * theory;
                worst = Math.max(worst, Math.abs(sim[0] - theory) / bound);
                detail.append(String.format("%s mu %.0f: %.3f±%.3f vs %.3f Hz; ", tauSyn > 0 ? "exp" : "delta", mu, sim[0], sim[1], theory));
            }
        }
        return new Result(worst, 1.0, "max |Δν| / bound", detail.toString().trim());
    }
}
