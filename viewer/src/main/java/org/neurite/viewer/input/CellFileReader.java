package org.neurite.viewer.input;

import io.jhdf.HdfFile;
import io.jhdf.api.Node;
import java.nio.file.Path;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.record.Hdf5Reading;
import org.neurite.viewer.scene.CellGeometry;
import org.neurite.viewer.scene.CompartmentSeries;

/**
 * Reads what the viewer needs from a {@code cell.h5} written by {@code neurite cell run} or
 * {@code replay} (format {@code neurite-cell/1}, see the morphology module's CellFile): the
 * compartments' extents ({@code /compartments/extent_offsets}, {@code extent_points},
 * {@code section}; {@code /morphology/section_type}) and the voltage of every compartment over time
 * ({@code /traces/compartments/v/data} [samples × compartments], {@code time} [ms], {@code node_ids}).
 */
public final class CellFileReader {
    /** The format tag this reader understands. */
    public static final String FORMAT = "neurite-cell/1";

    private CellFileReader() {
    }

    /**
     * A recorded cell.
     *
     * @param geometry the compartments to draw
     * @param voltages membrane potential of every compartment [mV] at the recorded times [ms]
     */
    public record Recording(CellGeometry geometry, CompartmentSeries voltages) {
    }

    /**
     * Reads a cell.h5.
     *
     * @throws BadInputException naming the file when it is not a cell.h5 or lacks the voltages of
     *     every compartment (recorded only with {@code record_all_every_ms} in the cell spec)
     */
    public static Recording read(Path file) {
        String name = file.toString();
        try (HdfFile f = Hdf5Reading.open(file)) {
            String format = Hdf5Reading.stringAttribute(f, "format");
            if (!FORMAT.equals(format)) {
                throw BadInputException.at(name, 0, "not a neurite cell file (root attribute format is "
                        + (format == null ? "missing" : "\"" + format + "\"") + ", expected \"" + FORMAT + "\")");
            }
            int[] offsets = ints(f, "/compartments/extent_offsets");
            double[] points = Hdf5Reading.doubles(f, "/compartments/extent_points");
            int[] section = ints(f, "/compartments/section");
            int[] type = ints(f, "/morphology/section_type");
            int n = offsets.length - 1;
            if (n < 1 || section.length != n || points.length != 4 * offsets[n]) {
                throw BadInputException.at(name, 0, "/compartments: extent_offsets, extent_points and section do not agree ("
                        + n + " compartments, " + section.length + " sections, " + points.length / 4 + " points)");
            }
            for (int i = 0; i < n; i++) {
                if (section[i] < 0 || section[i] >= type.length || offsets[i + 1] < offsets[i]) {
                    throw BadInputException.at(name, 0, "/compartments: compartment " + i + " has a bad section or extent");
                }
            }
            CellGeometry geometry;
            try {
                geometry = CellGeometries.fromExtents(offsets, points, section, type);
            } catch (IllegalArgumentException e) {
                throw BadInputException.at(name, 0, "/compartments: " + e.getMessage());
            }
            return new Recording(geometry, voltages(f, name, n, offsets));
        }
    }

    private static CompartmentSeries voltages(HdfFile f, String name, int n, int[] offsets) {
        Node group;
        try {
            group = f.getByPath("/traces/compartments/v");
        } catch (RuntimeException e) {
            group = null;
        }
        if (group == null || Hdf5Reading.numberAttribute(group, "n_samples", 0) < 1) {
            throw BadInputException.at(name, 0, "has no voltages of every compartment (/traces/compartments/v); "
                    + "set \"record_all_every_ms\" in the cell spec to record them");
        }
        double[] time = Hdf5Reading.doubles(f, "/traces/compartments/v/time");
        double[] data = Hdf5Reading.doubles(f, "/traces/compartments/v/data");
        long[] nodes = Hdf5Reading.longs(f, "/traces/compartments/v/node_ids");
        int samples = time.length;
        int cols = nodes.length;
        if (data.length != (long) samples * cols) {
            throw BadInputException.at(name, 0, "/traces/compartments/v/data holds " + data.length + " values, not "
                    + samples + " samples × " + cols + " nodes");
        }
        int[] column = new int[n];
        java.util.Arrays.fill(column, -1);
        for (int j = 0; j < cols; j++) {
            if (nodes[j] < 0 || nodes[j] >= n) {
                throw BadInputException.at(name, 0, "/traces/compartments/v/node_ids: " + nodes[j] + " is not a compartment (0.."
                        + (n - 1) + ")");
            }
            column[(int) nodes[j]] = j;
        }
        float[] values = new float[samples * n];
        for (int i = 0; i < n; i++) {
            if (column[i] < 0 && offsets[i + 1] - offsets[i] >= 2) {
                throw BadInputException.at(name, 0, "compartment " + i + " is drawn but its voltage was not recorded");
            }
        }
        for (int k = 0; k < samples; k++) {
            for (int i = 0; i < n; i++) {
                // a junction node that was not recorded draws nothing; give it the first column's value
                int j = column[i] >= 0 ? column[i] : 0;
                values[k * n + i] = (float) data[k * cols + j];
            }
        }
        try {
            return new CompartmentSeries("membrane potential", "mV", time, values, n);
        } catch (IllegalArgumentException e) {
            throw BadInputException.at(name, 0, "/traces/compartments/v: " + e.getMessage());
        }
    }

    private static int[] ints(HdfFile f, String path) {
        long[] l = Hdf5Reading.longs(f, path);
        int[] out = new int[l.length];
        for (int i = 0; i < l.length; i++) {
            out[i] = Math.toIntExact(l[i]);
        }
        return out;
    }
}
