package org.neurite.channels.receptor;

/**
 * Instantaneous kinetics: the weight of the events delivered in a step is handed to the target as
 * one kick (a voltage jump in mV for NEST's {@code iaf_psc_delta}), then forgotten.
 */
public record Delta() implements ReceptorKinetics {
    @Override
    public int stateCount() {
        return 0;
    }

    @Override
    public String kindName() {
        return "delta";
    }

    @Override
    public double unitResponse(double tMs) {
        return 0;
    }
}
