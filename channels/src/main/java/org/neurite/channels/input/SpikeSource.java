package org.neurite.channels.input;

/**
 * A set of spike trains that a simulator pulls window by window. Within a train, spikes come in
 * non-decreasing time order; across trains, in train order within each window. A source is
 * seeded: after {@link #reset()} it gives the same spikes again, and its spikes do not depend on
 * how the time axis is cut into windows. Times are exact (not rounded to any step): each simulator
 * places them on its own grid.
 */
public interface SpikeSource {
    /** Number of trains. */
    int size();

    /**
     * Emits every spike with fromMs ≤ t &lt; toMs. Successive calls must cover consecutive windows.
     *
     * @param fromMs window start [ms]
     * @param toMs window end [ms]
     * @param sink receiver
     */
    void emit(double fromMs, double toMs, SpikeSink sink);

    /** Back to time 0 with the same random numbers. */
    void reset();
}
