package org.neurite.morphology.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neurite.channels.testing.ValidationData;
import org.neurite.morphology.cable.TimeStepping;

/**
 * Order of accuracy in time on Rallpack 1: the far-end (x = L) error against the series solution
 * for dt = 0.8, 0.4, 0.2 ms (1000 compartments; at these steps the time error dominates the
 * spatial one, which is below 1e-6 relative at x = L). Halving dt must divide the error by ≈ 4 for
 * Crank–Nicolson (second order) and ≈ 2 for backward Euler (first order).
 */
class Rallpack1ConvergenceTest {
    private static double farEndError(double[][] ref, double dt, TimeStepping stepping) {
        double[][] sim = Rallpack1.simulate(1000, dt, stepping);
        int every = (int) Math.round(dt / Rallpack1.SAMPLE_MS);
        int n = Math.min(sim[1].length, (ref[1].length - 1) / every + 1);
        double[] r = new double[n];
        double[] s = new double[n];
        for (int k = 0; k < n; k++) {
            r[k] = ref[1][k * every];
            s[k] = sim[1][k];
        }
        return TraceErrors.relativeRms(r, s);
    }

    private static double[] orders(TimeStepping stepping) {
        Path dir = ValidationData.folder("rallpack");
        double[][] ref = Rallpack1.reference(dir);
        double e1 = farEndError(ref, 0.8, stepping);
        double e2 = farEndError(ref, 0.4, stepping);
        double e3 = farEndError(ref, 0.2, stepping);
        System.out.printf("%s far-end rel RMS: dt 0.8 %.3e, 0.4 %.3e, 0.2 %.3e%n", stepping, e1, e2, e3);
        return new double[] {Math.log(e1 / e2) / Math.log(2), Math.log(e2 / e3) / Math.log(2)};
    }

    @Test
    @DisplayName("Crank-Nicolson converges with order 2 in dt (Rallpack 1 far end; order within ±0.2)")
    void crankNicolsonSecondOrder() {
        double[] p = orders(TimeStepping.CRANK_NICOLSON);
        assertEquals(2.0, p[0], 0.2, "observed order dt 0.8→0.4");
        assertEquals(2.0, p[1], 0.2, "observed order dt 0.4→0.2");
    }

    @Test
    @DisplayName("Backward Euler converges with order 1 in dt (Rallpack 1 far end; order within ±0.15)")
    void backwardEulerFirstOrder() {
        double[] p = orders(TimeStepping.BACKWARD_EULER);
        assertEquals(1.0, p[0], 0.15, "observed order dt 0.8→0.4");
        assertEquals(1.0, p[1], 0.15, "observed order dt 0.4→0.2");
    }
}
