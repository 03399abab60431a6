package org.neurite.pointneuron.build;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.spi.ParameterSpec;

/**
 * The built-in connection rules, with NEST's names (and NNGT's where NEST has none). Every rule
 * honours the autapse switch; rules that can connect a pair twice honour the multapse switch.
 */
public final class Rules {
    private Rules() {
    }

    /** Name, description and parameters of a built-in rule. */
    abstract static class Base implements ConnectionRule {
        private final String name;
        private final String description;
        private final List<ParameterSpec> parameters;

        Base(String name, String description, List<ParameterSpec> parameters) {
            this.name = name;
            this.description = description;
            this.parameters = parameters;
        }

        @Override
        public final String name() {
            return name;
        }

        @Override
        public final String description() {
            return description;
        }

        @Override
        public final List<ParameterSpec> parameters() {
            return parameters;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code one_to_one}: source k → target k. */
    public static final class OneToOne extends Base {
        public OneToOne() {
            super("one_to_one", "source k to target k (equal sizes)", List.of());
        }

        @Override
        public void connect(RuleContext c, PairList out) {
            if (c.nPre() != c.nPost()) {
                throw BadInputException.parameter("connection " + c.pathway() + " one_to_one",
                        "needs equal sizes, got " + c.nPre() + " sources and " + c.nPost() + " targets");
            }
            for (int k = 0; k < c.nPre(); k++) {
                if (c.allowed(k, k)) {
                    out.add(k, k);
                }
            }
        }
    }

    /** {@code all_to_all}: every pair once. */
    public static final class AllToAll extends Base {
        public AllToAll() {
            super("all_to_all", "every source to every target", List.of());
        }

        @Override
        public void connect(RuleContext c, PairList out) {
            for (int j = 0; j < c.nPost(); j++) {
                for (int i = 0; i < c.nPre(); i++) {
                    if (c.allowed(i, j)) {
                        out.add(i, j);
                    }
                }
            }
        }
    }

    /**
     * Draws k distinct (or, with multapses, independent) indices among n uniformly, skipping the
     * excluded one (−1: none): NEST's fixed_indegree/outdegree sampling.
     */
    static void choose(UniformRandomProvider rng, int n, int k, int excluded, boolean multapses, boolean[] mark,
                       int[] chosen) {
        for (int m = 0; m < k; m++) {
            int x;
            do {
                x = rng.nextInt(n);
            } while (x == excluded || (!multapses && mark[x]));
            if (!multapses) {
                mark[x] = true;
            }
            chosen[m] = x;
        }
        if (!multapses) {
            for (int m = 0; m < k; m++) {
                mark[chosen[m]] = false;
            }
        }
    }

    private static int excludedSource(RuleContext c, int j) {
        if (c.autapses()) {
            return -1;
        }
        int k = java.util.Arrays.binarySearch(c.preIds(), c.postIds()[j]);
        return k >= 0 ? k : -1;
    }

    private static int excludedTarget(RuleContext c, int i) {
        if (c.autapses()) {
            return -1;
        }
        int k = java.util.Arrays.binarySearch(c.postIds(), c.preIds()[i]);
        return k >= 0 ? k : -1;
    }

    /** Adds k inputs to target j from its own stream. */
    static void inputsOf(RuleContext c, int j, int k, boolean[] mark, int[] chosen, PairList out) {
        if (k == 0) {
            return;
        }
        if (!c.multapses() && k > c.candidatesFor(j)) {
            throw BadInputException.parameter("connection " + c.pathway() + " indegree", "is " + k
                    + " but only " + c.candidatesFor(j) + " distinct sources exist (allow multapses or lower it)");
        }
        if (c.candidatesFor(j) == 0) {
            throw BadInputException.parameter("connection " + c.pathway() + " indegree", "no source to draw from");
        }
        choose(c.targetStream(j), c.nPre(), k, excludedSource(c, j), c.multapses(), mark, chosen);
        for (int m = 0; m < k; m++) {
            out.add(chosen[m], j);
        }
    }

    /** {@code fixed_indegree}: each target draws {@code indegree} sources. */
    public static final class FixedIndegree extends Base {
        public FixedIndegree() {
            super("fixed_indegree", "each target draws indegree sources uniformly (NEST; multapses on by default)",
                    List.of(ParameterSpec.nonNegative("indegree", "1", Double.NaN, "inputs per target")));
        }

        @Override
        public void connect(RuleContext c, PairList out) {
            int k = whole(c, "indegree");
            boolean[] mark = new boolean[c.nPre()];
            int[] chosen = new int[k];
            for (int j = 0; j < c.nPost(); j++) {
                inputsOf(c, j, k, mark, chosen, out);
            }
        }
    }

    /** {@code fixed_outdegree}: each source draws {@code outdegree} targets. */
    public static final class FixedOutdegree extends Base {
        public FixedOutdegree() {
            super("fixed_outdegree", "each source draws outdegree targets uniformly (NEST)",
                    List.of(ParameterSpec.nonNegative("outdegree", "1", Double.NaN, "outputs per source")));
        }

