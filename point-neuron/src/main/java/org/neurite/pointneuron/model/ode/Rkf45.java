package org.neurite.pointneuron.model.ode;

/**
 * Adaptive Runge–Kutta–Fehlberg 4(5) with the step-size control of the GNU Scientific Library,
 * which NEST uses for its non-linear neuron models ({@code gsl_odeiv_step_rkf45},
 * {@code gsl_odeiv_control_standard}, {@code gsl_odeiv_evolve_apply}). Re-implemented from the
 * published method (Fehlberg 1969, NASA TR R-315: the fifth-order solution is propagated and the
 * difference to the fourth-order one is the error estimate) and GSL's documented control rule:
 * <ul>
 *   <li>per component, the accepted error is D_i = ε_abs + ε_rel·(a_y·|y_i| + a_dydt·h·|y'_i|);</li>
 *   <li>with r = max_i |err_i|/D_i: if r &gt; 1.1 the step is rejected and retried with
 *       h·max(0.2, 0.9·r^(−1/5)); if r &lt; 0.5 the next step grows to
 *       h·min(5, max(1, 0.9·r^(−1/6))); otherwise it is kept;</li>
 *   <li>a step never passes the end of the interval (it is shortened to end exactly there) and
 *       the step size suggested after it is carried over to the next call, as NEST keeps one
 *       integration step per neuron across simulation steps.</li>
 * </ul>
 * NEST's {@code iaf_cond_*} and {@code hh_*} models use an absolute tolerance
 * ({@link #absolute(int, double)}: ε_abs = 1e-3, a_y = 1, ε_rel = 0); its {@code aeif_*} models
 * scale it with the derivative ({@link #derivativeScaled(int, double)}: ε_abs = ε_rel =
 * gsl_error_tol, a_y = 0, a_dydt = 1).
 *
 * <p>One instance holds the work arrays for systems of one dimension; it allocates nothing while
 * integrating and is not thread-safe (use one per thread).
 */
public final class Rkf45 {
    // Fehlberg's nodes and coefficients
    private static final double A2 = 1.0 / 4.0;
    private static final double A3 = 3.0 / 8.0;
    private static final double A4 = 12.0 / 13.0;
    private static final double A6 = 1.0 / 2.0;
    private static final double B31 = 3.0 / 32.0;
    private static final double B32 = 9.0 / 32.0;
    private static final double B41 = 1932.0 / 2197.0;
    private static final double B42 = -7200.0 / 2197.0;
    private static final double B43 = 7296.0 / 2197.0;
    private static final double B51 = 8341.0 / 4104.0;
    private static final double B52 = -32832.0 / 4104.0;
    private static final double B53 = 29440.0 / 4104.0;
    private static final double B54 = -845.0 / 4104.0;
    private static final double B61 = -6080.0 / 20520.0;
    private static final double B62 = 41040.0 / 20520.0;
    private static final double B63 = -28352.0 / 20520.0;
    private static final double B64 = 9295.0 / 20520.0;
    private static final double B65 = -5643.0 / 20520.0;
    // fifth-order weights
    private static final double C1 = 902880.0 / 7618050.0;
    private static final double C3 = 3953664.0 / 7618050.0;
    private static final double C4 = 3855735.0 / 7618050.0;
    private static final double C5 = -1371249.0 / 7618050.0;
    private static final double C6 = 277020.0 / 7618050.0;
    // fifth minus fourth order
    private static final double E1 = 1.0 / 360.0;
    private static final double E3 = -128.0 / 4275.0;
    private static final double E4 = -2197.0 / 75240.0;
    private static final double E5 = 1.0 / 50.0;
    private static final double E6 = 2.0 / 55.0;
    /** The method's order as GSL reports it (used in the step-size rule). */
    private static final double ORDER = 5.0;
    /** Below this step [ms] the integration is declared unstable instead of looping on. */
    private static final double MIN_STEP = 1e-12;

    private final int dim;
    private final double epsAbs;
    private final double epsRel;
    private final double aY;
    private final double aDydt;
    private final double[] y0;
    private final double[] k1;
    private final double[] k2;
    private final double[] k3;
    private final double[] k4;
    private final double[] k5;
    private final double[] k6;
    private final double[] tmp;
    private final double[] err;
    private final double[] dydtOut;
    private double suggested;
    private long steps;
    private long rejected;

    private Rkf45(int dim, double epsAbs, double epsRel, double aY, double aDydt) {
        if (dim < 1) {
            throw new IllegalArgumentException("dimension must be >= 1");
        }
        if (!(epsAbs >= 0) || !(epsRel >= 0) || epsAbs + epsRel == 0) {
            throw new IllegalArgumentException("tolerances must be >= 0 and not both 0");
        }
        this.dim = dim;
        this.epsAbs = epsAbs;
        this.epsRel = epsRel;
        this.aY = aY;
        this.aDydt = aDydt;
        y0 = new double[dim];
        k1 = new double[dim];
        k2 = new double[dim];
        k3 = new double[dim];
        k4 = new double[dim];
        k5 = new double[dim];
        k6 = new double[dim];
        tmp = new double[dim];
        err = new double[dim];
        dydtOut = new double[dim];
    }

