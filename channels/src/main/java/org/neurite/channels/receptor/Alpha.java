package org.neurite.channels.receptor;

/**
 * Alpha-function kinetics with NEST's normalisation: an event of weight w gives
 * w·(e/τ)·t·exp(−t/τ), which peaks at w when t = τ. Two states per synapse: the slope y1 (an event
 * adds w·e/τ) and the value y2, with dy1/dt = −y1/τ and dy2/dt = y1 − y2/τ.
 *
 * @param tauMs time constant = time to peak [ms], &gt; 0
 */
public record Alpha(double tauMs) implements ReceptorKinetics {
    public Alpha {
        Kinetics.checkTau("tau", tauMs);
    }

    @Override
    public int stateCount() {
        return 2;
    }

    @Override
    public String kindName() {
        return "alpha";
    }

    @Override
    public double unitResponse(double tMs) {
        return tMs < 0 ? 0 : Math.E / tauMs * tMs * Math.exp(-tMs / tauMs);
    }
}
