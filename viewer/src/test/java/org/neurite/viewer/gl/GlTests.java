package org.neurite.viewer.gl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.neurite.channels.testing.ValidationData;

/**
 * The guard of every GL test: with no display that OpenGL can use, the test is skipped with the
 * reason — except in CI (CI=true), where it fails, because there the GL tests must run (the module's
 * test JVM is started under xvfb-run, see src/test/xvfb-jdk/bin/java).
 */
public final class GlTests {
    private GlTests() {
    }

    /** Skips (user's machine) or fails (CI) the calling test when GL cannot be used. */
    public static void requireGl() {
        String problem = GlSupport.problem();
        if (problem == null) {
            return;
        }
        if (ValidationData.inCi()) {
            Assertions.fail("the GL tests must run in CI, but " + problem);
        }
        Assumptions.abort("skipped (no OpenGL): " + problem);
    }

    /** A folder under target/ where tests leave their pictures for a person to look at. */
    public static Path pictures() {
        Path p = Paths.get("target", "test-pictures");
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }
}
