package org.neurite.morphology.synth;

import org.neurite.morphology.io.SwcRecords;
import org.neurite.morphology.tree.SwcType;

/**
 * A ball-and-Rall's-tree cell: a spherical soma and one symmetric binary dendritic tree, every
 * branch of the same length, each generation's diameter the previous one's times a fixed ratio.
 * With the ratio 2^(−2/3) the tree obeys Rall's 3/2 rule (d_parent^{3/2} = Σ d_child^{3/2}), and
 * since all tips are then at the same electrotonic distance it responds at its root exactly as one
 * cylinder of the root's diameter (Rall 1962) — {@link #equivalentCylinderLengthUm()} gives that
 * cylinder's length. These are the parameters of ntwk's {@code BallandRallsTree} (soma size, root
 * diameter, branch length, number of branchings, diameter reduction factor).
 *
 * <p>Units: µm. Branches are drawn in the x–y plane, children ±25° from their parent, samples every
 * 10 µm, SWC type basal dendrite.
 *
 * @param somaDiameterUm  soma sphere diameter [µm]
 * @param rootDiameterUm  diameter of the first branch [µm]
 * @param branchLengthUm  length of every branch [µm]
 * @param generations     number of generations (1 = the root branch only; the tree has 2^g − 1 branches)
 * @param diameterRatio   child diameter / parent diameter (2^(−2/3) for the 3/2 rule)
 */
public record RallTree(double somaDiameterUm, double rootDiameterUm, double branchLengthUm, int generations,
                       double diameterRatio) {
    /** The 3/2-rule diameter ratio of a symmetric bifurcation: 2^(−2/3). */
    public static final double THREE_HALVES_RATIO = Math.pow(2, -2.0 / 3.0);
    /** Most generations a tree may have (4095 branches). */
    public static final int MAX_GENERATIONS = 12;
    /** The tree in {@code morphologies/rall_tree.swc}: soma 20 µm, root 2 µm, 4 generations of 100 µm. */
    public static final RallTree DEFAULT = new RallTree(20, 2, 100, 4, THREE_HALVES_RATIO);

    /** @throws IllegalArgumentException naming the component that is out of range */
    public RallTree {
        positive("somaDiameterUm", somaDiameterUm);
        positive("rootDiameterUm", rootDiameterUm);
        positive("branchLengthUm", branchLengthUm);
        if (generations < 1 || generations > MAX_GENERATIONS) {
            throw new IllegalArgumentException("generations must be between 1 and " + MAX_GENERATIONS + ", got " + generations);
        }
        if (!(diameterRatio > 0 && diameterRatio <= 1)) {
            throw new IllegalArgumentException("diameterRatio must be in (0, 1], got " + diameterRatio);
        }
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be a positive finite number, got " + v);
        }
    }

    /** Whether the diameters follow Rall's 3/2 rule (the ratio is 2^(−2/3) to 1e-9). */
    public boolean obeysThreeHalvesRule() {
        return Math.abs(diameterRatio - THREE_HALVES_RATIO) < 1e-9;
    }

    /** Number of branches, 2^generations − 1. */
    public int branchCount() {
        return (1 << generations) - 1;
    }

    /** Diameter of generation g (0 = root) [µm]. */
    public double diameterUm(int generation) {
        return rootDiameterUm * Math.pow(diameterRatio, generation);
    }

    /**
     * Length [µm] of the cylinder of the root's diameter with the tree's electrotonic length:
     * Σ_g ℓ·√(d_0/d_g), since λ ∝ √d at fixed R_m and R_a. It stands for the tree only when
     * {@link #obeysThreeHalvesRule()}.
     */
    public double equivalentCylinderLengthUm() {
        double sum = 0;
        for (int g = 0; g < generations; g++) {
            sum += branchLengthUm * Math.sqrt(rootDiameterUm / diameterUm(g));
        }
        return sum;
    }

    /** The cell as SWC records named {@code name}. */
    public SwcRecords records(String name) {
        SampleWriter w = new SampleWriter();
        double rs = somaDiameterUm / 2;
        long soma = w.add(SwcType.SOMA, 0, 0, 0, rs, -1);
        branch(w, soma, new double[] {0, rs, 0}, new double[] {0, 1, 0}, 0, rootDiameterUm / 2);
        return w.records(name);
    }

    private void branch(SampleWriter w, long parent, double[] from, double[] dir, int generation, double radius) {
        long end = CellGenerator.straight(w, parent, SwcType.BASAL, from, dir, branchLengthUm, radius, radius);
        if (generation + 1 < generations) {
            double angle = Math.toRadians(25);
            double[] at = {w.x(end), w.y(end), w.z(end)};
            for (int side = -1; side <= 1; side += 2) {
                branch(w, end, at, CellGenerator.rotateZ(dir, side * angle), generation + 1, radius * diameterRatio);
            }
        }
    }
}