        @Override
        public void connect(RuleContext c, PairList out) {
            int k = whole(c, "outdegree");
            boolean[] mark = new boolean[c.nPost()];
            int[] chosen = new int[k];
            for (int i = 0; i < c.nPre(); i++) {
                if (k == 0) {
                    break;
                }
                if (!c.multapses() && k > c.candidatesFrom(i)) {
                    throw BadInputException.parameter("connection " + c.pathway() + " outdegree", "is " + k
                            + " but only " + c.candidatesFrom(i) + " distinct targets exist");
                }
                choose(c.sourceStream(i), c.nPost(), k, excludedTarget(c, i), c.multapses(), mark, chosen);
                for (int m = 0; m < k; m++) {
                    out.add(i, chosen[m]);
                }
            }
        }
    }

    /** {@code fixed_total_number}: N pairs drawn uniformly among all allowed pairs. */
    public static final class FixedTotalNumber extends Base {
        public FixedTotalNumber() {
            super("fixed_total_number", "N pairs drawn uniformly among all pairs (NEST)",
                    List.of(ParameterSpec.nonNegative("N", "1", Double.NaN, "number of connections")));
        }

        @Override
        public void connect(RuleContext c, PairList out) {
            int total = whole(c, "N");
            long pairs = (long) c.nPre() * c.nPost();
            if (total > 0 && pairs == 0) {
                throw BadInputException.parameter("connection " + c.pathway() + " N", "no pair to draw from");
            }
            java.util.HashSet<Long> seen = c.multapses() ? null : new java.util.HashSet<>();
            if (seen != null && total > pairs) {
                throw BadInputException.parameter("connection " + c.pathway() + " N", "is " + total
                        + " but only " + pairs + " distinct pairs exist");
            }
            UniformRandomProvider rng = c.ruleStream();
            int made = 0;
            long tries = 0;
            while (made < total) {
                if (++tries > 100L * total + 1000) {
                    throw BadInputException.parameter("connection " + c.pathway() + " N", "too many for the allowed pairs");
                }
                int i = rng.nextInt(c.nPre());
                int j = rng.nextInt(c.nPost());
                if (!c.allowed(i, j) || (seen != null && !seen.add((long) i * c.nPost() + j))) {
                    continue;
                }
                out.add(i, j);
                made++;
            }
        }
    }

    /**
     * Pairs drawn independently with probability p: geometric skipping over each target's
     * sources (same distribution as one Bernoulli trial per pair, cost ∝ connections).
     */
    static void bernoulli(RuleContext c, double p, PairList out) {
        if (p <= 0) {
            return;
        }
        double logq = Math.log1p(-p);
        for (int j = 0; j < c.nPost(); j++) {
            UniformRandomProvider rng = c.targetStream(j);
            if (p >= 1) {
                for (int i = 0; i < c.nPre(); i++) {
                    if (c.allowed(i, j)) {
                        out.add(i, j);
                    }
                }
                continue;
            }
            long i = -1;
            while (true) {
                i += 1 + (long) Math.floor(Math.log(1.0 - rng.nextDouble()) / logq);
                if (i >= c.nPre()) {
                    break;
                }
                if (c.allowed((int) i, j)) {
                    out.add((int) i, j);
                }
            }
        }
    }

    /** {@code pairwise_bernoulli}: each pair with probability p. */
    public static final class PairwiseBernoulli extends Base {
        public PairwiseBernoulli() {
            super("pairwise_bernoulli", "each pair connected with probability p (NEST)",
                    List.of(new ParameterSpec("p", "1", Double.NaN, 0.0, 1.0, "connection probability")));
        }

        @Override
        public void connect(RuleContext c, PairList out) {
            bernoulli(c, c.parameters().get("p"), out);
        }
    }

    /**
     * {@code erdos_renyi}: NNGT's name for pairwise Bernoulli, with {@code p} or {@code avg_deg}
     * (mean in-degree: p = avg_deg / number of candidate sources).
     */
    public static final class ErdosRenyi extends Base {
        public ErdosRenyi() {
            super("erdos_renyi", "NNGT: pairwise Bernoulli with p, or with p = avg_deg / n_sources",
                    List.of(new ParameterSpec("p", "1", -1.0, -1.0, 1.0, "connection probability (give p or avg_deg)"),
                            new ParameterSpec("avg_deg", "1", -1.0, -1.0, Double.POSITIVE_INFINITY, "mean in-degree")));
        }

