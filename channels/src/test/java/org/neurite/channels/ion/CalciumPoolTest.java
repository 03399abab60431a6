package org.neurite.channels.ion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The calcium pool against the closed-form solution of d[Ca]/dt = k·I − ([Ca] − rest)/τ under a
 * constant current, and its drive factors against the sources' formulas: Destexhe's
 * {@code cadecay.mod} drive −1e4·ica/(2F·depth) [mM/ms] with ica in mA/cm², NeuroML's spherical
 * shell volume and fixed factor ρ.
 */
class CalciumPoolTest {

    @Test
    void thinShellDriveIsCadecaysFormula() {
        double area = 523.6; // µm²
        double depth = 0.1; // µm
        double k = CalciumDecay.mainenShell().drive(area);
        // ica = -1 mA/cm² inward: cadecay drives 1e4 * 1 / (2 F depth) mM/ms; the same current in pA is 10·area
        double cadecay = 1e4 * 1.0 / (2 * 96485.33212 * depth);
        assertEquals(cadecay, k * 10 * area, 1e-12 * cadecay);
    }

    @Test
    void sphericalShellAndFixedFactorDrives() {
        double area = 4 * Math.PI * 10 * 10; // a sphere of radius 10 µm
        CalciumDecay shell = new CalciumDecay("pool", CalciumDecay.Geometry.SPHERICAL_SHELL, 0.5, 20, 1e-4, false, "test");
        double volume = 4.0 / 3 * Math.PI * (1000 - 9.5 * 9.5 * 9.5); // µm³
        assertEquals(1e3 / (2 * Ions.FARADAY * volume), shell.drive(area), 1e-15);
        // ACnet2 Ca_conc: rho 9543.1501 mol/(m A s): 1 pA on 100 µm² is 0.01 A/m², i.e. 95.43 mol/m³/s = 0.09543 mM/ms
        CalciumDecay fixed = new CalciumDecay("Ca_conc", CalciumDecay.Geometry.FIXED_FACTOR, 9543.1501, 100, 0, false, "ACnet2");
        assertEquals(0.095431501, fixed.drive(100), 1e-12);
    }

    @Test
    void constantCurrentGivesTheExponentialSolutionForAnyStep() {
        double tau = 80;
        double rest = 5e-5;
        double k = 2e-4; // mM/(ms pA)
        double current = 12.5; // pA inward
        double c0 = 1e-3;
        for (double dt : new double[] {0.025, 0.1, 1.0}) {
            CalciumPool pool = new CalciumPool(new int[] {1}, new double[] {k}, new double[] {tau}, new double[] {rest}, new boolean[] {true});
            double[] conc = new double[3];
            double[] ica = {0, current, 0};
            pool.init(conc, new double[] {c0});
            int steps = (int) Math.round(200 / dt);
            for (int s = 0; s < steps; s++) {
                pool.advance(ica, conc, dt);
            }
            double t = steps * dt;
            double target = rest + tau * k * current;
            double exact = target + (c0 - target) * Math.exp(-t / tau);
            assertEquals(exact, conc[1], 1e-13, "dt " + dt);
            assertEquals(0.0, conc[0], 0);
        }
    }

    @Test
    void outwardCurrentIsIgnoredWhenThePoolCannotPumpIn() {
        CalciumPool inwardOnly = new CalciumPool(new int[] {0}, new double[] {1e-3}, new double[] {10}, new double[] {1e-4}, new boolean[] {true});
        CalciumPool both = new CalciumPool(new int[] {0}, new double[] {1e-3}, new double[] {10}, new double[] {1e-4}, new boolean[] {false});
        double[] a = {2e-4};
        double[] b = {2e-4};
        double[] out = {-50};
        inwardOnly.advance(out, a, 5);
        both.advance(out, b, 5);
        assertEquals(1e-4 + (2e-4 - 1e-4) * Math.exp(-0.5), a[0], 1e-15); // pure decay
        assertEquals(0.0, b[0], 0); // pulled below zero and clipped
    }
}
