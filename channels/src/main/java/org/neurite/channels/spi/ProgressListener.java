package org.neurite.channels.spi;

/**
 * Receives the progress of a long job (a simulation, a transfer-function grid), so that the command
 * line can draw a progress bar. Called from the simulating thread, at most a few hundred times per
 * job; implementations must be cheap.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * @param done units of work done so far (e.g. simulated steps)
     * @param total units of work in the job
     */
    void progress(long done, long total);
}
