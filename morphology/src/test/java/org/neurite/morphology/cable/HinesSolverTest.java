package org.neurite.morphology.cable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.interfaces.linsol.LinearSolverSparse;
import org.ejml.ops.DConvertMatrixStruct;
import org.ejml.sparse.FillReducing;
import org.ejml.sparse.csc.factory.LinearSolverFactory_DSCC;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Hines elimination against an independent solver: EJML's sparse LU on the same symmetric
 * tree matrix (Arbor's test_matrix.cpp idea). Random trees (seeded), sizes 1…2000, some with
 * several roots, with cable-like coefficients (off-diagonal −g, diagonal Σg + C/dt + g_m).
 * Tolerance 1e-10 relative to the solution's largest value: both are direct solvers in double
 * precision on well-conditioned, diagonally dominant systems.
 */
class HinesSolverTest {
    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    @ParameterizedTest(name = "random tree, seed {0}")
    @MethodSource("seeds")
    void equalsSparseLu(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 1 + rnd.nextInt(seed % 10 == 0 ? 2000 : 300);
        int[] parent = new int[n];
        double[] g = new double[n];
        double[] d = new double[n];
        double[] a = new double[n];
        double[] rhs = new double[n];
        for (int i = 0; i < n; i++) {
            boolean root = i == 0 || rnd.nextDouble() < 0.01;
            // mostly near-chain trees (cables) with branching
            parent[i] = root ? -1 : (rnd.nextDouble() < 0.8 ? i - 1 : rnd.nextInt(i));
            g[i] = root ? 0 : Math.exp(rnd.nextDouble(-3, 8));
        }
        for (int i = 0; i < n; i++) {
            d[i] += rnd.nextDouble(1e-3, 10); // C/dt + membrane
            if (parent[i] >= 0) {
                a[i] = -g[i];
                d[i] += g[i];
                d[parent[i]] += g[i];
            }
            rhs[i] = rnd.nextDouble(-100, 100);
        }
        DMatrixSparseTriplet t = new DMatrixSparseTriplet(n, n, 3 * n);
        for (int i = 0; i < n; i++) {
            t.addItem(i, i, d[i]);
            if (parent[i] >= 0) {
                t.addItem(i, parent[i], a[i]);
                t.addItem(parent[i], i, a[i]);
            }
        }
        DMatrixSparseCSC m = DConvertMatrixStruct.convert(t, (DMatrixSparseCSC) null);
        LinearSolverSparse<DMatrixSparseCSC, DMatrixRMaj> lu = LinearSolverFactory_DSCC.lu(FillReducing.NONE);
        assertTrue(lu.setA(m));
        DMatrixRMaj b = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            b.set(i, 0, rhs[i]);
        }
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        lu.solve(b, x);

        double[] rhs2 = rhs.clone();
        double[] d2 = d.clone();
        double[] f = new double[n];
        HinesSolver.factor(parent, d2, a, f, n);
        HinesSolver.solveFactored(parent, d2, a, f, rhs2, n);
        HinesSolver.solve(parent, d.clone(), a, rhs, n);
        double scale = 0;
        double err = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(x.get(i, 0)));
            err = Math.max(err, Math.abs(x.get(i, 0) - rhs[i]));
        }
        assertTrue(err <= 1e-10 * scale, "n=" + n + ": max |Hines − LU| = " + err + " (scale " + scale + ")");
        double errFactored = 0;
        for (int i = 0; i < n; i++) {
            errFactored = Math.max(errFactored, Math.abs(x.get(i, 0) - rhs2[i]));
        }
        assertTrue(errFactored <= 1e-10 * scale, "n=" + n + ": max |factored Hines − LU| = " + errFactored);
    }

    @Test
    void handBuiltThreeNodeStar() {
        // node 0 with children 1 and 2; matrix [[3,-1,-1],[-1,2,0],[-1,0,2]] x = [1,1,1] → rhs [1,1,1]
        int[] parent = {-1, 0, 0};
        double[] d = {3, 2, 2};
        double[] a = {0, -1, -1};
        double[] rhs = {1, 1, 1};
        HinesSolver.solve(parent, d, a, rhs, 3);
        assertEquals(1, rhs[0], 1e-15);
        assertEquals(1, rhs[1], 1e-15);
        assertEquals(1, rhs[2], 1e-15);
    }
}
