package org.neurite.pointneuron.config;

import java.util.Set;
import org.neurite.channels.input.RateWaveform;
import org.neurite.channels.io.JsonValue;

/** Rate waveforms of the network format. */
public final class Waveforms {
    private Waveforms() {
    }

    /**
     * A rate [Hz]: a number, or {"times": [ms…], "values": [Hz…]} linearly interpolated and held
     * at the end values outside (e.g. the JCNS drive ramp {"times": [0, 100], "values": [0, 4]}).
     */
    public static RateWaveform fromJson(JsonValue v) {
        if (v.isNumber()) {
            double r = v.asDouble();
            if (!(r >= 0)) {
                throw v.error("a rate must be >= 0 [Hz], got " + r);
            }
            return RateWaveform.constant(r);
        }
        v.requireKnownKeys(Set.of("times", "values"));
        double[] t = v.require("times").asDoubleArray();
        double[] r = v.require("values").asDoubleArray();
        if (t.length == 0 || t.length != r.length) {
            throw v.error("times and values must be non-empty and of equal length");
        }
        double max = 0;
        for (int k = 0; k < t.length; k++) {
            if (k > 0 && !(t[k] > t[k - 1])) {
                throw v.get("times").error("must increase strictly");
            }
            if (!(r[k] >= 0)) {
                throw v.get("values").error("rates must be >= 0, got " + r[k]);
            }
            max = Math.max(max, r[k]);
        }
        return piecewiseLinear(t, r, max);
    }

    /** Linear interpolation through (t[k], r[k]), constant outside. */
    public static RateWaveform piecewiseLinear(double[] t, double[] r, double max) {
        final double[] tt = t.clone();
        final double[] rr = r.clone();
        return RateWaveform.of(x -> {
            if (x <= tt[0]) {
                return rr[0];
            }
            if (x >= tt[tt.length - 1]) {
                return rr[rr.length - 1];
            }
            int k = java.util.Arrays.binarySearch(tt, x);
            if (k >= 0) {
                return rr[k];
            }
            k = -k - 2;
            double f = (x - tt[k]) / (tt[k + 1] - tt[k]);
            return rr[k] + f * (rr[k + 1] - rr[k]);
        }, max);
    }
}
