package org.neurite.pointneuron.model.theory;

import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive Gauss–Kronrod quadrature (7-point Gauss embedded in 15-point Kronrod; nodes and weights
 * from Piessens et al., QUADPACK, 1983): an interval is bisected until the difference between the
 * two rules is below the requested relative accuracy of the whole integral.
 */
final class GaussKronrod {
    private static final double[] XK = {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.000000000000000000000000000000000};
    private static final double[] WK = {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
    private static final double[] WG = {
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327};
    private static final int MAX_DEPTH = 60;

    private GaussKronrod() {
    }

    static double integrate(DoubleUnaryOperator f, double a, double b, double relTol) {
        if (a == b) {
            return 0.0;
        }
        double[] whole = rule(f, a, b);
        return refine(f, a, b, whole, relTol, Math.abs(whole[0]), 0);
    }

    private static double refine(DoubleUnaryOperator f, double a, double b, double[] est, double relTol, double scale, int depth) {
        if (Math.abs(est[0] - est[1]) <= relTol * scale || depth >= MAX_DEPTH) {
            return est[0];
        }
        double m = 0.5 * (a + b);
        double[] left = rule(f, a, m);
        double[] right = rule(f, m, b);
        return refine(f, a, m, left, relTol, scale, depth + 1) + refine(f, m, b, right, relTol, scale, depth + 1);
    }

    /** {Kronrod estimate, Gauss estimate} on [a, b]. */
    private static double[] rule(DoubleUnaryOperator f, double a, double b) {
        double c = 0.5 * (a + b);
        double h = 0.5 * (b - a);
        double fc = f.applyAsDouble(c);
        double k = WK[7] * fc;
        double g = WG[3] * fc;
        for (int j = 0; j < 7; j++) {
            double dx = h * XK[j];
            double s = f.applyAsDouble(c - dx) + f.applyAsDouble(c + dx);
            k += WK[j] * s;
            if (j % 2 == 1) {
                g += WG[j / 2] * s;
            }
        }
        return new double[] {k * h, g * h};
    }
}
