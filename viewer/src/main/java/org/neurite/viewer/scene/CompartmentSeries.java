package org.neurite.viewer.scene;

import java.util.Arrays;

/**
 * Values of every compartment at a series of times: what colours the cell, frame by frame —
 * usually the membrane potential [mV] recorded by {@code cell run}, or one static frame such as
 * the path distance from the soma [µm] when only a morphology is shown.
 *
 * <p>Held as one float array, frame after frame ({@code values[frame · compartments + c]}); times
 * [ms] increase strictly.
 */
public final class CompartmentSeries {
    private final String quantity;
    private final String units;
    private final double[] timesMs;
    private final float[] values;
    private final int compartments;
    private final float min;
    private final float max;

    /**
     * @param quantity what the values are, e.g. {@code membrane potential}
     * @param units their units, e.g. {@code mV}
     * @param timesMs frame times [ms], strictly increasing (copied)
     * @param values frames × compartments values, frame-major (copied); NaN is not allowed
     * @param compartments number of compartments per frame
     */
    public CompartmentSeries(String quantity, String units, double[] timesMs, float[] values, int compartments) {
        if (compartments < 1 || timesMs.length < 1) {
            throw new IllegalArgumentException("need at least one frame and one compartment, got "
                    + timesMs.length + " × " + compartments);
        }
        if (values.length != timesMs.length * compartments) {
            throw new IllegalArgumentException(values.length + " values do not fill " + timesMs.length
                    + " frames × " + compartments + " compartments");
        }
        for (int k = 0; k < timesMs.length; k++) {
            if (!Double.isFinite(timesMs[k]) || (k > 0 && !(timesMs[k] > timesMs[k - 1]))) {
                throw new IllegalArgumentException("frame times must be finite and increase; frame " + k + " is at "
                        + timesMs[k] + " ms" + (k > 0 ? " after " + timesMs[k - 1] + " ms" : ""));
            }
        }
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("value " + v + " of compartment " + (i % compartments)
                        + " in frame " + (i / compartments) + " is not finite");
            }
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        this.quantity = quantity;
        this.units = units;
        this.timesMs = timesMs.clone();
        this.values = values.clone();
        this.compartments = compartments;
        this.min = lo;
        this.max = hi;
    }

    /** One frame at time 0 (a static value per compartment). */
    public static CompartmentSeries constant(String quantity, String units, float[] perCompartment) {
        return new CompartmentSeries(quantity, units, new double[] {0}, perCompartment, perCompartment.length);
    }

    /** What the values are. */
    public String quantity() {
        return quantity;
    }

    /** Their units. */
    public String units() {
        return units;
    }

    /** Number of frames. */
    public int frameCount() {
        return timesMs.length;
    }

    /** Number of compartments. */
    public int compartmentCount() {
        return compartments;
    }

    /** Time of frame k [ms]. */
    public double timeMs(int k) {
        return timesMs[k];
    }

    /** Value of compartment c in frame k. */
    public float value(int k, int c) {
        return values[k * compartments + c];
    }

    /** Copies frame k into out (length ≥ compartments) without allocating. */
    public void frame(int k, float[] out) {
        System.arraycopy(values, k * compartments, out, 0, compartments);
    }

    /**
     * The frame shown at time t: the last one at or before t (the first one before the first
     * frame, the last one after the last frame).
     */
    public int frameAt(double tMs) {
        int k = Arrays.binarySearch(timesMs, tMs);
        if (k >= 0) {
            return k;
        }
        return Math.max(0, -k - 2);
    }

    /** Smallest value over all frames. */
    public float min() {
        return min;
    }

    /** Largest value over all frames. */
    public float max() {
        return max;
    }
}
