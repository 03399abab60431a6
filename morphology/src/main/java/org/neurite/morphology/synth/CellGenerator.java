package org.neurite.morphology.synth;

import org.apache.commons.rng.UniformRandomProvider;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.morphology.io.SwcRecords;
import org.neurite.morphology.tree.SwcType;

/**
 * The project's own model cells, generated deterministically (the files in {@code morphologies/}
 * are this class's output; a test checks they are equal). All lengths in µm; SWC radii.
 *
 * <ul>
 *   <li>ball-and-stick: soma sphere r = 10, one basal dendrite 600 µm long, diameter 2 µm;</li>
 *   <li>Y-branch: soma r = 8, a trunk 200 µm × 3 µm splitting into two daughters of 300 µm whose
 *       diameters follow Rall's 3/2 rule (d = 3·2^(−2/3) µm);</li>
 *   <li>Rall's tree ({@link RallTree#DEFAULT}): soma of 20 µm diameter with a symmetric dendritic
 *       tree of four generations (trunk then 2, 4, 8 branches), each branch 100 µm, root diameter
 *       2 µm, each generation d_{k+1} = d_k·2^(−2/3) (3/2 rule), so that it is equivalent to one
 *       cylinder (Rall 1962);</li>
 *   <li>a synthetic pyramidal cell (seeded): soma, an apical trunk with oblique branches and a
 *       tuft, basal dendrites and an axon with collaterals, sized for about 2000 compartments at
 *       d_lambda 0.1 (Ra 150 Ω·cm, cm 1 µF/cm²).</li>
 * </ul>
 */
public final class CellGenerator {
    /** The 3/2-rule diameter ratio of a symmetric bifurcation: 2^(−2/3). */
    public static final double RALL_RATIO = RallTree.THREE_HALVES_RATIO;
    /** Spacing of samples along generated branches [µm]. */
    static final double STEP_UM = 10;

    private CellGenerator() {
    }

    /** Ball-and-stick. */
    public static SwcRecords ballAndStick() {
        SampleWriter w = new SampleWriter();
        long soma = w.add(SwcType.SOMA, 0, 0, 0, 10, -1);
        straight(w, soma, SwcType.BASAL, new double[] {10, 0, 0}, new double[] {1, 0, 0}, 600, 1, 1);
        return w.records("ball_and_stick");
    }

    /** Y-branch. */
    public static SwcRecords yBranch() {
        SampleWriter w = new SampleWriter();
        long soma = w.add(SwcType.SOMA, 0, 0, 0, 8, -1);
        long end = straight(w, soma, SwcType.APICAL, new double[] {0, 8, 0}, new double[] {0, 1, 0}, 200, 1.5, 1.5);
        double rd = 1.5 * RALL_RATIO;
        double c = Math.cos(Math.toRadians(30));
        double s = Math.sin(Math.toRadians(30));
        double[] from = {w.x(end), w.y(end), w.z(end)};
        straight(w, end, SwcType.APICAL, from, new double[] {-s, c, 0}, 300, rd, rd);
        straight(w, end, SwcType.APICAL, from, new double[] {s, c, 0}, 300, rd, rd);
        return w.records("y_branch");
    }

    /** Rall's equivalent-cylinder tree ({@link RallTree#DEFAULT}). */
    public static SwcRecords rallTree() {
        return RallTree.DEFAULT.records("rall_tree");
    }

    /** A straight branch from a point (its first sample at that point), radius linear r0 → r1. */
    static long straight(SampleWriter w, long parent, int type, double[] from, double[] dir, double length,
                                 double r0, double r1) {
        int steps = Math.max(1, (int) Math.round(length / STEP_UM));
        long last = parent;
        // the first sample sits at the start: on the soma surface for a root neurite, or at the
        // branch point with the branch's own radius (so branches are exact cylinders)
        for (int k = 0; k <= steps; k++) {
            double f = (double) k / steps;
            last = w.add(type, from[0] + dir[0] * f * length, from[1] + dir[1] * f * length, from[2] + dir[2] * f * length,
                    r0 + (r1 - r0) * f, last);
        }
        return last;
    }

    static double[] rotateZ(double[] d, double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        return new double[] {c * d[0] - s * d[1], s * d[0] + c * d[1], d[2]};
    }

    /** Seed of the committed pyramidal cell. */
    public static final long PYRAMIDAL_SEED = 20261123L;

    /** The synthetic pyramidal cell from a seed. */
    public static SwcRecords pyramidal(long seed) {
        return new Pyramidal(new RandomStreams(seed)).build();
    }

    /** Builds the pyramidal cell: each part draws from its own stream (seed, "pyramidal", part, index). */
    private static final class Pyramidal {
        final RandomStreams streams;
        final SampleWriter w = new SampleWriter();

        Pyramidal(RandomStreams streams) {
            this.streams = streams;
        }

