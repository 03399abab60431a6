package org.neurite.channels.testing;

import java.nio.file.Path;
import java.util.Map;
import org.neurite.channels.io.NumericTable;

/** Test-side name for {@link NumericTable}, the one reader of numeric column files. */
public final class Columns {
    private Columns() {
    }

    /** Whitespace-separated numbers, no header: result[column][row]. */
    public static double[][] whitespace(Path file) {
        return NumericTable.whitespace(file);
    }

    /** CSV with a header: column name → values. */
    public static Map<String, double[]> csv(Path file) {
        return NumericTable.csv(file);
    }
}
