package org.neurite.channels.input;

/** Receives spikes one at a time: no object is made per spike. */
@FunctionalInterface
public interface SpikeSink {
    /**
     * @param train index of the spike train within its source
     * @param timeMs spike time [ms]
     */
    void accept(int train, double timeMs);
}
