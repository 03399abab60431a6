package org.neurite.channels.record;

import io.jhdf.HdfFile;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.channels.io.BadInputException;

/**
 * Spikes in the SONATA layout (Dai et al., PLoS Comput Biol 16:e1007696, 2020), which NEST,
 * NEURON/BMTK, Arbor and h5py users read:
 * <pre>
 *   /spikes/&lt;population&gt;/timestamps   float64 [ms], attribute units = "ms"
 *   /spikes/&lt;population&gt;/node_ids     uint64
 *   /spikes/&lt;population&gt;  attributes sorting = "by_time" | "by_id" | "none", n_spikes (int64)
 * </pre>
 * A population that fired no spike has no group (the HDF5 writer can store neither a zero-length
 * dataset nor, safely, an empty group); its name is listed in the root attribute
 * {@value #EMPTY_POPULATIONS} (a string array), and {@link #read} returns it as an empty record.
 */
public final class SonataSpikes {
    private SonataSpikes() {
    }

    /** Root attribute listing the recorded populations that fired no spike. */
    public static final String EMPTY_POPULATIONS = "empty_spike_populations";
    /** Root attribute: names of the recorded populations whose node-id range is known (neurite's own). */
    public static final String POPULATION_NAMES = "spike_population_names";
    /** Root attribute: for each name of {@link #POPULATION_NAMES}, the number of node ids (ids 0 … n−1). */
    public static final String POPULATION_SIZES = "spike_population_sizes";

    /**
     * Records how many node ids each spike population has (SONATA spike files do not say; a
     * replay needs it to know the neurons that never fired), as the root attributes
     * {@value #POPULATION_NAMES} and {@value #POPULATION_SIZES}.
     *
     * @param root the file's root group
     * @param sizes number of node ids per population name
     */
    public static void addPopulationSizes(Hdf5Group root, Map<String, Integer> sizes) {
        if (sizes.isEmpty()) {
            return;
        }
        String[] names = sizes.keySet().toArray(new String[0]);
        long[] n = new long[names.length];
        for (int k = 0; k < names.length; k++) {
            n[k] = sizes.get(names[k]);
        }
        root.attribute(POPULATION_NAMES, names);
        root.attribute(POPULATION_SIZES, n);
    }

    /**
     * The node-id counts written by {@link #addPopulationSizes}, or an empty map for files that do
     * not carry them (other tools' spike files).
     */
    public static Map<String, Integer> populationSizes(Path file) {
        try (HdfFile f = Hdf5Reading.open(file)) {
            Map<String, Integer> out = new LinkedHashMap<>();
            io.jhdf.api.Attribute names = f.getAttribute(POPULATION_NAMES);
            io.jhdf.api.Attribute sizes = f.getAttribute(POPULATION_SIZES);
            if (names == null || sizes == null) {
                return out;
            }
            Object nv = names.getData();
            String[] n = nv instanceof String[] a ? a : new String[] {String.valueOf(nv)};
            Object sv = sizes.getData();
            int len = sv != null && sv.getClass().isArray() ? java.lang.reflect.Array.getLength(sv) : 1;
            if (len != n.length) {
                throw BadInputException.at(file.toString(), 0, "attributes " + POPULATION_NAMES + " and " + POPULATION_SIZES
                        + " differ in length (" + n.length + " vs " + len + ")");
            }
            for (int k = 0; k < n.length; k++) {
                Object v = sv.getClass().isArray() ? java.lang.reflect.Array.get(sv, k) : sv;
                long size = v instanceof Number num ? num.longValue() : -1;
                if (size < 0 || size > Integer.MAX_VALUE) {
                    throw BadInputException.at(file.toString(), 0, POPULATION_SIZES + "[" + k + "] = " + v + " is not a population size");
                }
                out.put(n[k], (int) size);
            }
            return out;
        }
    }

    /** Dataset under {@code /spikes/<population>} giving each node id's group index (−1: none). */
    public static final String NODE_GROUP = "node_group";
    /** Attribute of {@code /spikes/<population>} naming the groups {@value #NODE_GROUP} indexes. */
    public static final String GROUP_NAMES = "group_names";

