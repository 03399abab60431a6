package org.neurite.viewer.frame;

import org.neurite.channels.io.BadInputException;
import org.neurite.viewer.scene.CompartmentSeries;

/**
 * Which recorded frames a sequence of pictures shows: times from {@code from} to {@code to} every
 * {@code every} ms, each shown with the recorded frame at or before it (frames are not
 * interpolated: what is shown was computed), labelled with that frame's own time.
 */
public final class FramePlan {
    private final int[] frame;
    private final String[] label;

    private FramePlan(int[] frame, String[] label) {
        this.frame = frame;
        this.label = label;
    }

    /**
     * A plan.
     *
     * @param series the recording
     * @param fromMs first time [ms] (NaN: the first frame's)
     * @param toMs last time [ms] (NaN: the last frame's)
     * @param everyMs spacing [ms] (NaN: the recording's own spacing, i.e. every frame)
     * @throws BadInputException naming {@code --every} or {@code --from/--to} for bad values
     */
    public static FramePlan of(CompartmentSeries series, double fromMs, double toMs, double everyMs) {
        int n = series.frameCount();
        double from = Double.isNaN(fromMs) ? series.timeMs(0) : fromMs;
        double to = Double.isNaN(toMs) ? series.timeMs(n - 1) : toMs;
        if (!(to >= from)) {
            throw BadInputException.parameter("--from/--to", "need from ≤ to, got " + from + " and " + to + " ms");
        }
        if (Double.isNaN(everyMs)) {
            // every recorded frame in [from, to]
            int first = series.frameAt(from);
            if (series.timeMs(first) < from && first + 1 < n) {
                first++;
            }
            int last = series.frameAt(to);
            int count = Math.max(1, last - first + 1);
            int[] f = new int[count];
            String[] l = new String[count];
            double step = n > 1 ? (series.timeMs(n - 1) - series.timeMs(0)) / (n - 1) : Double.NaN;
            for (int k = 0; k < count; k++) {
                f[k] = first + k;
                l[k] = OverlayPainter.timeLabel(series.timeMs(f[k]), step);
            }
            return new FramePlan(f, l);
        }
        if (!(everyMs > 0) || Double.isInfinite(everyMs)) {
            throw BadInputException.parameter("--every", "must be > 0 ms, got " + everyMs);
        }
        long count = (long) Math.floor((to - from) / everyMs + 1e-9) + 1;
        if (count > 1_000_000) {
            throw BadInputException.parameter("--every", everyMs + " ms gives " + count + " frames (at most 1000000)");
        }
        int[] f = new int[(int) count];
        String[] l = new String[(int) count];
        for (int k = 0; k < count; k++) {
            f[k] = series.frameAt(from + k * everyMs + 1e-9 * everyMs);
            l[k] = OverlayPainter.timeLabel(series.timeMs(f[k]), everyMs);
        }
        return new FramePlan(f, l);
    }

    /**
     * A plan of chosen moments, in the order given.
     *
     * @param series the recording
     * @param timesMs the moments [ms], each shown with the recorded frame at or before it
     * @throws BadInputException naming {@code --at} when a time is not finite or lies outside the recording
     */
    public static FramePlan at(CompartmentSeries series, double[] timesMs) {
        int n = series.frameCount();
        if (timesMs.length == 0) {
            throw BadInputException.parameter("--at", "needs at least one time");
        }
        double first = series.timeMs(0);
        double last = series.timeMs(n - 1);
        double step = n > 1 ? (last - first) / (n - 1) : Double.NaN;
        int[] f = new int[timesMs.length];
        String[] l = new String[timesMs.length];
        for (int k = 0; k < timesMs.length; k++) {
            double t = timesMs[k];
            if (!Double.isFinite(t) || t < first || t > last + (Double.isNaN(step) ? 0 : step)) {
                throw BadInputException.parameter("--at", "time " + t + " ms is outside the recording (" + first + " … " + last + " ms)");
            }
            f[k] = series.frameAt(t);
            l[k] = OverlayPainter.timeLabel(series.timeMs(f[k]), step);
        }
        return new FramePlan(f, l);
    }

    /** Number of pictures. */
    public int size() {
        return frame.length;
    }

    /** The recorded frame shown in picture k. */
    public int frame(int k) {
        return frame[k];
    }

    /** The time label of picture k. */
    public String label(int k) {
        return label[k];
    }
}
