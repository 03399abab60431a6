package org.neurite.viewer.scene;

import org.neurite.channels.io.BadInputException;

/**
 * The values mapped to the two ends of a colour map, in the values' units (mV for voltages).
 * Values outside are clamped to the end colours.
 *
 * @param min value shown with the map's first colour
 * @param max value shown with the map's last colour (&gt; min)
 */
public record ValueRange(double min, double max) {
    public ValueRange {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw BadInputException.parameter("--vmin/--vmax", "need finite vmin < vmax, got " + min + ", " + max);
        }
    }

    /**
     * The automatic range: the smallest and largest value over every frame of the series; a series
     * with one value everywhere gets that value ± 1 (in its units) so that it shows the map's middle.
     */
    public static ValueRange automatic(CompartmentSeries series) {
        return spanning(series.min(), series.max());
    }

    /** [lo, hi], or lo ± 1 when they are equal. */
    public static ValueRange spanning(double lo, double hi) {
        return hi > lo ? new ValueRange(lo, hi) : new ValueRange(lo - 1, lo + 1);
    }

    /**
     * A range given in part: a missing end (NaN) is taken from the automatic range of the series.
     *
     * @throws BadInputException if the result is empty or reversed
     */
    public static ValueRange of(double min, double max, CompartmentSeries series) {
        ValueRange auto = automatic(series);
        double lo = Double.isNaN(min) ? auto.min() : min;
        double hi = Double.isNaN(max) ? auto.max() : max;
        if (Double.isNaN(min) != Double.isNaN(max) && !(hi > lo)) {
            // one end given: keep it, and put the other one unit beyond it
            return Double.isNaN(min) ? new ValueRange(hi - 1, hi) : new ValueRange(lo, lo + 1);
        }
        return new ValueRange(lo, hi);
    }

    /** The normalised value (v − min)/(max − min), not clamped. */
    public double normalise(double v) {
        return (v - min) / (max - min);
    }
}
