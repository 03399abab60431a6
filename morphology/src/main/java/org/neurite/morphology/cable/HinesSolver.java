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
     * Solves in place: on return rhs holds the solution and d is overwritten.
     *
     * @param parent parent of each node (−1 for a root), parent[i] &lt; i
     * @param d diagonal (overwritten)
     * @param a off-diagonal between i and parent[i] (unused for roots)
     * @param rhs right-hand side, replaced by the solution
     * @param n number of nodes
     */
    public static void solve(int[] parent, double[] d, double[] a, double[] rhs, int n) {
        for (int i = n - 1; i > 0; i--) {
            int p = parent[i];
            if (p >= 0) {
                double f = a[i] / d[i];
                d[p] -= f * a[i];
                rhs[p] -= f * rhs[i];
            }
        }
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            if (p >= 0) {
                rhs[i] = (rhs[i] - a[i] * rhs[p]) / d[i];
            } else {
                rhs[i] = rhs[i] / d[i];
            }
        }
    }
}
