package org.neurite.channels.testing;

import org.neurite.channels.validation.TraceErrors;

/** Test-side name for {@link TraceErrors}, the one implementation of the trace error measures. */
public final class ErrorMeasures {
    private ErrorMeasures() {
    }

    public static double relativeRms(double[] ref, double[] sim) {
        return TraceErrors.relativeRms(ref, sim);
    }

    public static double relativeMax(double[] ref, double[] sim) {
        return TraceErrors.relativeMax(ref, sim);
    }

    public static double maxAbs(double[] ref, double[] sim) {
        return TraceErrors.maxAbs(ref, sim);
    }

    public static double range(double[] x) {
        return TraceErrors.range(x);
    }

    public static double[] interpolate(double[] t, double[] y, double[] query) {
        return TraceErrors.interpolate(t, y, query);
    }
}