        @Override
        public void connect(RuleContext c, PairList out) {
            double p = c.parameters().get("p");
            double deg = c.parameters().get("avg_deg");
            if ((p >= 0) == (deg >= 0)) {
                throw BadInputException.parameter("connection " + c.pathway() + " erdos_renyi", "give exactly one of p and avg_deg");
            }
            if (deg >= 0) {
                int cand = c.autapses() || c.nPre() <= 1 ? c.nPre() : c.nPre() - (sameSets(c) ? 1 : 0);
                p = cand == 0 ? 0 : deg / cand;
                if (p > 1) {
                    throw BadInputException.parameter("connection " + c.pathway() + " avg_deg", "is " + deg
                            + " but only " + cand + " sources exist");
                }
            }
            bernoulli(c, p, out);
        }

        private static boolean sameSets(RuleContext c) {
            return java.util.Arrays.equals(c.preIds(), c.postIds());
        }
    }

    /**
     * {@code gaussian_degree}: each target's in-degree (or each source's out-degree, option
     * "degree_type": "out") drawn from a normal(avg, std), rounded and clipped at 0 (NNGT).
     */
    public static final class GaussianDegree extends Base {
        public GaussianDegree() {
            super("gaussian_degree", "NNGT: degrees ~ round(normal(avg, std)) clipped at 0; degree_type in|out",
                    List.of(ParameterSpec.nonNegative("avg", "1", Double.NaN, "mean degree"),
                            ParameterSpec.nonNegative("std", "1", Double.NaN, "standard deviation of the degree")));
        }

        @Override
        public List<String> optionNames() {
            return List.of("degree_type");
        }

        @Override
        public void connect(RuleContext c, PairList out) {
            double avg = c.parameters().get("avg");
            double std = c.parameters().get("std");
            boolean in = c.option("degree_type", "in", "in", "out").equals("in");
            int n = in ? c.nPost() : c.nPre();
            int m = in ? c.nPre() : c.nPost();
            boolean[] mark = new boolean[m];
            int[] chosen = new int[0];
            for (int x = 0; x < n; x++) {
                UniformRandomProvider rng = in ? c.targetStream(x) : c.sourceStream(x);
                double d = avg + std * ZigguratSampler.NormalizedGaussian.of(rng).sample();
                int k = (int) Math.max(0, Math.round(d));
                int cand = in ? c.candidatesFor(x) : c.candidatesFrom(x);
                if (!c.multapses()) {
                    k = Math.min(k, cand);
                }
                if (k == 0 || cand == 0) {
                    continue;
                }
                if (chosen.length < k) {
                    chosen = new int[k];
                }
                choose(rng, m, k, in ? excludedSource(c, x) : excludedTarget(c, x), c.multapses(), mark, chosen);
                for (int q = 0; q < k; q++) {
                    if (in) {
                        out.add(chosen[q], x);
                    } else {
                        out.add(x, chosen[q]);
                    }
                }
            }
        }
    }

    /**
     * {@code distance_rule}: each pair with probability p0·exp(−d/scale) ("rule": "exp", NNGT's
     * default) or p0·exp(−d²/(2·scale²)) ("rule": "gaussian"), d the distance between the
     * neurons' positions [µm].
     */
    public static final class DistanceRule extends Base {
        public DistanceRule() {
            super("distance_rule", "NNGT: p = p0*exp(-d/scale) (rule exp) or p0*exp(-d^2/(2 scale^2)) (rule gaussian)",
                    List.of(ParameterSpec.positive("scale", "um", Double.NaN, "length scale"),
                            new ParameterSpec("p0", "1", 1.0, 0.0, 1.0, "probability at distance 0")));
        }

        @Override
        public List<String> optionNames() {
            return List.of("rule");
        }

        @Override
        public void connect(RuleContext c, PairList out) {
            double[][] a = c.prePositions();
            double[][] b = c.postPositions();
            if (a == null || b == null) {
                throw BadInputException.parameter("connection " + c.pathway() + " distance_rule",
                        "needs positions for the source and target groups");
            }
            double scale = c.parameters().get("scale");
            double p0 = c.parameters().get("p0");
            boolean gauss = c.option("rule", "exp", "exp", "gaussian").equals("gaussian");
            for (int j = 0; j < c.nPost(); j++) {
                UniformRandomProvider rng = c.targetStream(j);
                for (int i = 0; i < c.nPre(); i++) {
                    double u = rng.nextDouble();
                    if (!c.allowed(i, j)) {
                        continue;
                    }
                    double d2 = 0;
                    for (int q = 0; q < b[j].length; q++) {
                        double dx = a[i][q] - b[j][q];
                        d2 += dx * dx;
                    }
                    double p = gauss ? p0 * Math.exp(-d2 / (2 * scale * scale)) : p0 * Math.exp(-Math.sqrt(d2) / scale);
                    if (u < p) {
                        out.add(i, j);
                    }
                }
            }
        }
    }

    static int whole(RuleContext c, String name) {
        double v = c.parameters().get(name);
        if (v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw BadInputException.parameter("connection " + c.pathway() + " " + name, "must be a whole number, got " + v);
        }
        return (int) v;
    }
}
