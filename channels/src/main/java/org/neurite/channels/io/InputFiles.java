package org.neurite.channels.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one wording of "this input file cannot be read" for every reader: missing, a folder, not
 * readable, not text. Each is a {@link BadInputException} naming the file as the user gave it.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * Checks that a file exists and is a regular file (for readers that open files themselves).
     *
     * @throws BadInputException naming the file otherwise
     */
    public static void requireFile(Path file) {
        if (Files.isDirectory(file)) {
            throw BadInputException.at(file.toString(), 0, "is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw BadInputException.at(file.toString(), 0, "file not found");
        }
        if (!Files.isReadable(file)) {
            throw BadInputException.at(file.toString(), 0, "cannot read (permission denied)");
        }
    }

    /**
     * The error for a failure while reading a file.
     *
     * @param file the file as the user gave it
     * @param e what the file system said
     * @return the exception, to be thrown
     */
    public static BadInputException cannotRead(Path file, IOException e) {
        String name = file.toString();
        if (e instanceof NoSuchFileException) {
            return BadInputException.at(name, 0, "file not found");
        }
        if (Files.isDirectory(file)) {
            return BadInputException.at(name, 0, "is a folder, not a file");
        }
        if (e instanceof AccessDeniedException) {
            return BadInputException.at(name, 0, "cannot read (permission denied)");
        }
        if (e instanceof CharacterCodingException) {
            return BadInputException.at(name, 0, "not a text file (not valid UTF-8)");
        }
        return BadInputException.at(name, 0, "cannot read: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
    }
}
