package org.neurite.pointneuron.build;

import java.util.Locale;
import org.neurite.channels.io.BadInputException;

/**
 * The parameters and weight rule of NEST's {@code stdp_synapse}: pair-based spike-timing-dependent
 * plasticity in which every presynaptic spike pairs with every postsynaptic spike (all-to-all),
 * with the weight dependence of Gütig et al. 2003 (J Neurosci 23:3697; μ = 0 additive, μ = 1
 * multiplicative). Weights keep the sign of {@code Wmax} and stay between 0 and Wmax.
 *
 * <p><b>What happens at a presynaptic spike.</b> Let t be the spike's time stamp, t_last the
 * stamp of this synapse's previous presynaptic spike (0 before the first, NEST's start) and d the
 * synaptic delay, all of which NEST counts as dendritic: a postsynaptic spike at t_post is seen
 * by the synapse at t_post + d, and the presynaptic spike's update is made when it is delivered.
 * <ol>
 *   <li>Potentiation: for each postsynaptic spike with t_last − d &lt; t_post ≤ t − d, in time
 *       order, the weight moves up with k = K⁺·exp((t_last − (t_post + d))/τ⁺), K⁺ being the
 *       presynaptic trace just after t_last:
 *       w ← Wmax·min(1, w/Wmax + λ·(1 − w/Wmax)^μ⁺·k).</li>
 *   <li>Depression: with the postsynaptic trace k = K⁻(t − d) = Σ exp(−(t − d − t_post)/τ⁻) over
 *       the postsynaptic spikes strictly before t − d (a postsynaptic spike at exactly t − d counts
 *       for potentiation above, not here; NEST's archiving node reads the trace "strictly before"
 *       the requested time):
 *       w ← Wmax·max(0, w/Wmax − α·λ·(w/Wmax)^μ⁻·k).</li>
 *   <li>The spike is sent with the new weight; then K⁺ ← K⁺·exp((t_last − t)/τ⁺) + 1 and
 *       t_last ← t.</li>
 * </ol>
 * Several presynaptic spikes at the same time are updated one after the other (each is its own
 * event). τ⁻ belongs to the target neuron in NEST ({@code tau_minus} of its archiving node); in
 * neurite it is given with the synapse and every stdp pathway into one neural group must use the
 * same value, since the trace K⁻ is kept once per neuron.
 *
 * @param tauPlusMs τ⁺, decay of the presynaptic trace [ms], &gt; 0 (NEST: 20)
 * @param lambda λ, the learning rate (dimensionless), ≥ 0 (NEST: 0.01)
 * @param alpha α, depression relative to potentiation, ≥ 0 (NEST: 1)
 * @param muPlus μ⁺, exponent of the weight dependence of potentiation, ≥ 0 (NEST: 1)
 * @param muMinus μ⁻, exponent of the weight dependence of depression, ≥ 0 (NEST: 1)
 * @param wMax Wmax, the bound [the weight's unit: nS, pA or mV], same sign as the weights, ≠ 0 (NEST: 100)
 * @param kPlusInit initial K⁺, ≥ 0 (NEST: 0)
 * @param tauMinusMs τ⁻, decay of the postsynaptic trace [ms], &gt; 0 (NEST: 20)
 */
public record StdpSynapse(double tauPlusMs, double lambda, double alpha, double muPlus, double muMinus, double wMax,
                          double kPlusInit, double tauMinusMs) implements SynapseModel {
    /** The model name in network files (NEST's). */
    public static final String NAME = "stdp_synapse";

    /**
     * Bytes of state per synapse: the plastic weight, K⁺ (doubles) and the step of the last
     * presynaptic spike (long).
     */
    public static final int BYTES_PER_SYNAPSE = 24;

    /** NEST's defaults. */
    public static final StdpSynapse DEFAULTS = new StdpSynapse(20.0, 0.01, 1.0, 1.0, 1.0, 100.0, 0.0, 20.0);

    /**
     * @throws BadInputException naming the parameter if one is out of range
     */
    public StdpSynapse {
        positive("tau_plus", tauPlusMs, " [ms]");
        positive("tau_minus", tauMinusMs, " [ms]");
        nonNegative("lambda", lambda);
        nonNegative("alpha", alpha);
        nonNegative("mu_plus", muPlus);
        nonNegative("mu_minus", muMinus);
        nonNegative("Kplus", kPlusInit);
        if (!(wMax != 0) || !Double.isFinite(wMax)) {
            throw BadInputException.parameter(NAME + " Wmax", "must be finite and non-zero, got " + wMax);
        }
    }

    private static void positive(String name, double v, String unit) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw BadInputException.parameter(NAME + " " + name, "must be > 0" + unit + ", got " + v);
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw BadInputException.parameter(NAME + " " + name, "must be >= 0, got " + v);
        }
    }

    /**
     * x^mu, with the additive (mu = 0) and multiplicative (mu = 1) rules — the common ones — spared
     * Math.pow; the values are the same as Math.pow's (pow(x, 0) = 1, pow(x, 1) = x exactly).
     */
    private static double power(double x, double mu) {
        if (mu == 0.0) {
            return 1.0;
        }
        return mu == 1.0 ? x : Math.pow(x, mu);
    }

    /** Potentiation of weight w by the amount k of presynaptic trace (NEST's facilitate_). */
    public double facilitate(double w, double k) {
        double normW = w / wMax + lambda * power(1.0 - w / wMax, muPlus) * k;
        return normW < 1.0 ? normW * wMax : wMax;
    }

    /** Depression of weight w by the amount k of postsynaptic trace (NEST's depress_). */
    public double depress(double w, double k) {
        double normW = w / wMax - alpha * lambda * power(w / wMax, muMinus) * k;
        return normW > 0.0 ? normW * wMax : 0.0;
    }

    /**
     * Checks an initial weight: it must have the sign of Wmax and not exceed it in size (NEST checks
     * the sign only; beyond Wmax the rule's powers are undefined).
     *
     * @param w the weight
     * @param signedWMax Wmax with the sign the pathway gives it
     * @throws BadInputException naming the weight
     */
    public static void checkWeight(double w, double signedWMax, String where) {
        double r = w / signedWMax;
        if (!(r >= 0 && r <= 1)) {
            throw BadInputException.parameter(where + " weight", "an " + NAME + " weight must lie between 0 and Wmax ("
                    + signedWMax + "), got " + w);
        }
    }

    /** The same rule with Wmax of the given sign (weights of inhibitory sources are negative, NNGT's convention). */
    public StdpSynapse withWMax(double w) {
        return new StdpSynapse(tauPlusMs, lambda, alpha, muPlus, muMinus, w, kPlusInit, tauMinusMs);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "%s (tau_plus %.4g ms, tau_minus %.4g ms, lambda %.4g, alpha %.4g, mu_plus %.4g,"
                + " mu_minus %.4g, Wmax %.4g)", NAME, tauPlusMs, tauMinusMs, lambda, alpha, muPlus, muMinus, wMax);
    }

    @Override
    public int bytesPerSynapse() {
        return BYTES_PER_SYNAPSE;
    }
}
