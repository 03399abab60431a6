package org.neurite.pointneuron.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.channels.spi.ParameterSet;

/**
 * Connection rules, tested NEST's way (testsuite/pytests/test_connect_*): for each of 20 seeds a
 * chi-square test of the degree histogram against its exact distribution, then a
 * Kolmogorov–Smirnov test that the 20 p-values are uniform (p &gt; 0.01). Sizes (200 × 200 cells,
 * 20 seeds) are NEST's order of magnitude and take a few hundred milliseconds; the seeds are fixed,
 * so the outcome is deterministic (a failure means the rule's distribution is wrong, not bad luck).
 */
class ConnectionRulesTest {
    private static final int SEEDS = 20;

    static RuleContext context(String rule, Map<String, Double> params, int nPre, int nPost, boolean same, boolean autapses,
                               boolean multapses, long seed) {
        ConnectionRule r = rule(rule);
        int[] pre = Group.range(0, nPre);
        int[] post = same ? Group.range(0, nPost) : Group.range(nPre, nPost);
        return new RuleContext("a->b", pre, post, autapses, multapses, ParameterSet.of(rule, r.parameters(), params), Map.of(),
                null, null, new RandomStreams(seed));
    }

    static ConnectionRule rule(String name) {
        return org.neurite.channels.spi.Plugins.find(ConnectionRule.class, name);
    }

    static PairList connect(String rule, RuleContext c) {
        PairList out = new PairList();
        rule(rule).connect(c, out);
        return out;
    }

    static int[] inDegrees(PairList p, int n) {
        int[] d = new int[n];
        for (int k = 0; k < p.size(); k++) {
            d[p.post(k)]++;
        }
        return d;
    }

    static int[] outDegrees(PairList p, int n) {
        int[] d = new int[n];
        for (int k = 0; k < p.size(); k++) {
            d[p.pre(k)]++;
        }
        return d;
    }

    /** Chi-square p-value of degrees against Binomial(trials, prob), bins with expectation < 5 pooled. */
    static double chiSquareBinomial(int[] degrees, int trials, double prob) {
        BinomialDistribution b = new BinomialDistribution(null, trials, prob);
        int n = degrees.length;
        List<double[]> bins = new ArrayList<>(); // {expected, observed}
        long[] hist = new long[trials + 1];
        for (int d : degrees) {
            hist[d]++;
        }
        double e = 0;
        double o = 0;
        for (int k = 0; k <= trials; k++) {
            e += n * b.probability(k);
            o += hist[k];
            if (e >= 5) {
                bins.add(new double[] {e, o});
                e = 0;
                o = 0;
            }
        }
        if (!bins.isEmpty()) {
            bins.get(bins.size() - 1)[0] += e;
            bins.get(bins.size() - 1)[1] += o;
        }
        double[] exp = new double[bins.size()];
        long[] obs = new long[bins.size()];
        for (int k = 0; k < exp.length; k++) {
            exp[k] = bins.get(k)[0];
            obs[k] = (long) bins.get(k)[1];
        }
        return new ChiSquareTest().chiSquareTest(exp, obs);
    }

