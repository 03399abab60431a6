package org.neurite.channels.receptor;

import org.neurite.channels.io.BadInputException;

/**
 * NMDA receptor: peak-normalised bi-exponential gating (as {@link BiExponential}) times the
 * magnesium block of Jahr &amp; Stevens (J Neurosci 10:3178, 1990), written with the parameter
 * names of the ntwk/nrn toolkit:
 * B(V) = 1 / (1 + etaMg·cMg·exp(−V/V0NMDA)).
 * Jahr &amp; Stevens' fit, B = 1/(1 + [Mg]/3.57·exp(−0.062·V)), is etaMg = 1/3.57 mM⁻¹ and
 * V0NMDA = 1/0.062 mV, the defaults of {@link #jahrStevens(double, double)}.
 *
 * @param tauRiseMs rise time constant [ms]
 * @param tauDecayMs decay time constant [ms], &gt; tauRiseMs
 * @param cMg extracellular magnesium concentration [mM], ≥ 0
 * @param etaMg block sensitivity [1/mM], ≥ 0
 * @param V0NMDA voltage scale of the block [mV], &gt; 0
 */
public record Nmda(double tauRiseMs, double tauDecayMs, double cMg, double etaMg, double V0NMDA) implements ReceptorKinetics {
    /** Jahr &amp; Stevens 1990: 1/3.57 per mM. */
    public static final double JAHR_STEVENS_ETA_MG = 1.0 / 3.57;
    /** Jahr &amp; Stevens 1990: 1/0.062 mV. */
    public static final double JAHR_STEVENS_V0 = 1.0 / 0.062;

    public Nmda {
        Kinetics.checkRiseDecay(tauRiseMs, tauDecayMs);
        if (!(cMg >= 0) || Double.isInfinite(cMg)) {
            throw BadInputException.parameter("cMg", "must be >= 0 [mM], got " + cMg);
        }
        if (!(etaMg >= 0) || Double.isInfinite(etaMg)) {
            throw BadInputException.parameter("etaMg", "must be >= 0 [1/mM], got " + etaMg);
        }
        if (!(V0NMDA > 0) || Double.isInfinite(V0NMDA)) {
            throw BadInputException.parameter("V0NMDA", "must be > 0 [mV], got " + V0NMDA);
        }
    }

    /** NMDA kinetics with Jahr &amp; Stevens' block at 1 mM magnesium. */
    public static Nmda jahrStevens(double tauRiseMs, double tauDecayMs) {
        return new Nmda(tauRiseMs, tauDecayMs, 1.0, JAHR_STEVENS_ETA_MG, JAHR_STEVENS_V0);
    }

    /** The fraction of unblocked channels at membrane voltage v [mV]. */
    public double block(double vMV) {
        return 1.0 / (1.0 + etaMg * cMg * Math.exp(-vMV / V0NMDA));
    }

    /**
     * The slope of the block, dB/dV [1/mV] at v [mV]: B·(1 − B)/V0NMDA (differentiating
     * 1/(1 + etaMg·cMg·exp(−V/V0NMDA))). Implicit solvers need it to linearise the NMDA current.
     */
    public double blockSlope(double vMV) {
        double b = block(vMV);
        return b * (1.0 - b) / V0NMDA;
    }

    @Override
    public int stateCount() {
        return 2;
    }

    @Override
    public String kindName() {
        return "nmda";
    }

    @Override
    public double unitResponse(double tMs) {
        if (tMs < 0) {
            return 0;
        }
        return Kinetics.peakFactor(tauRiseMs, tauDecayMs) * (Math.exp(-tMs / tauDecayMs) - Math.exp(-tMs / tauRiseMs));
    }
}
