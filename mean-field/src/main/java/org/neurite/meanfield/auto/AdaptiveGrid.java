package org.neurite.meanfield.auto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where to characterise a cell, found the way Zerlaut et al. (2018) laid out their grids: rows of
 * fixed rates of the non-driving input kinds (inhibition), and in each row the rate of the driving
 * kind placed so that the output rate climbs from silence to a cap. A short pre-scan of each row
 * on a dense ladder of driving rates gives the output curve; the final levels of the row are the
 * driving rates at which that (monotone) curve reaches cap·(j/n)², j = 1…n — dense where the cell
 * starts to fire, where networks in the asynchronous state live — plus the row's lowest rate and
 * the last silent rung of the ladder. Rates are total event rates per kind [Hz].
 */
final class AdaptiveGrid {
    private AdaptiveGrid() {
    }

    /**
     * The rows: every combination of the non-driving kinds' levels (power-1.5 spacing from lo to
     * hi, denser at low rates), about {@code rows} of them in all.
     *
     * @param kinds all kinds, driving one first
     * @param rows wanted number of rows
     * @return rates of kinds 1… per row [row][kind − 1]
     */
    static double[][] rows(List<InputKinds.Kind> kinds, int rows) {
        int m = kinds.size() - 1;
        if (m == 0) {
            return new double[][] {{}};
        }
        int varying = 0;
        for (int k = 1; k <= m; k++) {
            if (kinds.get(k).hiHz() > kinds.get(k).loHz()) {
                varying++;
            }
        }
        int per = varying == 0 ? 1 : Math.max(2, (int) Math.round(Math.pow(rows, 1.0 / varying)));
        double[][] levels = new double[m][];
        int total = 1;
        for (int k = 0; k < m; k++) {
            InputKinds.Kind kind = kinds.get(k + 1);
            levels[k] = kind.hiHz() > kind.loHz() ? ladder(kind.loHz(), kind.hiHz(), per, 1.5) : new double[] {kind.loHz()};
            total *= levels[k].length;
        }
        double[][] out = new double[total][m];
        for (int r = 0; r < total; r++) {
            int x = r;
            for (int k = 0; k < m; k++) {
                out[r][k] = levels[k][x % levels[k].length];
                x /= levels[k].length;
            }
        }
        return out;
    }

    /** n values lo + (hi − lo)·(k/(n − 1))^power, k = 0…n − 1. */
    static double[] ladder(double lo, double hi, int n, double power) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = n == 1 ? lo : lo + (hi - lo) * Math.pow((double) k / (n - 1), power);
        }
        return v;
    }

    /**
     * The driving rates of one row from its pre-scan.
     *
     * @param ladderHz the pre-scan's driving rates, increasing [Hz]
     * @param outputHz the output rate measured at each [Hz]
     * @param capHz the highest output rate wanted [Hz]
     * @param n number of firing levels
     * @return the row's driving rates, increasing, without duplicates [Hz]
     */
    static double[] rowLevels(double[] ladderHz, double[] outputHz, double capHz, int n) {
        int len = ladderHz.length;
        double[] m = new double[len];
        double run = 0;
        for (int k = 0; k < len; k++) {
            run = Math.max(run, outputHz[k]);
            m[k] = run;
        }
        List<Double> levels = new ArrayList<>();
        levels.add(ladderHz[0]);
        int onset = 0;
        while (onset < len && m[onset] == 0) {
            onset++;
        }
        if (onset >= 2 && onset < len) {
            levels.add(ladderHz[onset - 1]);
        }
        double lastReached = ladderHz[0];
        int unreachable = 0;
        for (int j = 1; j <= n; j++) {
            double target = capHz * j * j / ((double) n * n);
            int k = 0;
            while (k < len && m[k] < target) {
                k++;
            }
            if (k == len) {
                unreachable++;
                continue;
            }
            double f = k == 0 ? ladderHz[0]
                    : ladderHz[k - 1] + (ladderHz[k] - ladderHz[k - 1]) * (target - m[k - 1]) / (m[k] - m[k - 1]);
            levels.add(f);
            lastReached = Math.max(lastReached, f);
        }
        double hi = ladderHz[len - 1];
        for (int i = 1; i <= unreachable; i++) {
            levels.add(lastReached + (hi - lastReached) * i / unreachable);
        }
        double[] v = levels.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] out = new double[v.length];
        int c = 0;
        for (double x : v) {
            if (c == 0 || x > out[c - 1] * (1 + 1e-6) + 1e-9) {
                out[c++] = x;
            }
        }
        return Arrays.copyOf(out, c);
    }
}
