package org.neurite.viewer.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.viewer.scene.CompartmentSeries;

/** Frame plans, labels, ticks and the layout. References: the stated rules, by hand. */
class FramePlanTest {
    /** 21 frames, 0 … 10 ms every 0.5 ms. */
    private static CompartmentSeries series() {
        double[] t = new double[21];
        for (int k = 0; k < t.length; k++) {
            t[k] = 0.5 * k;
        }
        return new CompartmentSeries("v", "mV", t, new float[21], 1);
    }

    @Test
    void everyRecordedFrameByDefault() {
        FramePlan p = FramePlan.of(series(), Double.NaN, Double.NaN, Double.NaN);
        assertEquals(21, p.size());
        assertEquals(20, p.frame(20));
        assertEquals("t = 0.5 ms", p.label(1));
        FramePlan part = FramePlan.of(series(), 2.2, 4.0, Double.NaN);
        assertEquals(4, part.size(), "2.5, 3, 3.5, 4");
        assertEquals(5, part.frame(0));
    }

    @Test
    void aSpacingPicksTheFrameAtOrBeforeEachTime() {
        FramePlan p = FramePlan.of(series(), 1, 9, 1.25);
        assertEquals(7, p.size(), "1, 2.25, 3.5, 4.75, 6, 7.25, 8.5");
        assertEquals(4, p.frame(1), "2.25 ms shows the 2.0 ms frame");
        assertEquals("t = 2.00 ms", p.label(1));
        assertEquals(17, p.frame(6));
        assertThrows(BadInputException.class, () -> FramePlan.of(series(), 1, 9, 0));
        assertThrows(BadInputException.class, () -> FramePlan.of(series(), 5, 1, 1));
    }

    @Test
    void chosenMomentsInTheirOrder() {
        FramePlan p = FramePlan.at(series(), new double[] {7.3, 0, 10});
        assertEquals(3, p.size());
        assertEquals(14, p.frame(0), "7.3 ms shows the 7.0 ms frame");
        assertEquals("t = 7.0 ms", p.label(0));
        assertEquals(0, p.frame(1));
        assertEquals(20, p.frame(2));
        assertThrows(BadInputException.class, () -> FramePlan.at(series(), new double[] {-1}));
        assertThrows(BadInputException.class, () -> FramePlan.at(series(), new double[] {12}));
        assertThrows(BadInputException.class, () -> FramePlan.at(series(), new double[] {Double.NaN}));
        assertThrows(BadInputException.class, () -> FramePlan.at(series(), new double[0]));
    }

    @Test
    void labelsAndTicks() {
        assertEquals("t = 12.50 ms", OverlayPainter.timeLabel(12.5, Double.NaN));
        assertEquals("t = 12 ms", OverlayPainter.timeLabel(12, 2));
        assertEquals("t = 0.025 ms", OverlayPainter.timeLabel(0.025, 0.025));
        assertEquals(20, Ticks.step(80), 1e-12);
        assertEquals(5, Ticks.count(-80, 0, 20));
        assertEquals(-60, Ticks.value(-80, 20, 1), 1e-12);
        assertEquals(0.2, Ticks.step(0.7), 1e-12);
        assertEquals("0.4", Ticks.format(0.4, 0.2));
        assertEquals("-20", Ticks.format(-20, 20));
    }

    @Test
    void layoutKeepsTheSceneClearOfTheBands() {
        FrameLayout l = FrameLayout.of(1280, 720, true);
        assertTrue(l.sceneY() > 0 && l.sceneY() + l.sceneHeight() <= l.scrubberY());
        assertTrue(l.sceneX() + l.sceneWidth() < l.barX());
        assertTrue(l.barX() + l.barWidth() < 1280 && l.barY() + l.barHeight() < l.scrubberY());
        assertEquals(0, l.trackFraction(0));
        assertEquals(1, l.trackFraction(5000));
        FrameLayout png = FrameLayout.of(640, 480, false);
        assertEquals(-1, png.scrubberY());
        assertEquals(480, png.sceneY() + png.sceneHeight());
        assertThrows(IllegalArgumentException.class, () -> FrameLayout.of(10, 480, false));
    }
}
