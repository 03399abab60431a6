package org.neurite.pointneuron.model.ode;

/**
 * The right-hand side of a system of ordinary differential equations dy/dt = f(t, y), evaluated
 * into a caller-supplied array (no allocation). Neuron models implement it for one neuron at a
 * time: the block sets the neuron's context (its index, its input) before integrating.
 */
public interface OdeSystem {
    /**
     * @param t time within the current step [ms] (0 at the step start)
     * @param y state
     * @param dydt receives f(t, y)
     */
    void derivatives(double t, double[] y, double[] dydt);
}
