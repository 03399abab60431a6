package org.neurite.morphology.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.InputFiles;

/**
 * Reads the lines of an SWC file into {@link SwcRecords}: seven whitespace-separated columns
 * {@code id type x y z radius parent}; {@code #} starts a comment (whole line or after the data);
 * blank lines, leading and trailing blanks and Windows line ends are accepted. A malformed line is
 * one {@link BadInputException} naming file and line. No structural checks happen here (see
 * {@link SwcLoader}).
 */
public final class SwcParser {
    private SwcParser() {
    }

    /** Parses a file. */
    public static SwcRecords parse(Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InputFiles.cannotRead(file, e);
        }
        return parse(text, file.toString());
    }

    /** Parses SWC text; {@code file} names it in messages. */
    public static SwcRecords parse(String text, String file) {
        int cap = 64;
        long[] id = new long[cap];
        int[] type = new int[cap];
        double[] x = new double[cap];
        double[] y = new double[cap];
        double[] z = new double[cap];
        double[] r = new double[cap];
        long[] parent = new long[cap];
        int[] line = new int[cap];
        int n = 0;
        int comments = 0;
        int lineNo = 0;
        int pos = 0;
        int len = text.length();
        if (len > 0 && text.charAt(0) == '\uFEFF') {
            pos = 1; // byte-order mark
        }
        while (pos < len) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = len;
            }
            lineNo++;
            String raw = text.substring(pos, end);
            pos = end + 1;
            int hash = raw.indexOf('#');
            if (hash >= 0) {
                if (raw.substring(0, hash).isBlank()) {
                    comments++;
                }
                raw = raw.substring(0, hash);
            }
            String s = raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            String[] f = s.split("[\\s,]+");
            if (f.length != 7) {
                throw BadInputException.at(file, lineNo, "expected 7 columns (id type x y z radius parent), found " + f.length);
            }
            if (n == cap) {
                cap *= 2;
                id = Arrays.copyOf(id, cap);
                type = Arrays.copyOf(type, cap);
                x = Arrays.copyOf(x, cap);
                y = Arrays.copyOf(y, cap);
                z = Arrays.copyOf(z, cap);
                r = Arrays.copyOf(r, cap);
                parent = Arrays.copyOf(parent, cap);
                line = Arrays.copyOf(line, cap);
            }
            id[n] = integer(f[0], "id", file, lineNo);
            type[n] = (int) integer(f[1], "type", file, lineNo);
            x[n] = number(f[2], "x", file, lineNo);
            y[n] = number(f[3], "y", file, lineNo);
            z[n] = number(f[4], "z", file, lineNo);
            r[n] = number(f[5], "radius", file, lineNo);
            parent[n] = integer(f[6], "parent", file, lineNo);
            line[n] = lineNo;
            n++;
        }
        if (n == 0) {
            throw BadInputException.at(file, 0, "no samples (an SWC file needs at least one data line)");
        }
        return new SwcRecords(file, Arrays.copyOf(id, n), Arrays.copyOf(type, n), Arrays.copyOf(x, n), Arrays.copyOf(y, n),
                Arrays.copyOf(z, n), Arrays.copyOf(r, n), Arrays.copyOf(parent, n), Arrays.copyOf(line, n), comments);
    }

    private static long integer(String s, String what, String file, int line) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            // some writers print integers as 1.0
            try {
                double d = Double.parseDouble(s);
                if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                    return (long) d;
                }
            } catch (NumberFormatException ignored) {
                // fall through
            }
            throw BadInputException.at(file, line, what + " must be an integer, found \"" + s + "\"");
        }
    }

    private static double number(String s, String what, String file, int line) {
        try {
            double d = Double.parseDouble(s);
            if (!Double.isFinite(d)) {
                throw BadInputException.at(file, line, what + " must be a finite number, found \"" + s + "\"");
            }
            return d;
        } catch (NumberFormatException e) {
            throw BadInputException.at(file, line, what + " must be a number, found \"" + s + "\"");
        }
    }
}
