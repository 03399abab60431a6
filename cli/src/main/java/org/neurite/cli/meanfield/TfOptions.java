package org.neurite.cli.meanfield;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.channels.io.BadInputException;
import org.neurite.meanfield.tf.CoefficientFiles;
import org.neurite.meanfield.tf.Coefficients;

/**
 * Reads the {@code --tf POP=FILE[#ENTRY]} options of the mean-field commands: the transfer function
 * of each recurrent population, from a fit.json or a published coefficient file (ENTRY selects
 * one of several, e.g. {@code #RS} in the JCNS 2018 notebook file).
 */
final class TfOptions {
    private TfOptions() {
    }

    /**
     * @param specs the option values
     * @return coefficients by population name
     */
    static Map<String, Coefficients> read(List<String> specs) {
        Map<String, Coefficients> out = new LinkedHashMap<>();
        for (String s : specs) {
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw BadInputException.parameter("--tf", "expected POP=FILE[#ENTRY], got \"" + s + "\"");
            }
            String pop = s.substring(0, eq);
            String file = s.substring(eq + 1);
            String entry = null;
            int hash = file.lastIndexOf('#');
            if (hash > 0) {
                entry = file.substring(hash + 1);
                file = file.substring(0, hash);
            }
            if (out.containsKey(pop)) {
                throw BadInputException.parameter("--tf", "population " + pop + " is given twice");
            }
            out.put(pop, CoefficientFiles.read(Path.of(file), entry));
        }
        return out;
    }
}
