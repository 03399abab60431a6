package org.neurite.channels.input;

import org.neurite.channels.io.BadInputException;

/** A constant current between start and stop (NEST {@code dc_generator}, NEURON IClamp). */
public final class DcSource implements CurrentSource {
    private final double amplitude;
    private final double startMs;
    private final double stopMs;

    /**
     * @param amplitudePA current [pA]
     * @param startMs on from [ms]
     * @param stopMs off from [ms] (may be infinite)
     */
    public DcSource(double amplitudePA, double startMs, double stopMs) {
        if (!Double.isFinite(amplitudePA)) {
            throw BadInputException.parameter("dc amplitude", "must be finite [pA], got " + amplitudePA);
        }
        if (!(stopMs >= startMs)) {
            throw BadInputException.parameter("dc start/stop", "need start <= stop, got " + startMs + ", " + stopMs);
        }
        this.amplitude = amplitudePA;
        this.startMs = startMs;
        this.stopMs = stopMs;
    }

    /** Current at time t [pA]. */
    public double valueAt(double tMs) {
        return tMs >= startMs && tMs < stopMs ? amplitude : 0.0;
    }

    @Override
    public int size() {
        return 1;
    }

    @Override
    public void sample(double tMs, double dtMs, double[] out) {
        out[0] = valueAt(tMs + 0.5 * dtMs);
    }

    @Override
    public void reset() {
    }
}