    static void assertUniformPValues(double[] p, String what) {
        double ks = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), p);
        assertTrue(ks > 0.01, what + ": KS p-value of the per-seed chi-square p-values = " + ks + " (need > 0.01)");
    }

    @Test
    @DisplayName("fixed_indegree: exact in-degree, no autapse/multapse when off, out-degrees Binomial(n-1, k/(n-1)) by chi-square + KS over 20 seeds")
    void fixedIndegree() {
        int n = 200;
        int k = 20;
        double[] p = new double[SEEDS];
        for (int s = 0; s < SEEDS; s++) {
            PairList pl = connect("fixed_indegree", context("fixed_indegree", Map.of("indegree", (double) k), n, n, true, false, false, s));
            for (int d : inDegrees(pl, n)) {
                assertEquals(k, d);
            }
            Set<Long> seen = new HashSet<>();
            for (int q = 0; q < pl.size(); q++) {
                assertFalse(pl.pre(q) == pl.post(q), "autapse");
                assertTrue(seen.add((long) pl.pre(q) * n + pl.post(q)), "multapse");
            }
            p[s] = chiSquareBinomial(outDegrees(pl, n), n - 1, k / (double) (n - 1));
        }
        assertUniformPValues(p, "fixed_indegree out-degrees");
    }

    @Test
    @DisplayName("fixed_indegree with multapses: source multiplicities per target are multinomial, so out-degrees are Binomial(n*k, 1/n)")
    void fixedIndegreeMultapses() {
        int n = 200;
        int k = 20;
        double[] p = new double[SEEDS];
        for (int s = 0; s < SEEDS; s++) {
            PairList pl = connect("fixed_indegree", context("fixed_indegree", Map.of("indegree", (double) k), n, n, false, true, true, s));
            p[s] = chiSquareBinomial(outDegrees(pl, n), n * k, 1.0 / n);
        }
        assertUniformPValues(p, "fixed_indegree (multapses) out-degrees");
    }

    @Test
    @DisplayName("fixed_outdegree: exact out-degree, in-degrees Binomial(n-1, k/(n-1))")
    void fixedOutdegree() {
        int n = 200;
        int k = 20;
        double[] p = new double[SEEDS];
        for (int s = 0; s < SEEDS; s++) {
            PairList pl = connect("fixed_outdegree", context("fixed_outdegree", Map.of("outdegree", (double) k), n, n, true, false, false, s));
            for (int d : outDegrees(pl, n)) {
                assertEquals(k, d);
            }
            p[s] = chiSquareBinomial(inDegrees(pl, n), n - 1, k / (double) (n - 1));
        }
        assertUniformPValues(p, "fixed_outdegree in-degrees");
    }

    @Test
    @DisplayName("pairwise_bernoulli: in- and out-degrees Binomial(n-1, p) without autapses")
    void pairwiseBernoulli() {
        int n = 200;
        double prob = 0.1;
        double[] pin = new double[SEEDS];
        double[] pout = new double[SEEDS];
        for (int s = 0; s < SEEDS; s++) {
            PairList pl = connect("pairwise_bernoulli", context("pairwise_bernoulli", Map.of("p", prob), n, n, true, false, false, s));
            for (int q = 0; q < pl.size(); q++) {
                assertFalse(pl.pre(q) == pl.post(q), "autapse");
            }
            pin[s] = chiSquareBinomial(inDegrees(pl, n), n - 1, prob);
            pout[s] = chiSquareBinomial(outDegrees(pl, n), n - 1, prob);
        }
        assertUniformPValues(pin, "pairwise_bernoulli in-degrees");
        assertUniformPValues(pout, "pairwise_bernoulli out-degrees");
    }

    @Test
    @DisplayName("erdos_renyi with avg_deg: p = avg_deg/(n-1), in-degrees Binomial(n-1, p)")
    void erdosRenyiAvgDeg() {
        int n = 200;
        double deg = 15;
        double[] p = new double[SEEDS];
        for (int s = 0; s < SEEDS; s++) {
            PairList pl = connect("erdos_renyi", context("erdos_renyi", Map.of("avg_deg", deg), n, n, true, false, false, s));
            p[s] = chiSquareBinomial(inDegrees(pl, n), n - 1, deg / (n - 1));
        }
        assertUniformPValues(p, "erdos_renyi in-degrees");
    }

    @Test
    @DisplayName("fixed_total_number: exactly N pairs, in-degrees Binomial(N, 1/n_post) with multapses")
    void fixedTotalNumber() {
        int n = 200;
        int total = 4000;
        double[] p = new double[SEEDS];
        for (int s = 0; s < SEEDS; s++) {
            PairList pl = connect("fixed_total_number", context("fixed_total_number", Map.of("N", (double) total), n, n, false, true, true, s));
            assertEquals(total, pl.size());
            p[s] = chiSquareBinomial(inDegrees(pl, n), total, 1.0 / n);
        }
        assertUniformPValues(p, "fixed_total_number in-degrees");
    }

    @Test
    @DisplayName("gaussian_degree: in-degree mean and sd within 4 standard errors of (avg, std) over 4000 targets")
    void gaussianDegree() {
        int n = 4000;
        double avg = 50;
        double std = 8;
        PairList pl = connect("gaussian_degree", context("gaussian_degree", Map.of("avg", avg, "std", std), 1000, n, false, false, false, 3));
        int[] d = inDegrees(pl, n);
        double m = 0;
        double m2 = 0;
        for (int x : d) {
            m += x;
            m2 += (double) x * x;
        }
        m /= n;
        double sd = Math.sqrt(m2 / n - m * m);
        // rounding to integers adds variance 1/12; SE of the mean std/sqrt(n), of the sd std/sqrt(2n)
        double sdExpected = Math.sqrt(std * std + 1.0 / 12);
        assertEquals(avg, m, 4 * std / Math.sqrt(n), "mean in-degree");
        assertEquals(sdExpected, sd, 4 * std / Math.sqrt(2.0 * n), "sd of the in-degree");
    }

    @Test
    @DisplayName("distance_rule (exp and gaussian): connections per distance bin match sum of p0*f(d) by chi-square")
    void distanceRule() {
        for (String shape : List.of("exp", "gaussian")) {
            int side = 30;
            int n = side * side;
            double[][] pos = new double[n][];
            for (int i = 0; i < n; i++) {
                pos[i] = new double[] {10.0 * (i % side), 10.0 * (i / side)};
            }
            double scale = 40;
            double p0 = 0.8;
            ConnectionRule r = rule("distance_rule");
            RuleContext c = new RuleContext("grid", Group.range(0, n), Group.range(0, n), false, false,
                    ParameterSet.of("distance_rule", r.parameters(), Map.of("scale", scale, "p0", p0)), Map.of("rule", shape), pos, pos,
                    new RandomStreams(11));
            PairList pl = new PairList();
            r.connect(c, pl);
            int bins = 12;
            double binW = 20;
            double[] exp = new double[bins];
            long[] obs = new long[bins];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i == j) {
                        continue;
                    }
                    double d = Math.hypot(pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]);
                    int b = (int) Math.min(bins - 1, d / binW);
                    exp[b] += shape.equals("exp") ? p0 * Math.exp(-d / scale) : p0 * Math.exp(-d * d / (2 * scale * scale));
                }
            }
            for (int k = 0; k < pl.size(); k++) {
                double d = Math.hypot(pos[pl.pre(k)][0] - pos[pl.post(k)][0], pos[pl.pre(k)][1] - pos[pl.post(k)][1]);
                obs[(int) Math.min(bins - 1, d / binW)]++;
            }
            double pv = new ChiSquareTest().chiSquareTest(exp, obs);
            assertTrue(pv > 0.001, shape + ": chi-square p = " + pv);
        }
    }

    @Test
    @DisplayName("one_to_one and all_to_all: exact pair sets; autapse switch honoured")
    void deterministicRules() {
        PairList o = connect("one_to_one", context("one_to_one", Map.of(), 5, 5, false, true, true, 1));
        assertEquals(5, o.size());
        for (int k = 0; k < 5; k++) {
            assertEquals(o.pre(k), o.post(k));
        }
        assertEquals(0, connect("one_to_one", context("one_to_one", Map.of(), 5, 5, true, false, true, 1)).size());
        assertEquals(20, connect("all_to_all", context("all_to_all", Map.of(), 5, 5, true, false, true, 1)).size());
        assertEquals(25, connect("all_to_all", context("all_to_all", Map.of(), 5, 5, true, true, true, 1)).size());
        assertThrows(BadInputException.class, () -> connect("one_to_one", context("one_to_one", Map.of(), 4, 5, false, true, true, 1)));
    }

    @Test
    @DisplayName("impossible degrees without multapses are errors naming the pathway")
    void impossible() {
        BadInputException e = assertThrows(BadInputException.class, () ->
                connect("fixed_indegree", context("fixed_indegree", Map.of("indegree", 10.0), 10, 10, true, false, false, 1)));
        assertTrue(e.getMessage().contains("a->b") && e.getMessage().contains("indegree"), e.getMessage());
    }

    @Test
    @DisplayName("same seed, same graph; another seed, another graph")
    void determinism() {
        IntFunction<PairList> make = s -> connect("pairwise_bernoulli", context("pairwise_bernoulli", Map.of("p", 0.1), 100, 100, true, false, false, s));
        PairList a = make.apply(5);
        PairList b = make.apply(5);
        PairList c = make.apply(6);
        assertEquals(a.size(), b.size());
        int[] pa = new int[a.size()];
        int[] pb = new int[b.size()];
        for (int k = 0; k < a.size(); k++) {
            pa[k] = a.pre(k) * 1000 + a.post(k);
            pb[k] = b.pre(k) * 1000 + b.post(k);
        }
        assertArrayEquals(pa, pb);
        assertTrue(a.size() != c.size() || a.pre(0) != c.pre(0) || a.pre(a.size() - 1) != c.pre(c.size() - 1));
    }
}
