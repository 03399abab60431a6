package org.neurite.pointneuron.model.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.channels.io.BadInputException;

/**
 * Reads a reference CSV (header line, numeric rows) into columns, for the validation cases,
 * which run outside the tests (channels' {@code Columns} lives in its test-jar).
 */
final class ReferenceCsv {
    private ReferenceCsv() {
    }

    static Map<String, double[]> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw BadInputException.at(file.toString(), 0, "cannot read: " + e.getMessage());
        }
        String[] header = lines.get(0).trim().split(",");
        List<double[]> rows = new ArrayList<>();
        for (int k = 1; k < lines.size(); k++) {
            String s = lines.get(k).trim();
            if (s.isEmpty()) {
                continue;
            }
            String[] parts = s.split(",");
            if (parts.length != header.length) {
                throw BadInputException.at(file.toString(), k + 1, "expected " + header.length + " columns, found " + parts.length);
            }
            double[] r = new double[parts.length];
            for (int c = 0; c < parts.length; c++) {
                try {
                    r[c] = Double.parseDouble(parts[c]);
                } catch (NumberFormatException e) {
                    throw BadInputException.at(file.toString(), k + 1, "not a number: " + parts[c]);
                }
            }
            rows.add(r);
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
            double[] col = new double[rows.size()];
            for (int r = 0; r < col.length; r++) {
                col[r] = rows.get(r)[c];
            }
            out.put(header[c].trim(), col);
        }
        return out;
    }
}
