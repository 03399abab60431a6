package org.neurite.channels.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads numeric column files (reference traces, probe CSVs): CSV with a header line, or
 * whitespace-separated numbers without header (Rallpack). Blank lines and lines starting with '#'
 * are skipped. Every problem is one {@link BadInputException} naming the file and line.
 */
public final class NumericTable {
    private NumericTable() {
    }

    /** CSV with a header line: column name → values, in file order. */
    public static Map<String, double[]> csv(Path file) {
        List<String> lines = lines(file);
        int first = 0;
        while (first < lines.size() && skip(lines.get(first))) {
            first++;
        }
        if (first == lines.size()) {
            throw BadInputException.at(file.toString(), 0, "no header line");
        }
        String[] header = lines.get(first).trim().split(",");
        List<double[]> rows = new ArrayList<>();
        for (int k = first + 1; k < lines.size(); k++) {
            String s = lines.get(k).trim();
            if (skip(s)) {
                continue;
            }
            rows.add(parse(file, k + 1, s.split(","), header.length));
        }
        double[][] cols = transpose(rows, header.length);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
            out.put(header[c].trim(), cols[c]);
        }
        return out;
    }

    /** Whitespace-separated numbers without header: result[column][row]. */
    public static double[][] whitespace(Path file) {
        List<String> lines = lines(file);
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        for (int k = 0; k < lines.size(); k++) {
            String s = lines.get(k).trim();
            if (skip(s)) {
                continue;
            }
            String[] parts = s.split("\\s+");
            if (width < 0) {
                width = parts.length;
            }
            rows.add(parse(file, k + 1, parts, width));
        }
        return transpose(rows, Math.max(width, 0));
    }

    private static boolean skip(String s) {
        String t = s.trim();
        return t.isEmpty() || t.startsWith("#");
    }

    private static double[] parse(Path file, int line, String[] parts, int width) {
        if (parts.length != width) {
            throw BadInputException.at(file.toString(), line, "expected " + width + " columns, found " + parts.length);
        }
        double[] r = new double[width];
        for (int c = 0; c < width; c++) {
            try {
                r[c] = Double.parseDouble(parts[c].trim());
            } catch (NumberFormatException e) {
                throw BadInputException.at(file.toString(), line, "not a number: \"" + parts[c].trim() + "\"");
            }
        }
        return r;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw InputFiles.cannotRead(file, e);
        }
    }

    private static double[][] transpose(List<double[]> rows, int width) {
        double[][] cols = new double[width][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            double[] row = rows.get(r);
            for (int c = 0; c < width; c++) {
                cols[c][r] = row[c];
            }
        }
        return cols;
    }
}
