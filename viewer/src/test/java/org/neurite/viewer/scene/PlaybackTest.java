package org.neurite.viewer.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Playback in the window. References: the stated default (whole recording in 10 s) and loop rule. */
class PlaybackTest {
    /** 11 frames, 0 … 100 ms every 10 ms. */
    private static CompartmentSeries series() {
        double[] t = new double[11];
        for (int k = 0; k < t.length; k++) {
            t[k] = 10 * k;
        }
        return new CompartmentSeries("v", "mV", t, new float[11], 1);
    }

    @Test
    void playsTheRecordingInTenSecondsAndLoops() {
        Playback p = new Playback(series());
        assertEquals(10, p.speed(), 1e-12, "100 ms in 10 s");
        assertFalse(p.advance(1), "paused: time stands");
        p.toggle();
        assertTrue(p.advance(1));
        assertEquals(10, p.timeMs(), 1e-12);
        assertEquals(1, p.frame());
        p.advance(8.5);
        assertEquals(95, p.timeMs(), 1e-9);
        assertEquals(9, p.frame());
        p.advance(0.8); // 103 ms: the last frame shows until 110 ms
        assertEquals(10, p.frame());
        assertEquals(1, p.fraction());
        p.advance(1.0); // 113 ms → 3 ms after the start
        assertEquals(3, p.timeMs(), 1e-9);
        assertEquals(0, p.frame());
    }

    @Test
    void scrubStepAndSpeed() {
        Playback p = new Playback(series());
        p.scrubTo(0.47);
        assertEquals(47, p.timeMs(), 1e-9);
        assertEquals(4, p.frame());
        p.step(3);
        assertEquals(70, p.timeMs(), 1e-12);
        p.step(-100);
        assertEquals(0, p.frame());
        p.toEnd(true);
        assertEquals(10, p.frame());
        p.scaleSpeed(0.5);
        assertEquals(5, p.speed(), 1e-12);
    }

    @Test
    void aSingleFrameNeverPlays() {
        Playback p = new Playback(CompartmentSeries.constant("d", "µm", new float[] {1, 2}));
        p.toggle();
        assertFalse(p.playing());
        assertEquals(0, p.fraction());
    }
}
