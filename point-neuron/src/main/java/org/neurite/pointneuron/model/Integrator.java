package org.neurite.pointneuron.model;

/**
 * How non-linear point-neuron models (AdEx, HH, Izhikevich) integrate their ODEs within a step.
 * Linear models (iaf_psc_*) always use exact propagators and ignore this.
 */
public enum Integrator {
    /**
     * Adaptive Runge–Kutta–Fehlberg 4(5) inside each step with error control, as NEST's GSL
     * solver: accurate (the model states its tolerance), slower.
     */
    ACCURATE,
    /** A fixed-step scheme stated by each model: fast, with a documented accuracy. */
    FAST
}
