package org.neurite.channels.spi;

import java.util.Map;

/**
 * A benchmark workload run by {@code neurite bench NAME}, found through
 * {@link java.util.ServiceLoader} (service file {@code META-INF/services/org.neurite.channels.spi.BenchWorkload}).
 * It measures its own set-up and run phases with wall-clock time and reports figures that show the
 * work done was the intended one (spike counts, rates, compartments, errors against a reference).
 */
public interface BenchWorkload {
    /** Name on the command line, e.g. {@code coba} or {@code rallpack1}. */
    String name();

    /** One line: what is simulated, and the peer figures to compare with. */
    String description();

    /**
     * Runs the workload once.
     *
     * @param threads number of threads the workload may use
     * @param progress receives progress of the run phase
     * @return timings and figures
     */
    Result run(int threads, ProgressListener progress);

    /**
     * @param setupSeconds wall time of building (reading files, connecting) [s]
     * @param runSeconds wall time of the simulation itself [s]
     * @param figures named numbers that show the work (in insertion order), e.g. "spikes" → "12345"
     */
    record Result(double setupSeconds, double runSeconds, Map<String, String> figures) {
    }
}
