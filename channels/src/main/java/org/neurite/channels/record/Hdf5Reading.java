package org.neurite.channels.record;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.nio.file.Path;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.InputFiles;

/**
 * Reading helpers over jHDF that accept the numeric types other writers use (h5py writes float32
 * or float64 times, int64 or uint64 ids) and turn every failure into one clear
 * {@link BadInputException} naming the file and the object.
 */
public final class Hdf5Reading {
    private Hdf5Reading() {
    }

    /** Opens a file for reading, with a clear error when it is missing or not HDF5. */
    public static HdfFile open(Path file) {
        InputFiles.requireFile(file);
        try {
            return new HdfFile(file);
        } catch (RuntimeException e) {
            throw BadInputException.at(file.toString(), 0, "not a readable HDF5 file (" + e.getMessage() + ")");
        }
    }

    /** The dataset at a path, or an error naming file and path. */
    public static Dataset dataset(HdfFile f, String path) {
        Node n;
        try {
            n = f.getByPath(path);
        } catch (RuntimeException e) {
            throw BadInputException.at(f.getFile().toString(), 0, "no object " + path);
        }
        if (!(n instanceof Dataset d)) {
            throw BadInputException.at(f.getFile().toString(), 0, path + " is not a dataset");
        }
        return d;
    }

    /** A numeric dataset flattened to double[]. */
    public static double[] doubles(HdfFile f, String path) {
        return toDoubles(dataset(f, path).getDataFlat(), f, path);
    }

    /** An integer dataset flattened to long[]. */
    public static long[] longs(HdfFile f, String path) {
        Object data = dataset(f, path).getDataFlat();
        int n = Array.getLength(data);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            Object v = Array.get(data, i);
            if (v instanceof BigInteger b) {
                out[i] = b.longValueExact();
            } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                out[i] = ((Number) v).longValue();
            } else {
                throw BadInputException.at(f.getFile().toString(), 0, path + " must hold integers, found " + v.getClass().getSimpleName());
            }
        }
        return out;
    }

    /** A 2-D numeric dataset as double[rows][cols]. */
    public static double[][] matrix(HdfFile f, String path) {
        Dataset d = dataset(f, path);
        int[] dims = d.getDimensions();
        if (dims.length != 2) {
            throw BadInputException.at(f.getFile().toString(), 0, path + " must be 2-D, has " + dims.length + " dimensions");
        }
        double[] flat = toDoubles(d.getDataFlat(), f, path);
        double[][] out = new double[dims[0]][dims[1]];
        for (int r = 0; r < dims[0]; r++) {
            System.arraycopy(flat, r * dims[1], out[r], 0, dims[1]);
        }
        return out;
    }

    private static double[] toDoubles(Object data, HdfFile f, String path) {
        if (data instanceof double[] d) {
            return d;
        }
        int n = Array.getLength(data);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            Object v = Array.get(data, i);
            if (!(v instanceof Number num)) {
                throw BadInputException.at(f.getFile().toString(), 0, path + " must be numeric");
            }
            out[i] = num.doubleValue();
        }
        return out;
    }

    /** A string attribute of a node, or null when absent. */
    public static String stringAttribute(Node node, String name) {
        Attribute a = node.getAttribute(name);
        if (a == null) {
            return null;
        }
        Object v = a.getData();
        if (v != null && v.getClass().isArray() && Array.getLength(v) == 1) {
            v = Array.get(v, 0);
        }
        return v == null ? null : v.toString();
    }

    /** A numeric attribute of a node, or the default when absent. */
    public static double numberAttribute(Node node, String name, double dflt) {
        Attribute a = node.getAttribute(name);
        if (a == null) {
            return dflt;
        }
        Object v = a.getData();
        if (v != null && v.getClass().isArray() && Array.getLength(v) == 1) {
            v = Array.get(v, 0);
        }
        if (v instanceof BigInteger b) {
            return b.doubleValue();
        }
        if (!(v instanceof Number n)) {
            throw new BadInputException("attribute " + name + " of " + node.getPath() + " is not a number");
        }
        return n.doubleValue();
    }
}
