package org.neurite.channels.spi;

import java.nio.file.Path;

/**
 * One validation case of {@code neurite validate}: a computation of the suite compared with an
 * external reference (a closed form, published data, a peer simulator's output) with a stated
 * tolerance. Found through {@link java.util.ServiceLoader} (service file
 * {@code META-INF/services/org.neurite.channels.spi.ValidationCase}). The JUnit tests run the same
 * cases, so the table a user sees and the tests CI runs cannot drift apart.
 */
public interface ValidationCase {
    /** Short unique name, e.g. {@code receptor/alpha-psp}. */
    String name();

    /** What is computed and what it is compared with (one line). */
    String reference();

    /**
     * The folder of reference data the case needs, relative to the validation root (e.g.
     * {@code nest_point_neurons}), or null for an analytic case that needs none.
     */
    String dataFolder();

    /**
     * Runs the case.
     *
     * @param dataDir the case's data folder (validation root / {@link #dataFolder()}), or null for
     *                analytic cases
     * @return the measured error against the tolerance
     */
    Result run(Path dataDir);

    /**
     * @param error the measured error (in the unit of {@code measure})
     * @param tolerance the largest error accepted
     * @param measure what the error is, e.g. {@code "max |ΔV| [mV]"} or {@code "rel. RMS"}
     * @param detail further numbers worth printing (may be empty)
     */
    record Result(double error, double tolerance, String measure, String detail) {
        /** Whether the error is within the tolerance (NaN fails). */
        public boolean passed() {
            return error <= tolerance;
        }
    }
}