    /**
     * The groups a spike population spans (one recorder of several neuron groups): group names and,
     * per node id, the index of its group in {@code names} (−1 for an id no neuron has).
     *
     * @param names group names
     * @param groupOfNode group index per node id
     */
    public record NodeGroups(String[] names, int[] groupOfNode) {
        /** @throws IllegalArgumentException when an index is outside −1 … names.length − 1 */
        public NodeGroups {
            for (int g : groupOfNode) {
                if (g < -1 || g >= names.length) {
                    throw new IllegalArgumentException("group index " + g + " outside -1.." + (names.length - 1));
                }
            }
        }

        /**
         * Splits a record of this population into one record per group, each named after its group
         * and numbered by rank within the group (the k-th node id of the group becomes node k), so
         * that every group draws and counts like a population of its own.
         *
         * @return the records in group order; a node id beyond the mapping is a bad input
         */
        public List<SpikeRecord> split(SpikeRecord r, String where) {
            int[] rank = new int[groupOfNode.length];
            int[] size = sizes();
            int[] next = new int[names.length];
            for (int id = 0; id < groupOfNode.length; id++) {
                int g = groupOfNode[id];
                rank[id] = g < 0 ? -1 : next[g]++;
            }
            List<SpikeRecord> out = new ArrayList<>();
            for (int g = 0; g < names.length; g++) {
                out.add(new SpikeRecord(names[g], Math.max(16, size[g])));
            }
            for (int k = 0; k < r.size(); k++) {
                int id = r.nodeId(k);
                if (id < 0 || id >= groupOfNode.length || groupOfNode[id] < 0) {
                    throw BadInputException.at(where, 0, "/spikes/" + r.population() + ": node id " + id
                            + " belongs to none of its groups " + String.join(", ", names));
                }
                out.get(groupOfNode[id]).add(rank[id], r.timeMs(k));
            }
            return out;
        }

        /** Number of node ids in each group. */
        public int[] sizes() {
            int[] n = new int[names.length];
            for (int g : groupOfNode) {
                if (g >= 0) {
                    n[g]++;
                }
            }
            return n;
        }
    }

    /**
     * Writes the groups of a spike population already added with {@link #add} (nothing to write
     * when it has no spikes: there is nothing to split).
     */
    public static void addNodeGroups(Hdf5Group root, String population, NodeGroups groups) {
        if (!root.has("spikes") || !root.group("spikes").has(population)) {
            return;
        }
        Hdf5Group pop = root.group("spikes").group(population);
        pop.attribute(GROUP_NAMES, groups.names());
        pop.dataset(NODE_GROUP, groups.groupOfNode(), Map.of());
    }

    /** The node groups of every spike population that has them, by population name. */
    public static Map<String, NodeGroups> nodeGroups(Path file) {
        try (HdfFile f = Hdf5Reading.open(file)) {
            Map<String, NodeGroups> out = new LinkedHashMap<>();
            Node spikes = f.getChildren().get("spikes");
            if (!(spikes instanceof Group g)) {
                return out;
            }
            for (Node n : g) {
                if (!(n instanceof Group pop) || !pop.getChildren().containsKey(NODE_GROUP)) {
                    continue;
                }
                String base = "/spikes/" + pop.getName();
                io.jhdf.api.Attribute a = pop.getAttribute(GROUP_NAMES);
                Object v = a == null ? null : a.getData();
                String[] names = v instanceof String[] arr ? arr : v == null ? null : new String[] {v.toString()};
                if (names == null) {
                    throw BadInputException.at(file.toString(), 0, base + " has " + NODE_GROUP + " but no attribute " + GROUP_NAMES);
                }
                long[] idx = Hdf5Reading.longs(f, base + "/" + NODE_GROUP);
                int[] groupOf = new int[idx.length];
                for (int k = 0; k < idx.length; k++) {
                    if (idx[k] < -1 || idx[k] >= names.length) {
                        throw BadInputException.at(file.toString(), 0, base + "/" + NODE_GROUP + "[" + k + "] = " + idx[k]
                                + " is not a group index (0.." + (names.length - 1) + " or -1)");
                    }
                    groupOf[k] = (int) idx[k];
                }
                out.put(pop.getName(), new NodeGroups(names, groupOf));
            }
            return out;
        }
    }

