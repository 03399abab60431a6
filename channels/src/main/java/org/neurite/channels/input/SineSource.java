package org.neurite.channels.input;

import org.neurite.channels.io.BadInputException;

/**
 * A sinusoidal current (NEST {@code ac_generator}):
 * I(t) = offset + amplitude·sin(2π·f·t + phase), t in s for f in Hz, phase in degrees.
 */
public final class SineSource implements CurrentSource {
    private final double amplitude;
    private final double omegaPerMs;
    private final double phaseRad;
    private final double offset;

    /**
     * @param amplitudePA amplitude [pA]
     * @param frequencyHz frequency [Hz], ≥ 0
     * @param phaseDeg phase [degrees]
     * @param offsetPA constant offset [pA]
     */
    public SineSource(double amplitudePA, double frequencyHz, double phaseDeg, double offsetPA) {
        if (!Double.isFinite(amplitudePA) || !Double.isFinite(phaseDeg) || !Double.isFinite(offsetPA)) {
            throw BadInputException.parameter("ac amplitude/phase/offset", "must be finite");
        }
        if (!(frequencyHz >= 0) || Double.isInfinite(frequencyHz)) {
            throw BadInputException.parameter("ac frequency", "must be >= 0 [Hz], got " + frequencyHz);
        }
        this.amplitude = amplitudePA;
        this.omegaPerMs = 2 * Math.PI * frequencyHz * 1e-3;
        this.phaseRad = Math.toRadians(phaseDeg);
        this.offset = offsetPA;
    }

    /** Current at time t [pA]. */
    public double valueAt(double tMs) {
        return offset + amplitude * Math.sin(omegaPerMs * tMs + phaseRad);
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
