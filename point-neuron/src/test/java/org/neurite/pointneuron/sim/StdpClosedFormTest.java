package org.neurite.pointneuron.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.Json;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.pointneuron.build.Projection;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.Network;
import org.neurite.pointneuron.run.PlasticWeights;

/**
 * NEST's {@code stdp_synapse} on one synapse between two {@code parrot_neuron}s driven by explicit
 * spike trains, against the rule written out in this test from its definition (NEST model docs
 * "stdp_synapse"; Gütig et al. 2003, J Neurosci 23:3697, eqs. for the weight dependence; NEST's
 * archiving node for which postsynaptic spikes count). At the presynaptic spike t (previous t_last,
 * 0 before the first; K⁺ the presynaptic trace after t_last, 0 initially; d the delay):
 * <pre>
 *   for every post spike with t_last − d &lt; t_post ≤ t − d, in order:
 *       w ← Wmax·min(1, w/Wmax + λ(1 − w/Wmax)^μ⁺ · K⁺ e^{(t_last − t_post − d)/τ⁺})
 *   w ← Wmax·max(0, w/Wmax − αλ(w/Wmax)^μ⁻ · Σ_{t_post &lt; t − d} e^{−(t − d − t_post)/τ⁻})
 *   K⁺ ← K⁺ e^{(t_last − t)/τ⁺} + 1,  t_last ← t
 * </pre>
 * The postsynaptic trace is written here as the explicit sum over all earlier postsynaptic spikes
 * (the simulator keeps it recursively per neuron), with "before t − d" strict: a post spike at
 * exactly t − d potentiates and does not depress. The spike times are the parrots' recorded ones;
 * a spike_generator spike at t_g with device delay 0.1 ms makes a parrot spike at t_g + 0.1 ms, as
 * in NEST (the generator stamps its spike t_g, the event arrives in the step ending at t_g + delay,
 * and the parrot stamps its spike at the end of the step it receives the event in).
 */
class StdpClosedFormTest {
    static final double DT = 0.1;

    /** The rule's parameters for one case. */
    record Rule(double tauPlus, double tauMinus, double lambda, double alpha, double muPlus, double muMinus, double wMax,
                double w0) {
        String json() {
            return String.format(Locale.ROOT, "\"synapse_model\": \"stdp_synapse\", \"tau_plus\": %s, \"tau_minus\": %s,"
                    + " \"lambda\": %s, \"alpha\": %s, \"mu_plus\": %s, \"mu_minus\": %s, \"Wmax\": %s, \"weight\": %s",
                    tauPlus, tauMinus, lambda, alpha, muPlus, muMinus, wMax, w0);
        }
    }

