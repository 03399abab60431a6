package org.neurite.channels.record;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import io.jhdf.api.WritableNode;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.neurite.channels.io.AtomicFile;

/**
 * An HDF5 group being assembled in memory: sub-groups, datasets and attributes. jHDF writes a file
 * once, at close, and cannot append; so results are collected here and {@link #writeTo(Path)}
 * writes the whole tree in one go, through a temporary file and a rename (never a half-written
 * file). Two jHDF 0.13 defects are guarded here:
 * <ul>
 *   <li>it cannot write zero-length datasets (and a failed attempt corrupts the file), so empty
 *       arrays are refused with a clear message; callers decide how to represent "nothing";</li>
 *   <li>it writes children in hash order and, after the tree, appends its own version string at the
 *       file position where the last <em>dataset data</em> ended; a group header written after that
 *       point (an empty group, in particular) is overwritten and the file is unreadable by the HDF5
 *       library (h5py, h5dump: "bad object header version number"). A tree without empty groups
 *       always ends with a data write, so {@link #writeTo} refuses trees that contain an empty
 *       group.</li>
 * </ul>
 */
public final class Hdf5Group {
    private final String path;
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private final Map<String, Object> children = new LinkedHashMap<>(); // Hdf5Group or Dataset

    private record Dataset(Object data, boolean unsigned, Map<String, Object> attributes) {
    }

    private Hdf5Group(String path) {
        this.path = path;
    }

    /** A new root group. */
    public static Hdf5Group root() {
        return new Hdf5Group("/");
    }

    /** Path of this group in the file. */
    public String path() {
        return path;
    }

    /** The sub-group of that name, made if absent. */
    public Hdf5Group group(String name) {
        checkName(name);
        Object c = children.get(name);
        if (c instanceof Hdf5Group g) {
            return g;
        }
        if (c != null) {
            throw new IllegalArgumentException(childPath(name) + " is a dataset, not a group");
        }
        Hdf5Group g = new Hdf5Group(childPath(name));
        children.put(name, g);
        return g;
    }

    /** The value of an attribute of this group, or null. */
    public Object attributeValue(String name) {
        return attributes.get(name);
    }

    /** Whether a child (group or dataset) of that name exists. */
    public boolean has(String name) {
        return children.containsKey(name);
    }

    /**
     * Sets an attribute: a String, a boxed number or boolean, or a 1-D primitive or String array.
     */
    public Hdf5Group attribute(String name, Object value) {
        Objects.requireNonNull(value, "attribute " + name);
        checkNotEmpty(value, path + "@" + name);
        attributes.put(name, value);
        return this;
    }

    /**
     * Adds a dataset (a 1-D to 3-D primitive array or a String[]), with optional attributes.
     *
     * @throws IllegalArgumentException if the array is empty (jHDF cannot write it)
     */
    public Hdf5Group dataset(String name, Object data, Map<String, Object> attrs) {
        return put(name, data, false, attrs);
    }

    /** Adds a dataset without attributes. */
    public Hdf5Group dataset(String name, Object data) {
        return put(name, data, false, Map.of());
    }

    /** Adds an integer dataset stored as unsigned (e.g. SONATA node ids, uint64). */
    public Hdf5Group unsignedDataset(String name, Object data, Map<String, Object> attrs) {
        return put(name, data, true, attrs);
    }

    private Hdf5Group put(String name, Object data, boolean unsigned, Map<String, Object> attrs) {
        checkName(name);
        if (children.containsKey(name)) {
            throw new IllegalArgumentException(childPath(name) + " exists already");
        }
        if (!data.getClass().isArray()) {
            throw new IllegalArgumentException(childPath(name) + ": datasets must be arrays");
        }
        checkNotEmpty(data, childPath(name));
        children.put(name, new Dataset(data, unsigned, new LinkedHashMap<>(attrs)));
        return this;
    }

    private static void checkNotEmpty(Object value, String where) {
        if (value.getClass().isArray()) {
            if (Array.getLength(value) == 0) {
                throw new IllegalArgumentException(where + ": HDF5 writer cannot store an empty array");
            }
            Object first = Array.get(value, 0);
            if (first != null && first.getClass().isArray()) {
                checkNotEmpty(first, where);
            }
        }
    }

    private void checkName(String name) {
        if (name.isEmpty() || name.contains("/")) {
            throw new IllegalArgumentException("bad HDF5 name \"" + name + "\" under " + path);
        }
    }

    private String childPath(String name) {
        return path.equals("/") ? "/" + name : path + "/" + name;
    }

    /**
     * Writes this (root) group and everything under it to a file, whole or not at all.
     *
     * @param file the target; replaced if it exists
     */
    public void writeTo(Path file) {
        if (!path.equals("/")) {
            throw new IllegalStateException("only the root group is written to a file");
        }
        if (children.isEmpty()) {
            throw new IllegalStateException("refusing to write " + file + ": it would hold no dataset");
        }
        checkNoEmptyGroup();
        AtomicFile.write(file, tmp -> {
            try (WritableHdfFile f = HdfFile.write(tmp)) {
                fill(f, this);
            }
        });
    }

    private void checkNoEmptyGroup() {
        for (Object c : children.values()) {
            if (c instanceof Hdf5Group g) {
                if (g.children.isEmpty()) {
                    throw new IllegalStateException("HDF5 group " + g.path + " is empty; jHDF 0.13 would corrupt the file "
                            + "(give it a dataset or leave it out)");
                }
                g.checkNoEmptyGroup();
            }
        }
    }

    private static void fill(WritableGroup target, Hdf5Group source) {
        putAttributes(target, source.attributes);
        for (Map.Entry<String, Object> e : source.children.entrySet()) {
            if (e.getValue() instanceof Hdf5Group g) {
                fill(target.putGroup(e.getKey()), g);
            } else {
                Dataset d = (Dataset) e.getValue();
                DatasetCreationOptions opts = d.unsigned
                        ? DatasetCreationOptions.builder().unsigned().build()
                        : DatasetCreationOptions.DEFAULT;
                WritableDataset ds = target.putDataset(e.getKey(), d.data, opts);
                putAttributes(ds, d.attributes);
            }
        }
    }

    private static void putAttributes(WritableNode node, Map<String, Object> attrs) {
        for (Map.Entry<String, Object> a : attrs.entrySet()) {
            node.putAttribute(a.getKey(), a.getValue());
        }
    }
}
