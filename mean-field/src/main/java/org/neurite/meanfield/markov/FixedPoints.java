package org.neurite.meanfield.markov;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Fixed points of the mean-field equations under constant drive (the drives' values at a given
 * time): damped Newton iterations with a finite-difference Jacobian from several starting states,
 * duplicates merged, each with its {@link Stability}.
 */
public final class FixedPoints {
    /**
     * A fixed point.
     *
     * @param state the state (rates [Hz], covariances [Hz²], W [pA])
     * @param residual max |dy/dt|·T over the state [Hz, Hz², pA·T/τ_w …]
     * @param iterations Newton iterations used from the start that found it first
     * @param stability eigenvalues of the Jacobian there
     */
    public record FixedPoint(double[] state, double residual, int iterations, Stability stability) {
    }

    /**
     * Newton settings.
     *
     * @param maxIterations iterations per start
     * @param stepTolerance relative step |δ_j|/(1 + |y_j|) below which the iteration has converged
     * @param acceptResidual largest T·|dy/dt| accepted as a fixed point
     */
    public record Options(int maxIterations, double stepTolerance, double acceptResidual) {
        public static final Options DEFAULT = new Options(100, 1e-12, 1e-7);
    }

    private FixedPoints() {
    }

    /**
     * The default starts: every combination of {0.5, 5, 20, 60} Hz over the populations (up to
     * three populations), else the four uniform states.
     */
    public static List<double[]> defaultStarts(MarkovSystem system) {
        double[] levels = {0.5, 5, 20, 60};
        int p = system.populations();
        List<double[]> starts = new ArrayList<>();
        if (p <= 3) {
            int combos = (int) Math.pow(levels.length, p);
            for (int c = 0; c < combos; c++) {
                double[] r = new double[p];
                int x = c;
                for (int i = 0; i < p; i++) {
                    r[i] = levels[x % levels.length];
                    x /= levels.length;
                }
                starts.add(system.state(r));
            }
        } else {
            for (double l : levels) {
                double[] r = new double[p];
                java.util.Arrays.fill(r, l);
                starts.add(system.state(r));
            }
        }
        return starts;
    }

    /** Fixed points from the default starts. */
    public static List<FixedPoint> find(MarkovSystem system, double tMs) {
        return find(system, tMs, defaultStarts(system), Options.DEFAULT);
    }

    /**
     * @param system the equations
     * @param tMs the time at which the drives are taken
     * @param starts initial states (length = dimension)
     * @param options Newton settings
     * @return the distinct fixed points found, sorted by the first population's rate
     */
    public static List<FixedPoint> find(MarkovSystem system, double tMs, List<double[]> starts, Options options) {
        List<FixedPoint> found = new ArrayList<>();
        for (double[] start : starts) {
            FixedPoint fp = newton(system, tMs, start, options);
            if (fp == null) {
                continue;
            }
            boolean dup = false;
            for (FixedPoint other : found) {
                if (same(other.state(), fp.state())) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                found.add(new FixedPoint(fp.state(), fp.residual(), fp.iterations(), Stability.at(system, tMs, fp.state())));
            }
        }
        found.sort((a, b) -> Double.compare(a.state()[0], b.state()[0]));
        return found;
    }

    private static boolean same(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-6 * (1 + Math.abs(a[i]))) {
                return false;
            }
        }
        return true;
    }

    /** One damped Newton run; null when it does not converge to an accepted fixed point. */
    static FixedPoint newton(MarkovSystem system, double tMs, double[] start, Options options) {
        int n = system.dimension();
        int p = system.populations();
        double tScale = system.model().markovTimeMs();
        double[] y = start.clone();
        double[] g = new double[n];
        double[] trial = new double[n];
        double[] gTrial = new double[n];
        double[][] jac = new double[n][n];
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        DMatrixRMaj b = new DMatrixRMaj(n, 1);
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.lu(n);
        system.derivative(tMs, y, g);
        double norm = norm(g);
        for (int it = 1; it <= options.maxIterations(); it++) {
            system.jacobian(tMs, y, jac);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a.set(i, j, jac[i][j]);
                }
                b.set(i, 0, -g[i]);
            }
            if (!solver.setA(a) || solver.quality() < 1e-14) {
                return null;
            }
            solver.solve(b, x);
            double lambda = 1.0;
            double newNorm = Double.POSITIVE_INFINITY;
            for (int tries = 0; tries < 30; tries++) {
                for (int i = 0; i < n; i++) {
                    trial[i] = y[i] + lambda * x.get(i, 0);
                }
                for (int i = 0; i < p; i++) {
                    trial[i] = Math.max(trial[i], 0.0);
                }
                system.derivative(tMs, trial, gTrial);
                newNorm = norm(gTrial);
                if (newNorm < norm || newNorm == 0) {
                    break;
                }
                lambda *= 0.5;
            }
            if (!(newNorm < norm) && newNorm != 0) {
                // no decrease along the Newton direction: converged to round-off, or stuck
                return accept(y, norm, tScale, it, options);
            }
            double step = 0;
            for (int i = 0; i < n; i++) {
                step = Math.max(step, Math.abs(trial[i] - y[i]) / (1 + Math.abs(y[i])));
            }
            System.arraycopy(trial, 0, y, 0, n);
            System.arraycopy(gTrial, 0, g, 0, n);
            norm = newNorm;
            if (step < options.stepTolerance() || norm == 0) {
                return accept(y, norm, tScale, it, options);
            }
        }
        return accept(y, norm, tScale, options.maxIterations(), options);
    }

    private static FixedPoint accept(double[] y, double norm, double tScale, int it, Options options) {
        double residual = norm * tScale;
        for (double v : y) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        return residual <= options.acceptResidual() ? new FixedPoint(y.clone(), residual, it, null) : null;
    }

    private static double norm(double[] g) {
        double m = 0;
        for (double v : g) {
            m = Math.max(m, Math.abs(v));
        }
        return Double.isNaN(m) ? Double.POSITIVE_INFINITY : m;
    }
}