    static String list(double[] t) {
        StringBuilder b = new StringBuilder();
        for (double x : t) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", x));
        }
        return b.toString();
    }

    static String network(double[] preGen, double[] postGen, Rule r, double delay, int preType) {
        double tstop = 0;
        for (double t : preGen) {
            tstop = Math.max(tstop, t);
        }
        for (double t : postGen) {
            tstop = Math.max(tstop, t);
        }
        return String.format(Locale.ROOT, """
                {"dt": %s, "tstop": %s, "seed": 3,
                 "groups": [{"name": "pre", "size": 1, "model": "parrot_neuron", "neuron_type": %d},
                            {"name": "post", "size": 1, "model": "parrot_neuron"}],
                 "connections": [{"pre": "pre", "post": "post", "rule": "all_to_all", "delay": %s, "receptor": "ignored", %s}],
                 "devices": [
                   {"type": "spike_generator", "target": "pre", "spike_times": [%s], "delay": 0.1},
                   {"type": "spike_generator", "target": "post", "spike_times": [%s], "delay": 0.1},
                   {"type": "spike_recorder", "target": "pre"},
                   {"type": "spike_recorder", "target": "post"}]}
                """, DT, tstop + 5 + delay, preType, delay, r.json(), list(preGen), list(postGen));
    }

    /** The weight after each presynaptic spike, from the equations above (times in ms). */
    static double[] expected(double[] pre, double[] post, Rule r, double delay, double sign) {
        double wMax = sign * r.wMax;
        double w = sign * r.w0;
        double kPlus = 0;
        double tLast = 0;
        double[] out = new double[pre.length];
        double eps = 1e-9; // times are multiples of 0.1 ms written in decimal: compare up to rounding
        post = java.util.Arrays.stream(post).distinct().toArray(); // k spikes in one step: one of multiplicity k
        for (int n = 0; n < pre.length; n++) {
            double t = pre[n];
            if (n > 0 && Math.abs(t - pre[n - 1]) < eps) {
                // a second spike in the same step is the same event (NEST's multiplicity): no update
                out[n] = w;
                continue;
            }
            for (double tp : post) {
                if (tp > tLast - delay + eps && tp <= t - delay + eps) {
                    double k = kPlus * Math.exp((tLast - tp - delay) / r.tauPlus);
                    double nw = w / wMax + r.lambda * Math.pow(1 - w / wMax, r.muPlus) * k;
                    w = wMax * Math.min(1.0, nw);
                }
            }
            double kMinus = 0;
            for (double tp : post) {
                if (tp < t - delay - eps) {
                    kMinus += Math.exp(-(t - delay - tp) / r.tauMinus);
                }
            }
            double nw = w / wMax - r.alpha * r.lambda * Math.pow(w / wMax, r.muMinus) * kMinus;
            w = wMax * Math.max(0.0, nw);
            kPlus = kPlus * Math.exp((tLast - t) / r.tauPlus) + 1;
            tLast = t;
            out[n] = w;
        }
        return out;
    }

    /** Runs step by step; returns {pre spike times, post spike times, weight after each pre spike}. */
    static double[][] simulate(String json, int threads) {
        Network net = new Network(NetworkFile.parse(Json.parse(json, "stdp.json")), threads);
        Projection p = net.projections().get(0);
        Simulation sim = net.simulation();
        long steps = Math.round(net.config().tstopMs() / DT);
        List<Double> after = new ArrayList<>();
        long seen = 0;
        for (long s = 0; s < steps; s++) {
            sim.run(1, ProgressListener.NONE);
            long c = sim.spikeCount(0);
            for (; seen < c; seen++) {
                after.add(p.stdp().weights()[0]); // several spikes in one step: the weight after the last of them
            }
        }
        double[] pre = net.spikeRecords().get(0).timesMs();
        double[] post = net.spikeRecords().get(1).timesMs();
        PlasticWeights pw = net.plasticWeights().get("pre->post");
        assertEquals(1, pw.size());
        assertEquals(after.get(after.size() - 1), pw.weight()[0], 0.0, "plasticWeights gives the final weight");
        assertArrayEquals(new long[] {0}, pw.source());
        assertArrayEquals(new long[] {1}, pw.target());
        return new double[][] {pre, post, after.stream().mapToDouble(Double::doubleValue).toArray()};
    }

    static double[] plus(double[] t, double d) {
        double[] o = t.clone();
        for (int k = 0; k < o.length; k++) {
            o[k] = Math.round((o[k] + d) * 10) / 10.0;
        }
        return o;
    }

    static void check(double[] preGen, double[] postGen, Rule r, double delay, int preType) {
        for (int threads = 1; threads <= 2; threads++) {
            double[][] sim = simulate(network(preGen, postGen, r, delay, preType), threads);
            assertArrayEquals(plus(preGen, 0.1), sim[0], 1e-9, "pre parrot relays the generator at t_g + 0.1 ms");
            assertArrayEquals(plus(postGen, 0.1), sim[1], 1e-9, "post parrot relays the generator at t_g + 0.1 ms");
            double[] want = expected(sim[0], sim[1], r, delay, preType);
            // spikes that share a step are updated one after the other: compare the weight after the last
            List<Double> wantPerStep = new ArrayList<>();
            for (int n = 0; n < want.length; n++) {
                wantPerStep.add(want[n]);
            }
            assertEquals(want.length, sim[2].length, "one weight per presynaptic spike");
            for (int n = 0; n < want.length; n++) {
                boolean lastOfStep = n + 1 == want.length || Math.abs(sim[0][n + 1] - sim[0][n]) > 1e-9;
                if (lastOfStep) {
                    assertEquals(want[n], sim[2][n], 1e-12 * Math.abs(r.wMax), "weight after pre spike " + n + " at " + sim[0][n]
                            + " ms, " + threads + " thread(s)");
                }
            }
        }
    }

    @Test
    @DisplayName("additive/multiplicative mix: post before and after pre, several posts between pres, post at exactly t - d; 1e-12")
    void pairsOfEveryKind() {
        double d = 1.0;
        // pre parrot at g + 0.1: 10.1, 30.1, 50.1, 70.1, 90.1, 90.1 (a doublet: two events in one step,
        // relayed as one spike of multiplicity 2 — one weight update, twice the weight transmitted)
        double[] preGen = {10.0, 30.0, 50.0, 70.0, 90.0, 90.0};
        // post: 12.1, 14.1, 15.1 (three posts between two pres, after pre: potentiation), 25.1 (before the
        // pre at 30.1: depression), 49.1 = 50.1 - d (exactly t - d: potentiates at 50.1, does not depress there),
        // 70.1 (same time as a pre: its delayed copy arrives at 71.1, after that pre), 89.1 (= 90.1 - d again)
        double[] postGen = {12.0, 14.0, 15.0, 25.0, 49.0, 70.0, 89.0};
        check(preGen, postGen, new Rule(20.0, 20.0, 0.05, 1.0, 1.0, 1.0, 100.0, 50.0), d, 1);
        // Gütig's intermediate dependence (non-integer mu) and alpha != 1, another delay
        check(preGen, postGen, new Rule(16.8, 33.7, 0.1, 1.2, 0.4, 0.4, 10.0, 3.0), 2.0, 1);
        // additive (mu = 0)
        check(preGen, postGen, new Rule(20.0, 20.0, 0.02, 1.05, 0.0, 0.0, 5.0, 2.5), 1.0, 1);
    }

    @Test
    @DisplayName("Wmax clips potentiation and 0 clips depression exactly; inhibitory sources keep the negative sign")
    void clipping() {
        double[] preGen = {5.0, 8.0, 11.0, 40.0, 41.0, 60.0, 62.0};
        double[] postGen = {6.0, 7.0, 9.0, 10.0, 39.5, 58.5, 59.0, 61.0};
        Rule up = new Rule(20.0, 20.0, 3.0, 0.05, 0.0, 1.0, 10.0, 8.0); // big additive potentiation: hits Wmax
        // the post spike at 7.1 = 8.1 - d potentiates at the pre spike 8.1 and is the only earlier one: no depression there
        double[] postUp = {7.0, 20.0, 39.5, 58.5, 59.0, 61.0};
        double[][] sim = simulate(network(preGen, postUp, up, 1.0, 1), 1);
        boolean hit = false;
        for (double w : sim[2]) {
            hit |= w == 10.0;
        }
        assertTrue(hit, "some weight is exactly Wmax");
        assertEquals(10.0, sim[2][1], 0.0, "clipped at the pre spike 8.1 ms");
        check(preGen, postUp, up, 1.0, 1);
        check(preGen, postGen, up, 1.0, 1);
        Rule down = new Rule(20.0, 20.0, 1.0, 5.0, 1.0, 0.0, 10.0, 2.0); // additive depression: hits 0
        sim = simulate(network(preGen, postGen, down, 1.0, 1), 1);
        assertEquals(0.0, sim[2][sim[2].length - 1], 0.0, "depressed to exactly 0");
        check(preGen, postGen, down, 1.0, 1);
        // an inhibitory source: weight 3 and Wmax 10 in the file act as -3 and -10 (NNGT's sign, NEST's same-sign Wmax)
        Rule inh = new Rule(20.0, 20.0, 0.3, 1.0, 1.0, 1.0, 10.0, 3.0);
        sim = simulate(network(preGen, postGen, inh, 1.0, -1), 1);
        assertTrue(sim[2][sim[2].length - 1] < 0, "inhibitory weights stay negative");
        check(preGen, postGen, inh, 1.0, -1);
    }

    /**
     * NEST's multiplicity: two generator spikes in one step make the pre parrot send one event of
     * multiplicity 2 through the stdp synapse — one weight update, the target receives twice the new
     * weight. Target: an iaf_psc_delta (C_m 1 pF: a weight of w mV-pF jumps V by w mV) made to spike
     * at 4.1 ms, then at rest at 0 mV; the doublet leaves the parrot at 10.1 ms and arrives at 11.1 ms
     * (delay 1 ms). Additive rule (mu 0), Wmax 100, w0 50, lambda 0.05, alpha 1: depression by the
     * post trace at 9.1 ms, K⁻ = exp(−5/20); no potentiation (K⁺ = 0). So V(11.1) = 2·w1 with
     * w1 = 100·(0.5 − 0.05·e^(−0.25)) — not w1 + w2 as two separate updates would give.
     */
    @Test
    @DisplayName("a doublet in one step is one stdp update of multiplicity 2: the target gets 2 x the new weight")
    void multiplicityIsOneUpdateAndTwiceTheWeight() {
        String json = """
                {"dt": 0.1, "tstop": 12.0, "seed": 3,
                 "groups": [{"name": "pre", "size": 1, "model": "parrot_neuron"},
                            {"name": "post", "size": 1, "model": "iaf_psc_delta",
                             "params": {"E_L": 0.0, "V_reset": 0.0, "V_th": 1000.0, "C_m": 1.0, "tau_m": 20.0, "t_ref": 2.0}}],
                 "connections": [{"pre": "pre", "post": "post", "rule": "all_to_all", "delay": 1.0, %s}],
                 "devices": [
                   {"type": "spike_generator", "target": "pre", "spike_times": [10.0, 10.0], "delay": 0.1},
                   {"type": "spike_generator", "target": "post", "spike_times": [4.0], "weight": 2000.0, "delay": 0.1},
                   {"type": "spike_recorder", "target": "post"},
                   {"type": "multimeter", "target": "post", "record_from": ["V_m"], "interval": 0.1}]}
                """.formatted(new Rule(20.0, 20.0, 0.05, 1.0, 0.0, 0.0, 100.0, 50.0).json());
        Network net = new Network(NetworkFile.parse(Json.parse(json, "multiplicity.json")), 1);
        net.run(ProgressListener.NONE);
        assertArrayEquals(new double[] {4.1}, net.spikeRecords().get(0).timesMs(), 1e-9, "the target spikes once, at 4.1 ms");
        double w1 = 100.0 * (0.5 - 0.05 * Math.exp(-0.25));
        var vm = net.traces().get(0);
        int at = -1;
        for (int k = 0; k < vm.sampleCount(); k++) {
            if (Math.abs(vm.timeMs(k) - 11.1) < 1e-9) {
                at = k;
            }
        }
        assertEquals(0.0, vm.value(at - 1, 0), 0.0, "at rest before the doublet arrives");
        assertEquals(2 * w1, vm.value(at, 0), 1e-9, "twice the once-depressed weight");
        assertEquals(w1, net.plasticWeights().get("pre->post").weight()[0], 1e-12, "one update");
    }
}
