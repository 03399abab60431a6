package org.neurite.meanfield.tf;

import java.util.List;
import org.neurite.channels.io.BadInputException;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.stats.Pathway;

/**
 * A numerically characterised transfer function: output rates of one cell type measured on a grid
 * of input rates (mean and SD over seeds).
 *
 * @param source where the data came from (file name), for messages
 * @param membrane the cell's passive membrane
 * @param pathways the input pathways the grid's rates drive
 * @param ratesHz input rates [point][pathway] [Hz]
 * @param meanHz mean output rate per point [Hz]
 * @param sdHz SD of the output rate over seeds per point [Hz]
 * @param seeds number of seeds (independent cells) per point
 * @param durationMs simulated time per point and seed [ms]
 */
public record TfData(String source, Membrane membrane, List<Pathway> pathways, double[][] ratesHz, double[] meanHz,
                     double[] sdHz, int seeds, double durationMs) {
    public TfData {
        pathways = List.copyOf(pathways);
        int n = meanHz.length;
        if (n == 0) {
            throw BadInputException.at(source, 0, "transfer-function data has no grid points");
        }
        if (ratesHz.length != n || sdHz.length != n) {
            throw BadInputException.at(source, 0, "transfer-function data: " + ratesHz.length + " rate rows, " + n
                    + " means, " + sdHz.length + " SDs (must be equal)");
        }
        for (int k = 0; k < n; k++) {
            if (ratesHz[k].length != pathways.size()) {
                throw BadInputException.at(source, 0, "grid point " + k + " has " + ratesHz[k].length + " input rates for "
                        + pathways.size() + " pathways");
            }
            for (double r : ratesHz[k]) {
                if (!(r >= 0) || Double.isInfinite(r)) {
                    throw BadInputException.at(source, 0, "grid point " + k + ": input rate " + r + " Hz is not >= 0");
                }
            }
            if (!(meanHz[k] >= 0) || Double.isInfinite(meanHz[k])) {
                throw BadInputException.at(source, 0, "grid point " + k + ": output rate " + meanHz[k] + " Hz is not >= 0");
            }
        }
    }

    /** Number of grid points. */
    public int size() {
        return meanHz.length;
    }
}