        SwcRecords build() {
            double rs = 10;
            long soma = w.add(SwcType.SOMA, 0, 0, 0, rs, -1);
            // apical trunk along +y, tapering, with obliques
            UniformRandomProvider rt = streams.stream("pyramidal", 1);
            double[] p = {0, rs, 0};
            double[] dir = {0, 1, 0};
            long cur = soma;
            double trunkLength = 650;
            int segments = (int) (trunkLength / STEP_UM);
            int obliqueEvery = 3; // samples
            int oblique = 0;
            for (int k = 0; k <= segments; k++) {
                double f = (double) k / segments;
                double r = 2.0 + (1.0 - 2.0) * f;
                dir = jitter(dir, rt, 0.05, new double[] {0, 1, 0}, 0.2);
                if (k > 0) {
                    p = add(p, dir, STEP_UM);
                }
                cur = w.add(SwcType.APICAL, p[0], p[1], p[2], r, cur);
                if (k >= 6 && k < segments - 4 && k % obliqueEvery == 0) {
                    UniformRandomProvider ro = streams.stream("pyramidal", 2, oblique);
                    double phi = ro.nextDouble() * 2 * Math.PI;
                    double[] od = normalize(new double[] {Math.cos(phi), 0.5, Math.sin(phi)});
                    tree(ro, cur, p, od, SwcType.APICAL, 0.55, 3, 80 + 50 * ro.nextDouble(), 0.7);
                    oblique++;
                }
            }
            // tuft: four generations from the trunk's end
            UniformRandomProvider rtuft = streams.stream("pyramidal", 3);
            for (int side = 0; side < 2; side++) {
                double phi = Math.PI * side + 0.3;
                double[] td = normalize(new double[] {0.6 * Math.cos(phi), 1, 0.6 * Math.sin(phi)});
                tree(rtuft, cur, p, td, SwcType.APICAL, 0.8, 5, 100, 0.75);
            }
            // basal dendrites: 7 stems around the lower soma
            for (int b = 0; b < 7; b++) {
                UniformRandomProvider rb = streams.stream("pyramidal", 4, b);
                double phi = 2 * Math.PI * (b + 0.3 * rb.nextDouble()) / 7;
                double[] bd = normalize(new double[] {Math.cos(phi), -0.4 - 0.4 * rb.nextDouble(), Math.sin(phi)});
                double[] start = add(new double[] {0, 0, 0}, bd, rs);
                tree(rb, soma, start, bd, SwcType.BASAL, 0.7, 5, 45, 0.75);
            }
            // axon: initial segment then a long axon with collaterals
            UniformRandomProvider ra = streams.stream("pyramidal", 5);
            double[] ap = {0, -rs, 0};
            double[] ad = {0, -1, 0};
            long ac = soma;
            int axonSteps = 90;
            for (int k = 0; k <= axonSteps; k++) {
                double r = k <= 4 ? 0.75 : 0.5;
                ad = jitter(ad, ra, 0.04, new double[] {0, -1, 0}, 0.2);
                if (k > 0) {
                    ap = add(ap, ad, STEP_UM);
                }
                ac = w.add(SwcType.AXON, ap[0], ap[1], ap[2], r, ac);
                if (k >= 15 && k % 15 == 0) {
                    double phi = ra.nextDouble() * 2 * Math.PI;
                    double[] cd = normalize(new double[] {Math.cos(phi), -0.2, Math.sin(phi)});
                    tree(ra, ac, ap, cd, SwcType.AXON, 0.3, 2, 120, 0.9);
                }
            }
            return w.records("pyramidal");
        }

        /** A random binary tree of some generations; each branch wiggles slightly. */
        private void tree(UniformRandomProvider rnd, long parent, double[] from, double[] dir, int type, double radius,
                          int generations, double length, double radiusRatio) {
            double len = length * (0.7 + 0.6 * rnd.nextDouble());
            int steps = Math.max(2, (int) Math.round(len / STEP_UM));
            double[] p = from.clone();
            double[] d = dir.clone();
            long cur = parent;
            for (int k = 1; k <= steps; k++) {
                d = jitter(d, rnd, 0.12, dir, 0.1);
                p = add(p, d, len / steps);
                cur = w.add(type, p[0], p[1], p[2], Math.max(0.2, radius), cur);
            }
            if (generations > 1) {
                double spread = 0.35 + 0.25 * rnd.nextDouble();
                double[] axis = normalize(cross(d, new double[] {rnd.nextDouble() - 0.5, rnd.nextDouble() - 0.5, rnd.nextDouble() - 0.5}));
                for (int side = -1; side <= 1; side += 2) {
                    double[] nd = normalize(add(d, axis, side * spread));
                    tree(rnd, cur, p, nd, type, radius * radiusRatio, generations - 1, length, radiusRatio);
                }
            }
        }
    }

    private static double[] jitter(double[] d, UniformRandomProvider rnd, double amount, double[] pull, double pullWeight) {
        double[] out = {d[0] + amount * (rnd.nextDouble() - 0.5) + pullWeight * amount * pull[0],
            d[1] + amount * (rnd.nextDouble() - 0.5) + pullWeight * amount * pull[1],
            d[2] + amount * (rnd.nextDouble() - 0.5) + pullWeight * amount * pull[2]};
        return normalize(out);
    }

    private static double[] add(double[] p, double[] d, double s) {
        return new double[] {p[0] + s * d[0], p[1] + s * d[1], p[2] + s * d[2]};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double[] normalize(double[] v) {
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }
}
