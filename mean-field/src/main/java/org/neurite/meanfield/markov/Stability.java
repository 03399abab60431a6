package org.neurite.meanfield.markov;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Linear stability of a state: the eigenvalues of the Jacobian of the mean-field equations there
 * (EJML), in 1/ms. The state is stable when every real part is negative.
 *
 * @param real real parts [1/ms], sorted from the largest
 * @param imaginary imaginary parts [1/ms], in the same order
 */
public record Stability(double[] real, double[] imaginary) {
    /** Whether every eigenvalue has a negative real part. */
    public boolean stable() {
        return real.length > 0 && real[0] < 0;
    }

    /** The largest real part [1/ms]. */
    public double leadingReal() {
        return real[0];
    }

    /** Eigenvalues of the system's Jacobian at y, time t. */
    public static Stability at(MarkovSystem system, double t, double[] y) {
        int n = system.dimension();
        double[][] j = new double[n][n];
        system.jacobian(t, y, j);
        return of(j);
    }

    /** Eigenvalues of a square matrix. */
    public static Stability of(double[][] matrix) {
        int n = matrix.length;
        DMatrixRMaj m = new DMatrixRMaj(matrix);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        if (!eig.decompose(m)) {
            throw new IllegalStateException("eigen-decomposition of the mean-field Jacobian failed");
        }
        Integer[] order = new Integer[n];
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            Complex_F64 c = eig.getEigenvalue(i);
            re[i] = c.real;
            im[i] = c.imaginary;
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(re[b], re[a]));
        double[] r = new double[n];
        double[] ii = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = re[order[i]];
            ii[i] = im[order[i]];
        }
        return new Stability(r, ii);
    }
}
