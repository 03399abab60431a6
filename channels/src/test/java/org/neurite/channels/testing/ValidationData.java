package org.neurite.channels.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the external reference data in {@code ../shared/validation/} (relative to the repository
 * root). On a user's clone that folder does not exist: tests that need it are skipped with a
 * message naming the missing folder. When the environment variable {@code CI} is {@code true}
 * the folder must exist and a missing one fails the test.
 */
public final class ValidationData {
    private ValidationData() {
    }

    /** The repository root: the nearest ancestor of the working directory holding the parent pom. */
    public static Path repositoryRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path pom = d.resolve("pom.xml");
            if (Files.isRegularFile(pom)) {
                try {
                    if (Files.readString(pom).contains("<artifactId>neurite-parent</artifactId>")
                            && Files.readString(pom).contains("<modules>")) {
                        return d;
                    }
                } catch (IOException e) {
                    // keep looking
                }
            }
        }
        throw new IllegalStateException("cannot find the neurite repository root above " + dir);
    }

    /** Whether this run is in CI (environment variable CI=true). */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * The folder {@code ../shared/validation/<name>}, or a skipped test (user's clone) or a failed
     * one (CI) when it is missing.
     *
     * @param name sub-folder, e.g. {@code rallpack}
     * @return the folder
     */
    public static Path folder(String name) {
        Path p = repositoryRoot().resolve("../shared/validation").resolve(name).normalize();
        if (!Files.isDirectory(p)) {
            String msg = "reference data folder " + p + " (../shared/validation/" + name + ") is missing";
            if (inCi()) {
                Assertions.fail(msg + "; it must be present in CI");
            }
            Assumptions.abort("skipped: " + msg);
        }
        return p;
    }

    /** A file inside {@code ../shared/validation/<folder>}. */
    public static Path file(String folder, String fileName) {
        Path p = folder(folder).resolve(fileName);
        Assertions.assertTrue(Files.isRegularFile(p), "reference file missing: " + p);
        return p;
    }
}
