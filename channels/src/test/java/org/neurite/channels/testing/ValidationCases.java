package org.neurite.channels.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.neurite.channels.spi.ValidationCase;

/** Runs a {@link ValidationCase} inside a JUnit test: its data folder via {@link ValidationData}. */
public final class ValidationCases {
    private ValidationCases() {
    }

    /** Runs the case and fails the test unless its error is within its tolerance. */
    public static ValidationCase.Result assertPasses(ValidationCase c) {
        Path data = c.dataFolder() == null ? null : ValidationData.folder(c.dataFolder());
        ValidationCase.Result r = c.run(data);
        Assertions.assertTrue(r.passed(), c.name() + ": " + r.measure() + " = " + r.error()
                + " exceeds tolerance " + r.tolerance() + (r.detail().isEmpty() ? "" : " (" + r.detail() + ")"));
        return r;
    }
}
