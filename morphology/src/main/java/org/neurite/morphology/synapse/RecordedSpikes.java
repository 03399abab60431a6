package org.neurite.morphology.synapse;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neurite.channels.record.SonataSpikes;
import org.neurite.channels.record.SpikeRecord;

/**
 * The spikes of a network simulation as a replay reads them: every population of a SONATA spike
 * file ({@code neurite network run}'s results.h5, or another tool's file) and, when the file says
 * so ({@link SonataSpikes#populationSizes}), how many node ids each population has.
 */
public final class RecordedSpikes {
    private final Path file;
    private final Map<String, SpikeRecord> spikes;
    private final Map<String, Integer> sizes;

    /**
     * @param file where the spikes came from (for messages and cell.h5)
     * @param spikes records by population name
     * @param sizes node-id counts by population name (may lack populations)
     */
    public RecordedSpikes(Path file, Map<String, SpikeRecord> spikes, Map<String, Integer> sizes) {
        this.file = file;
        this.spikes = new LinkedHashMap<>(spikes);
        this.sizes = new LinkedHashMap<>(sizes);
    }

    /** Reads a SONATA spike file (one clear error naming the file if it is not one). */
    public static RecordedSpikes read(Path file) {
        return new RecordedSpikes(file, SonataSpikes.read(file), SonataSpikes.populationSizes(file));
    }

    public Path file() {
        return file;
    }

    /** Population names, in file order. */
    public java.util.Set<String> populations() {
        return spikes.keySet();
    }

    /** The spikes of a population, or null. */
    public SpikeRecord spikes(String population) {
        return spikes.get(population);
    }

    /** The number of node ids of a population as the file states it, or −1 when it does not. */
    public int size(String population) {
        Integer n = sizes.get(population);
        return n == null ? -1 : n;
    }
}