    /** Error control on each component's absolute error (GSL {@code control_y_new(epsAbs, 0)}). */
    public static Rkf45 absolute(int dim, double epsAbs) {
        return new Rkf45(dim, epsAbs, 0.0, 1.0, 0.0);
    }

    /**
     * Error control D_i = ε + ε·h·|y'_i| (GSL {@code control_yp_new(eps, eps)}, NEST's aeif
     * models with eps = gsl_error_tol).
     */
    public static Rkf45 derivativeScaled(int dim, double eps) {
        return new Rkf45(dim, eps, eps, 0.0, 1.0);
    }

    /** The system dimension. */
    public int dimension() {
        return dim;
    }

    /**
     * One call of GSL's {@code evolve_apply}: advances y from t towards t1 by one accepted step of
     * at most h (rejected trials are retried with smaller steps).
     *
     * @param f the system
     * @param t current time [ms]
     * @param t1 end of the interval [ms], &gt; t
     * @param h step to try [ms], &gt; 0 (the previous {@link #suggestedStep()})
     * @param y state, overwritten with the state at the returned time
     * @return the new time (t1 exactly if the step reached it)
     * @throws ArithmeticException if the state becomes NaN or the step collapses below 1e-12 ms
     */
    public double step(OdeSystem f, double t, double t1, double h, double[] y) {
        final int n = dim;
        System.arraycopy(y, 0, y0, 0, n);
        f.derivatives(t, y, k1);
        double remaining = t1 - t;
        while (true) {
            boolean last = h >= remaining;
            double hTry = last ? remaining : h;
            trial(f, t, hTry, y);
            steps++;
            double r = errorRatio(y, hTry);
            if (r > 1.1) {
                double shrink = 0.9 / Math.pow(r, 1.0 / ORDER);
                double hNew = hTry * (shrink < 0.2 ? 0.2 : shrink);
                if (hNew < hTry) {
                    if (!(hNew > MIN_STEP)) {
                        throw new ArithmeticException("integration step collapsed to " + hNew + " ms (state " + y[0] + ")");
                    }
                    System.arraycopy(y0, 0, y, 0, n);
                    rejected++;
                    h = hNew;
                    continue;
                }
                suggested = hTry;
            } else if (r < 0.5) {
                double grow = 0.9 / Math.pow(r, 1.0 / (ORDER + 1.0));
                suggested = hTry * (grow > 5.0 ? 5.0 : (grow < 1.0 ? 1.0 : grow));
            } else {
                suggested = hTry;
            }
            if (Double.isNaN(y[0])) {
                throw new ArithmeticException("integration produced NaN");
            }
            return last ? t1 : t + hTry;
        }
    }

    /** The step size to try next [ms], as GSL's control suggests after the last accepted step. */
    public double suggestedStep() {
        return suggested;
    }

    /** Number of trial steps taken since creation. */
    public long trialSteps() {
        return steps;
    }

    /** Number of rejected trial steps since creation. */
    public long rejectedSteps() {
        return rejected;
    }

    private void trial(OdeSystem f, double t, double h, double[] y) {
        final int n = dim;
        final double[] y0 = this.y0;
        final double[] tmp = this.tmp;
        for (int i = 0; i < n; i++) {
            tmp[i] = y0[i] + A2 * h * k1[i];
        }
        f.derivatives(t + A2 * h, tmp, k2);
        for (int i = 0; i < n; i++) {
            tmp[i] = y0[i] + h * (B31 * k1[i] + B32 * k2[i]);
        }
        f.derivatives(t + A3 * h, tmp, k3);
        for (int i = 0; i < n; i++) {
            tmp[i] = y0[i] + h * (B41 * k1[i] + B42 * k2[i] + B43 * k3[i]);
        }
        f.derivatives(t + A4 * h, tmp, k4);
        for (int i = 0; i < n; i++) {
            tmp[i] = y0[i] + h * (B51 * k1[i] + B52 * k2[i] + B53 * k3[i] + B54 * k4[i]);
        }
        f.derivatives(t + h, tmp, k5);
        for (int i = 0; i < n; i++) {
            tmp[i] = y0[i] + h * (B61 * k1[i] + B62 * k2[i] + B63 * k3[i] + B64 * k4[i] + B65 * k5[i]);
        }
        f.derivatives(t + A6 * h, tmp, k6);
        for (int i = 0; i < n; i++) {
            y[i] = y0[i] + h * (C1 * k1[i] + C3 * k3[i] + C4 * k4[i] + C5 * k5[i] + C6 * k6[i]);
            err[i] = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i]);
        }
        if (aDydt != 0.0) {
            f.derivatives(t + h, y, dydtOut);
        }
    }

    private double errorRatio(double[] y, double h) {
        double rmax = Double.MIN_NORMAL;
        for (int i = 0; i < dim; i++) {
            double d = epsRel * (aY * Math.abs(y[i]) + aDydt * Math.abs(h * dydtOut[i])) + epsAbs;
            double r = Math.abs(err[i]) / d;
            if (r > rmax) {
                rmax = r;
            } else if (Double.isNaN(r)) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return rmax;
    }
}
