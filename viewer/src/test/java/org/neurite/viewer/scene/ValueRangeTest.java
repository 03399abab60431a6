package org.neurite.viewer.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;

/** Fixed and automatic colour ranges, and frame lookup by time. Exact values: plain arithmetic. */
class ValueRangeTest {
    private static CompartmentSeries series() {
        // 3 frames × 2 compartments; the extremes are −71.5 and 12.25 mV
        return new CompartmentSeries("membrane potential", "mV", new double[] {0, 0.5, 1.0},
                new float[] {-65, -70, -71.5f, 12.25f, -64, -60}, 2);
    }

    @Test
    void automaticRangeIsTheExtremesOverAllFrames() {
        ValueRange r = ValueRange.automatic(series());
        assertEquals(-71.5, r.min());
        assertEquals(12.25, r.max());
        assertEquals(0.5, r.normalise((-71.5 + 12.25) / 2), 1e-15);
    }

    @Test
    void aConstantSeriesGetsOneUnitEachSide() {
        ValueRange r = ValueRange.automatic(CompartmentSeries.constant("v", "mV", new float[] {-65, -65}));
        assertEquals(-66, r.min());
        assertEquals(-64, r.max());
    }

    @Test
    void givenEndsWinAndAMissingEndIsAutomatic() {
        assertEquals(new ValueRange(-80, 40), ValueRange.of(-80, 40, series()));
        assertEquals(new ValueRange(-80, 12.25), ValueRange.of(-80, Double.NaN, series()));
        assertEquals(new ValueRange(-71.5, 0), ValueRange.of(Double.NaN, 0, series()));
        // only vmin given, above every value: the range goes one unit up from it
        assertEquals(new ValueRange(20, 21), ValueRange.of(20, Double.NaN, series()));
        assertThrows(BadInputException.class, () -> ValueRange.of(10, -10, series()));
    }

    @Test
    void frameAtIsTheLastFrameAtOrBeforeTheTime() {
        CompartmentSeries s = series();
        assertEquals(0, s.frameAt(-1));
        assertEquals(0, s.frameAt(0));
        assertEquals(0, s.frameAt(0.49));
        assertEquals(1, s.frameAt(0.5));
        assertEquals(2, s.frameAt(99));
        float[] f = new float[2];
        s.frame(1, f);
        assertEquals(-71.5f, f[0]);
        assertEquals(12.25f, f[1]);
    }

    @Test
    void badSeriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CompartmentSeries("v", "mV", new double[] {0, 0},
                new float[] {1, 2}, 1));
        assertThrows(IllegalArgumentException.class, () -> new CompartmentSeries("v", "mV", new double[] {0},
                new float[] {Float.NaN}, 1));
        assertThrows(IllegalArgumentException.class, () -> new CompartmentSeries("v", "mV", new double[] {0},
                new float[] {1, 2, 3}, 2));
    }
}