    /**
     * Adds one population's spikes to a file tree, sorted by time.
     *
     * @param root the file's root group
     * @param record the spikes (sorted in place)
     */
    public static void add(Hdf5Group root, SpikeRecord record) {
        if (record.size() == 0) {
            Object old = root.attributeValue(EMPTY_POPULATIONS);
            String[] names = old instanceof String[] a ? java.util.Arrays.copyOf(a, a.length + 1) : new String[1];
            names[names.length - 1] = record.population();
            root.attribute(EMPTY_POPULATIONS, names);
            return;
        }
        Hdf5Group pop = root.group("spikes").group(record.population());
        record.sortByTime();
        pop.attribute("sorting", "by_time");
        pop.attribute("n_spikes", (long) record.size());
        int[] ids = record.nodeIds();
        long[] ids64 = new long[ids.length];
        for (int k = 0; k < ids.length; k++) {
            ids64[k] = ids[k];
        }
        pop.dataset("timestamps", record.timesMs(), Map.of("units", "ms"));
        pop.unsignedDataset("node_ids", ids64, Map.of());
    }

    /**
     * Reads every population under /spikes.
     *
     * @param file an HDF5 file in the SONATA spike layout (written by neurite or another tool)
     * @return records by population name, in file order
     */
    public static Map<String, SpikeRecord> read(Path file) {
        try (HdfFile f = Hdf5Reading.open(file)) {
            Map<String, SpikeRecord> out = new LinkedHashMap<>();
            Node spikes = f.getChildren().get("spikes");
            String[] empty = emptyPopulations(f);
            if (spikes == null && empty.length == 0) {
                throw BadInputException.at(file.toString(), 0, "no /spikes group: not a SONATA spike file");
            }
            if (spikes != null) {
                if (!(spikes instanceof Group g)) {
                    throw BadInputException.at(file.toString(), 0, "/spikes is not a group");
                }
                for (Node n : g) {
                    if (n instanceof Group pop) {
                        out.put(pop.getName(), readPopulation(f, file, pop));
                    }
                }
            }
            for (String name : empty) {
                out.putIfAbsent(name, new SpikeRecord(name));
            }
            return out;
        }
    }

    private static String[] emptyPopulations(HdfFile f) {
        io.jhdf.api.Attribute a = f.getAttribute(EMPTY_POPULATIONS);
        if (a == null) {
            return new String[0];
        }
        Object v = a.getData();
        if (v instanceof String[] names) {
            return names;
        }
        return v == null ? new String[0] : new String[] {v.toString()};
    }

    private static SpikeRecord readPopulation(HdfFile f, Path file, Group pop) {
        String base = pop.getPath();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        boolean hasTimes = pop.getChildren().containsKey("timestamps");
        boolean hasIds = pop.getChildren().containsKey("node_ids");
        if (!hasTimes && !hasIds) {
            double n = Hdf5Reading.numberAttribute(pop, "n_spikes", 0);
            if (n != 0) {
                throw BadInputException.at(file.toString(), 0, base + " has n_spikes = " + (long) n + " but no datasets");
            }
            return new SpikeRecord(pop.getName());
        }
        if (!hasTimes || !hasIds) {
            throw BadInputException.at(file.toString(), 0, base + " needs both timestamps and node_ids");
        }
        double[] t = Hdf5Reading.doubles(f, base + "/timestamps");
        long[] ids = Hdf5Reading.longs(f, base + "/node_ids");
        if (t.length != ids.length) {
            throw BadInputException.at(file.toString(), 0, base + ": timestamps and node_ids differ in length (" + t.length + " vs " + ids.length + ")");
        }
        String units = Hdf5Reading.stringAttribute(f.getDatasetByPath(base + "/timestamps"), "units");
        double scale = 1.0;
        if (units != null && units.trim().equals("s")) {
            scale = 1e3;
        } else if (units != null && !units.trim().equals("ms")) {
            throw BadInputException.at(file.toString(), 0, base + "/timestamps has units \"" + units + "\"; expected ms or s");
        }
        int[] ids32 = new int[ids.length];
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] < 0 || ids[k] > Integer.MAX_VALUE) {
                throw BadInputException.at(file.toString(), 0, base + "/node_ids[" + k + "] = " + ids[k] + " out of range");
            }
            ids32[k] = (int) ids[k];
            t[k] *= scale;
        }
        return SpikeRecord.of(pop.getName(), ids32, t);
    }
}
