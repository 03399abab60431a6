package org.neurite.channels.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs external programs used as independent readers (h5py through Debian's /usr/bin/python3,
 * h5dump). Missing tools skip the test on a user's machine and fail it in CI (CI=true), where
 * .ci/run installs them.
 */
public final class ExternalTools {
    private ExternalTools() {
    }

    /** The result of a program run. */
    public record Run(int exitCode, String stdout, String stderr) {
    }

    /** Skips (or fails in CI) unless the check command succeeds. */
    public static void require(String what, String... check) {
        boolean ok;
        try {
            ok = run(check).exitCode() == 0;
        } catch (RuntimeException e) {
            ok = false;
        }
        if (!ok) {
            String msg = what + " is not available (" + String.join(" ", check) + " failed)";
            if (ValidationData.inCi()) {
                Assertions.fail(msg + "; .ci/run must install it");
            }
            Assumptions.abort("skipped: " + msg);
        }
    }

    /** Runs a command with a 60 s limit and returns its output. */
    public static Run run(String... command) {
        try {
            Path out = Files.createTempFile("neurite-ext", ".out");
            Path err = Files.createTempFile("neurite-ext", ".err");
            try {
                Process p = new ProcessBuilder(new ArrayList<>(List.of(command)))
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("timeout: " + String.join(" ", command));
                }
                return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
