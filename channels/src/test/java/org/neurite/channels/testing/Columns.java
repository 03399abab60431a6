package org.neurite.channels.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads numeric column files used by reference data: whitespace-separated (Rallpack) or CSV with
 * a header line (NEURON and NEST exports). Lines starting with '#' are skipped.
 */
public final class Columns {
    private Columns() {
    }

    /** Whitespace-separated numbers, no header: result[column][row]. */
    public static double[][] whitespace(Path file) {
        List<double[]> rows = new ArrayList<>();
        for (String line : lines(file)) {
            String s = line.trim();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] parts = s.split("\\s+");
            double[] r = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                r[i] = Double.parseDouble(parts[i]);
            }
            rows.add(r);
        }
        return transpose(rows);
    }

    /** CSV with a header: column name → values. */
    public static Map<String, double[]> csv(Path file) {
        List<String> lines = lines(file);
        int first = 0;
        while (lines.get(first).trim().isEmpty() || lines.get(first).startsWith("#")) {
            first++;
        }
        String[] header = lines.get(first).trim().split(",");
        List<double[]> rows = new ArrayList<>();
        for (int k = first + 1; k < lines.size(); k++) {
            String s = lines.get(k).trim();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] parts = s.split(",");
            double[] r = new double[header.length];
            for (int i = 0; i < header.length; i++) {
                r[i] = i < parts.length && !parts[i].isEmpty() ? Double.parseDouble(parts[i]) : Double.NaN;
            }
            rows.add(r);
        }
        double[][] cols = transpose(rows);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            out.put(header[i].trim(), cols[i]);
        }
        return out;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[][] transpose(List<double[]> rows) {
        int nc = rows.isEmpty() ? 0 : rows.get(0).length;
        double[][] cols = new double[nc][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < nc; c++) {
                cols[c][r] = rows.get(r)[c];
            }
        }
        return cols;
    }
}
