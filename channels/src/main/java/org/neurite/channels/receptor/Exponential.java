package org.neurite.channels.receptor;


/**
 * Single-exponential kinetics: an event of weight w adds w to the state, which then decays with
 * time constant τ.
 *
 * @param tauMs decay time constant [ms], &gt; 0
 */
public record Exponential(double tauMs) implements ReceptorKinetics {
    public Exponential {
        Kinetics.checkTau("tau", tauMs);
    }

    @Override
    public int stateCount() {
        return 1;
    }

    @Override
    public String kindName() {
        return "exp";
    }

    @Override
    public double unitResponse(double tMs) {
        return tMs < 0 ? 0 : Math.exp(-tMs / tauMs);
    }
}
