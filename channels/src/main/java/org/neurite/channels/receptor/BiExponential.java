package org.neurite.channels.receptor;


/**
 * Bi-exponential kinetics normalised so that a single event of weight w peaks at exactly w, as
 * NEURON's {@code Exp2Syn}: g(t) = w·f·(exp(−t/τ_decay) − exp(−t/τ_rise)), with the peak at
 * t_peak = τ_rise·τ_decay/(τ_decay − τ_rise)·ln(τ_decay/τ_rise) and
 * f = 1/(exp(−t_peak/τ_decay) − exp(−t_peak/τ_rise)).
 *
 * @param tauRiseMs rise time constant [ms], &gt; 0
 * @param tauDecayMs decay time constant [ms], &gt; tauRiseMs
 */
public record BiExponential(double tauRiseMs, double tauDecayMs) implements ReceptorKinetics {
    public BiExponential {
        Kinetics.checkRiseDecay(tauRiseMs, tauDecayMs);
    }

    /** Time of the peak after an event [ms]. */
    public double peakTimeMs() {
        return Kinetics.peakTime(tauRiseMs, tauDecayMs);
    }

    /** The normalisation factor f. */
    public double peakFactor() {
        return Kinetics.peakFactor(tauRiseMs, tauDecayMs);
    }

    @Override
    public int stateCount() {
        return 2;
    }

    @Override
    public String kindName() {
        return "exp2";
    }

    @Override
    public double unitResponse(double tMs) {
        if (tMs < 0) {
            return 0;
        }
        return peakFactor() * (Math.exp(-tMs / tauDecayMs) - Math.exp(-tMs / tauRiseMs));
    }
}
