package org.neurite.morphology.cable;

/**
 * Solves the symmetric tree-structured system of a cable in O(N) (Hines 1984, Int J Biomed Comput
 * 15:69): row i has the diagonal d[i] and the off-diagonal a[i] in columns i and parent[i] (both
 * places, the matrix is symmetric); with nodes numbered so that parent[i] &lt; i, one backward sweep
 * eliminates each node into its parent and one forward sweep substitutes. No allocation.
 */
public final class HinesSolver {
    private HinesSolver() {
    }

    /**
     * Solves in place: on return rhs holds the solution and d holds the inverted pivots.
     *
     * @param parent parent of each node (−1 for a root), parent[i] &lt; i
     * @param d diagonal (overwritten)
     * @param a off-diagonal between i and parent[i] (unused for roots)
     * @param rhs right-hand side, replaced by the solution
     * @param n number of nodes
     */
    public static void solve(int[] parent, double[] d, double[] a, double[] rhs, int n) {
        // backward sweep: eliminate each node into its parent; keep 1/d[i] for the forward sweep
        for (int i = n - 1; i > 0; i--) {
            int p = parent[i];
            double inv = 1.0 / d[i];
            d[i] = inv;
            if (p >= 0) {
                double f = a[i] * inv;
                d[p] -= f * a[i];
                rhs[p] -= f * rhs[i];
            }
        }
        if (n > 0) {
            d[0] = 1.0 / d[0];
        }
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            rhs[i] = p >= 0 ? (rhs[i] - a[i] * rhs[p]) * d[i] : rhs[i] * d[i];
        }
    }

    /**
     * Factors the matrix once for repeated solves with {@link #solveFactored}: afterwards d holds
     * the inverted pivots and f the elimination factors. Used when the matrix does not change from
     * step to step (a passive cable at fixed dt), which takes the division off the per-step path.
     *
     * @param parent parent of each node (−1 for a root), parent[i] &lt; i
     * @param d diagonal, replaced by the inverted pivots
     * @param a off-diagonal between i and parent[i]
     * @param f receives the elimination factors a[i] / pivot[i]
     * @param n number of nodes
     */
    public static void factor(int[] parent, double[] d, double[] a, double[] f, int n) {
        for (int i = n - 1; i >= 0; i--) {
            int p = parent[i];
            double inv = 1.0 / d[i];
            d[i] = inv;
            if (p >= 0) {
                f[i] = a[i] * inv;
                d[p] -= f[i] * a[i];
            } else {
                f[i] = 0.0;
            }
        }
    }

    /**
     * Solves with a matrix factored by {@link #factor}; rhs is replaced by the solution.
     *
     * @param parent parent of each node
     * @param invPivot inverted pivots from {@link #factor}
     * @param a off-diagonal
     * @param f elimination factors from {@link #factor}
     * @param rhs right-hand side, replaced by the solution
     * @param n number of nodes
     */
    public static void solveFactored(int[] parent, double[] invPivot, double[] a, double[] f, double[] rhs, int n) {
        for (int i = n - 1; i > 0; i--) {
            int p = parent[i];
            if (p >= 0) {
                rhs[p] -= f[i] * rhs[i];
            }
        }
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            rhs[i] = p >= 0 ? (rhs[i] - a[i] * rhs[p]) * invPivot[i] : rhs[i] * invPivot[i];
        }
    }
}
