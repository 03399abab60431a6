package org.neurite.meanfield.auto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdaptiveGridTest {
    private static double[] linearLadder(double step, double to) {
        int n = (int) Math.round(to / step) + 1;
        double[] l = new double[n];
        for (int k = 0; k < n; k++) {
            l[k] = k * step;
        }
        return l;
    }

    @Test
    void levelsHitTheTargetOutputsOfAPiecewiseLinearCurve() {
        // output = max(0, (F - 1000 Hz)/50) Hz is linear between the rungs, so interpolation is exact: the levels are
        // the row's first rung, its last silent rung (1000 Hz) and F_j = 1000 + 50 * 30 (j/10)^2, j = 1..10
        double[] ladder = linearLadder(250, 4000);
        double[] out = new double[ladder.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = Math.max(0, (ladder[k] - 1000) / 50);
        }
        double[] expected = new double[12];
        expected[0] = 0;
        expected[1] = 1000;
        for (int j = 1; j <= 10; j++) {
            expected[j + 1] = 1000 + 50 * 30.0 * j * j / 100;
        }
        assertArrayEquals(expected, AdaptiveGrid.rowLevels(ladder, out, 30, 10), 1e-9);
    }

    @Test
    void noisyCurvesAreMadeMonotoneAndUnreachedTargetsSpreadToTheEnd() {
        // a dip (noise) does not move a level back; a row that saturates at 12 Hz places the targets above it
        // (16.8 ... 30 Hz for n = 5: 1.2, 4.8, 10.8 reached; 19.2, 30 not) evenly up to the last rung
        double[] ladder = {0, 100, 200, 300, 400, 500, 600};
        double[] out = {0, 2, 1.5, 6, 12, 12, 11};
        double[] levels = AdaptiveGrid.rowLevels(ladder, out, 30, 5);
        // 1.2 Hz: between 0 and 100 (0 -> 2 Hz) at 60; 4.8: between 200 (max so far 2) and 300 (6) at 270;
        // 10.8: between 300 (6) and 400 (12) at 380; then 380 + (600 - 380) * i/2 = 490, 600
        assertArrayEquals(new double[] {0, 60, 270, 380, 490, 600}, levels, 1e-9);
    }

    @Test
    void rowsAreDenserAtLowInhibition() {
        var exc = new InputKinds.Kind("exc", 1, 5, 0, 0, 15800, List.of("RS"));
        var inh = new InputKinds.Kind("inh", 5, 5, -80, 0, 3160, List.of("FS"));
        double[][] rows = AdaptiveGrid.rows(List.of(exc, inh), 8);
        assertEquals(8, rows.length);
        for (int k = 0; k < 8; k++) {
            assertEquals(3160 * Math.pow(k / 7.0, 1.5), rows[k][0], 1e-9);
        }
        assertEquals(1, AdaptiveGrid.rows(List.of(exc), 8).length, "a single kind has one row");
    }
}
