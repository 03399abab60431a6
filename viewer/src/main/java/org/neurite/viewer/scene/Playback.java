package org.neurite.viewer.scene;

/**
 * Time in the interactive window: a current time within the recording, play/pause, a speed in
 * milliseconds of recording per second of wall time (by default the whole recording plays in
 * {@link #DEFAULT_SECONDS} s), looping at the end, stepping frame by frame and scrubbing. The frame
 * shown is the recorded one at or before the current time.
 */
public final class Playback {
    /** Wall seconds the whole recording takes at the default speed. */
    public static final double DEFAULT_SECONDS = 10;

    private final CompartmentSeries series;
    private final double startMs;
    private final double endMs;
    private final double loopMs; // the last frame shows for one frame interval before the start comes again
    private double timeMs;
    private double speed; // [ms of recording per s of wall time]
    private boolean playing;

    /** Paused at the first frame. */
    public Playback(CompartmentSeries series) {
        this.series = series;
        this.startMs = series.timeMs(0);
        this.endMs = series.timeMs(series.frameCount() - 1);
        int n = series.frameCount();
        this.loopMs = n > 1 ? endMs + (endMs - startMs) / (n - 1) : endMs;
        this.timeMs = startMs;
        this.speed = Math.max((endMs - startMs) / DEFAULT_SECONDS, 1e-9);
    }

    /** Whether there is more than one frame to play. */
    public boolean playable() {
        return series.frameCount() > 1;
    }

    /** Whether time runs. */
    public boolean playing() {
        return playing;
    }

    /** Starts or stops (a single frame never plays). */
    public void toggle() {
        playing = !playing && playable();
    }

    /**
     * Moves time on by a stretch of wall time when playing, wrapping to the start after the end.
     *
     * @return whether the frame shown changed
     */
    public boolean advance(double wallSeconds) {
        if (!playing || !(wallSeconds > 0)) {
            return false;
        }
        int before = frame();
        double t = timeMs + speed * wallSeconds;
        if (t >= loopMs) {
            // past the end: start over, as far past the start as it went past the end
            t = startMs + (t - loopMs) % (loopMs - startMs);
        }
        timeMs = t;
        return frame() != before;
    }

    /** Jumps to a fraction (0 … 1) of the recording. */
    public void scrubTo(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        timeMs = startMs + f * (endMs - startMs);
    }

    /** Steps n frames forwards (or backwards when negative), stopping at the ends. */
    public void step(int n) {
        int k = Math.max(0, Math.min(series.frameCount() - 1, frame() + n));
        timeMs = series.timeMs(k);
    }

    /** Goes to the first (false) or last (true) frame. */
    public void toEnd(boolean last) {
        timeMs = last ? endMs : startMs;
    }

    /** Doubles (factor 2) or halves (0.5) the speed. */
    public void scaleSpeed(double factor) {
        if (factor > 0 && Double.isFinite(factor)) {
            speed = Math.max(1e-9, speed * factor);
        }
    }

    /** The recorded frame shown. */
    public int frame() {
        return series.frameAt(timeMs);
    }

    /** Current time [ms]. */
    public double timeMs() {
        return timeMs;
    }

    /** Speed [ms of recording per s of wall time]. */
    public double speed() {
        return speed;
    }

    /** Where the current time is in the recording (0 … 1). */
    public double fraction() {
        return endMs > startMs ? Math.min(1, (timeMs - startMs) / (endMs - startMs)) : 0;
    }
}
