package org.neurite.channels.io;

/**
 * Bad input data: a malformed file, an invalid parameter, an unknown name. The message is one line
 * that names where the problem is (file and line, or the parameter) and what is wrong; the command
 * line maps this exception to exit code 65.
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * An error located in a file.
     *
     * @param file the file name as the user gave it (may be null)
     * @param line 1-based line number, or 0 when not known
     * @param message what is wrong
     * @return the exception, to be thrown
     */
    public static BadInputException at(String file, int line, String message) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
        }
        sb.append(message);
        return new BadInputException(sb.toString());
    }

    /**
     * An invalid parameter value.
     *
     * @param parameter the parameter's full name (e.g. {@code receptor AMPA tauDecay})
     * @param message what is wrong
     * @return the exception, to be thrown
     */
    public static BadInputException parameter(String parameter, String message) {
        return new BadInputException("parameter " + parameter + ": " + message);
    }
}
