package org.neurite.morphology.io;

/**
 * The samples of an SWC file as parsed, before any interpretation: one entry per data line, in file
 * order, with the 1-based line number it came from. Units as in the file: µm, radius (not diameter).
 *
 * @param file the file name as given (for messages)
 * @param id sample identifiers
 * @param type structure types (1 soma, 2 axon, 3 basal, 4 apical, others custom)
 * @param x x [µm]
 * @param y y [µm]
 * @param z z [µm]
 * @param radius radius [µm]
 * @param parent parent identifiers (negative = root)
 * @param line source line of each sample (1-based)
 * @param commentLines number of comment lines
 */
public record SwcRecords(String file, long[] id, int[] type, double[] x, double[] y, double[] z, double[] radius,
                         long[] parent, int[] line, int commentLines) {
    /** Number of samples. */
    public int size() {
        return id.length;
    }

    /** "file:line" of sample i. */
    public String where(int i) {
        return file + ":" + line[i];
    }
}
