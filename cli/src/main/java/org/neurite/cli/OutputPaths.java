package org.neurite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neurite.channels.io.BadInputException;

/**
 * Checks the output paths of a command before it starts its work, so that a long run does not end
 * in "cannot write". Missing parent folders are fine: every command creates them. A path that
 * cannot be a file (an existing folder, a folder under an existing file, a read-only folder) or that
 * is one of the command's inputs is bad input: {@link BadInputException} naming the option (exit 65).
 */
public final class OutputPaths {
    private OutputPaths() {
    }

    /**
     * A file the command will write.
     *
     * @param option the option that named it (e.g. {@code --out})
     * @param file the file; null when the option was not given
     * @param inputs files the command reads, which the output must not replace
     */
    public static void file(String option, Path file, Path... inputs) {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw BadInputException.parameter(option, file + " is a folder; give a file name");
        }
        for (Path in : inputs) {
            if (in != null && same(file, in)) {
                throw BadInputException.parameter(option, file + " is also the input; give another file name");
            }
        }
        parents(option, file);
    }

    /**
     * A folder the command will write files into (created when missing).
     *
     * @param option the option that named it
     * @param folder the folder
     */
    public static void folder(String option, Path folder) {
        if (folder == null) {
            return;
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw BadInputException.parameter(option, folder + " is a file, not a folder");
        }
        if (Files.isDirectory(folder)) {
            writable(option, folder, folder);
            return;
        }
        parents(option, folder);
    }

    /**
     * Two outputs of one command must differ.
     *
     * @param option the second option
     * @param file its file (null when not given)
     * @param otherOption the first option
     * @param other its file
     */
    public static void distinct(String option, Path file, String otherOption, Path other) {
        if (file != null && other != null && same(file, other)) {
            throw BadInputException.parameter(option, file + " is also the " + otherOption + " file; give another file name");
        }
    }

    /** The nearest existing ancestor must be a writable folder. */
    private static void parents(String option, Path path) {
        Path abs = path.toAbsolutePath().normalize();
        for (Path d = abs.getParent(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d)) {
                writable(option, path, d);
                return;
            }
            if (Files.exists(d)) {
                throw BadInputException.parameter(option, "cannot create " + path + ": " + d + " is a file, not a folder");
            }
        }
    }

    private static void writable(String option, Path path, Path folder) {
        if (!Files.isWritable(folder)) {
            throw BadInputException.parameter(option, "cannot create " + path + ": folder " + folder + " is not writable");
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
