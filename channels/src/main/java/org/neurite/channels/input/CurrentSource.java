package org.neurite.channels.input;

/**
 * Injected currents [pA], one or many independent outputs, pulled step by step. The value of a
 * step [t, t + dt) is the source evaluated at the step's midpoint t + dt/2 for deterministic
 * waveforms (so a pulse from 20 ms covers the steps whose midpoints lie after 20 ms, as NEURON's
 * IClamp does), and a new random value per step or per noise interval for noise. Successive calls
 * must cover consecutive steps.
 */
public interface CurrentSource {
    /** Number of independent outputs (1 for a waveform shared by all targets). */
    int size();

    /**
     * Fills out[k], k &lt; size(), with the current of output k during [t, t + dt).
     *
     * @param tMs step start [ms]
     * @param dtMs step length [ms]
     * @param out destination [pA]
     */
    void sample(double tMs, double dtMs, double[] out);

    /** Back to time 0 with the same random numbers. */
    void reset();
}
