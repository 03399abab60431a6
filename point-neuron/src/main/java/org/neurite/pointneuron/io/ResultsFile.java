package org.neurite.pointneuron.io;

import java.nio.file.Path;
import java.util.Map;
import org.neurite.channels.record.Hdf5Group;
import org.neurite.channels.record.SonataSpikes;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.record.TraceRecord;
import org.neurite.pointneuron.run.Network;

/**
 * Writes a network's results as one HDF5 file, whole or not at all: spikes in the SONATA layout
 * ({@code /spikes/<population>/timestamps} [ms], {@code node_ids}), multimeter traces under
 * {@code /traces}, population rates under {@code /rates/<name>} ({@code rate_Hz}, attributes
 * {@code start_ms}, {@code bin_ms}), and as root attributes the whole configuration (JSON text),
 * the seed, dt, tstop, the source file, the neurite version and the number of node ids of each
 * spike population ({@code spike_population_names}, {@code spike_population_sizes}; see
 * {@link SonataSpikes#addPopulationSizes}); a recorder of several groups also gets the group of each
 * of its node ids ({@code /spikes/<population>/node_group}, attribute {@code group_names}; see
 * {@link SonataSpikes#addNodeGroups}). The final weights of plastic (stdp) pathways go to
 * {@code /weights/<pathway>/{source, target, weight}} (global node ids as uint64, weights as
 * float64 with attribute {@code units} "as the target port"; a "/" in the pathway name becomes
 * "_"); a pathway without synapses has no group and is listed in the root attribute
 * {@code empty_weight_pathways}. What each weight_recorder recorded goes to
 * {@code /weight_recorder/<name>/{times [ms], senders, targets (global node ids, uint64), weights}}
 * (group attribute {@code pathway}); a recorder without events is listed in the root attribute
 * {@code empty_weight_recorders}.
 */
public final class ResultsFile {
    private ResultsFile() {
    }

    /**
     * @param network a network after its run
     * @param file target path
     * @param version neurite version
     */
    public static void write(Network network, Path file, String version) {
        Hdf5Group root = Hdf5Group.root();
        root.attribute("neurite_version", version);
        root.attribute("seed", network.config().seed());
        root.attribute("dt_ms", network.config().dtMs());
        root.attribute("tstop_ms", network.simulation().timeMs());
        root.attribute("config_file", String.valueOf(network.config().source()));
        root.attribute("parameters", network.config().document() == null ? "{}" : network.config().document().toString());
        for (SpikeRecord r : network.spikeRecords()) {
            SonataSpikes.add(root, r);
        }
        SonataSpikes.addPopulationSizes(root, network.spikePopulationSizes());
        network.spikePopulationGroups().forEach((pop, groups) -> SonataSpikes.addNodeGroups(root, pop, groups));
        for (TraceRecord t : network.traces()) {
            t.addTo(root);
        }
        for (Map.Entry<String, double[]> e : network.populationRates().entrySet()) {
            double[] v = e.getValue();
            Hdf5Group g = root.group("rates").group(e.getKey());
            g.attribute("start_ms", v[0]);
            g.attribute("bin_ms", v[1]);
            if (v.length > 2) {
                double[] r = new double[v.length - 2];
                System.arraycopy(v, 2, r, 0, r.length);
                g.dataset("rate_Hz", r, Map.of("units", "Hz"));
            }
        }
        writeEach(root, "weights", "empty_weight_pathways", network.plasticWeights(), w -> w.size(), (g, w) -> {
            g.unsignedDataset("source", w.source(), Map.of());
            g.unsignedDataset("target", w.target(), Map.of());
            g.dataset("weight", w.weight(), Map.of("units", "as the target port (nS, pA or mV)"));
        });
        writeEach(root, "weight_recorder", "empty_weight_recorders", network.weightRecords(), e -> e.size(), (g, e) -> {
            g.attribute("pathway", e.pathway());
            g.dataset("times", e.times(), Map.of("units", "ms"));
            g.unsignedDataset("senders", e.senders(), Map.of());
            g.unsignedDataset("targets", e.targets(), Map.of());
            g.dataset("weights", e.weights(), Map.of("units", "as the target port (nS, pA or mV)"));
        });
        root.writeTo(file);
    }

    /**
     * Writes each named item under {@code /<group>/<name>} ('/' in a name becomes '_'); items of size 0
     * cannot be stored as HDF5 datasets, so their names go to the root attribute {@code emptyAttribute}.
     */
    private static <T> void writeEach(Hdf5Group root, String group, String emptyAttribute, Map<String, T> items,
                                      java.util.function.ToIntFunction<T> size, java.util.function.BiConsumer<Hdf5Group, T> write) {
        java.util.List<String> empty = new java.util.ArrayList<>();
        items.forEach((name, item) -> {
            if (size.applyAsInt(item) == 0) {
                empty.add(name);
            } else {
                write.accept(root.group(group).group(name.replace('/', '_')), item);
            }
        });
        if (!empty.isEmpty()) {
            root.attribute(emptyAttribute, empty.toArray(new String[0]));
        }
    }
}
