package org.neurite.channels.record;

import java.util.Arrays;
import java.util.Objects;

/**
 * The spikes of one population: (node id, time) pairs in growable primitive arrays, so recording a
 * spike makes no object. Node ids are 0-based within the population; times are in ms.
 */
public final class SpikeRecord {
    private final String population;
    private int[] ids;
    private double[] times;
    private int size;

    /** An empty record. */
    public SpikeRecord(String population) {
        this(population, 64);
    }

    /** An empty record with room for {@code capacity} spikes before growing. */
    public SpikeRecord(String population, int capacity) {
        this.population = Objects.requireNonNull(population, "population");
        this.ids = new int[Math.max(1, capacity)];
        this.times = new double[Math.max(1, capacity)];
    }

    /** A record holding copies of the given arrays. */
    public static SpikeRecord of(String population, int[] nodeIds, double[] timesMs) {
        if (nodeIds.length != timesMs.length) {
            throw new IllegalArgumentException("node_ids and timestamps differ in length: " + nodeIds.length + " vs " + timesMs.length);
        }
        SpikeRecord r = new SpikeRecord(population, nodeIds.length);
        System.arraycopy(nodeIds, 0, r.ids, 0, nodeIds.length);
        System.arraycopy(timesMs, 0, r.times, 0, timesMs.length);
        r.size = nodeIds.length;
        return r;
    }

    /** Population name. */
    public String population() {
        return population;
    }

    /** Adds one spike. */
    public void add(int nodeId, double timeMs) {
        if (size == ids.length) {
            int cap = ids.length * 2;
            ids = Arrays.copyOf(ids, cap);
            times = Arrays.copyOf(times, cap);
        }
        ids[size] = nodeId;
        times[size] = timeMs;
        size++;
    }

    /** Adds every spike of another record (of any population name). */
    public void addAll(SpikeRecord other) {
        for (int k = 0; k < other.size; k++) {
            add(other.ids[k], other.times[k]);
        }
    }

    /** Number of spikes. */
    public int size() {
        return size;
    }

    /** Node id of spike k. */
    public int nodeId(int k) {
        return ids[k];
    }

    /** Time of spike k [ms]. */
    public double timeMs(int k) {
        return times[k];
    }

    /** A copy of the node ids. */
    public int[] nodeIds() {
        return Arrays.copyOf(ids, size);
    }

    /** A copy of the times [ms]. */
    public double[] timesMs() {
        return Arrays.copyOf(times, size);
    }

    /** Removes every spike. */
    public void clear() {
        size = 0;
    }

    /**
     * Sorts by time, ties by node id (SONATA {@code sorting = "by_time"}). Stable and
     * deterministic.
     */
    public void sortByTime() {
        sort(true);
    }

    /** Sorts by node id, ties by time (SONATA {@code sorting = "by_id"}). */
    public void sortById() {
        sort(false);
    }

    private void sort(boolean byTime) {
        Integer[] order = new Integer[size];
        for (int k = 0; k < size; k++) {
            order[k] = k;
        }
        final int[] id = ids;
        final double[] t = times;
        if (byTime) {
            Arrays.sort(order, (x, y) -> {
                int c = Double.compare(t[x], t[y]);
                return c != 0 ? c : Integer.compare(id[x], id[y]);
            });
        } else {
            Arrays.sort(order, (x, y) -> {
                int c = Integer.compare(id[x], id[y]);
                return c != 0 ? c : Double.compare(t[x], t[y]);
            });
        }
        int[] ni = new int[Math.max(1, size)];
        double[] nt = new double[Math.max(1, size)];
        for (int k = 0; k < size; k++) {
            ni[k] = id[order[k]];
            nt[k] = t[order[k]];
        }
        ids = ni;
        times = nt;
    }

    /** Number of spikes of each node id below n. */
    public int[] countsPerNode(int n) {
        int[] c = new int[n];
        for (int k = 0; k < size; k++) {
            if (ids[k] >= 0 && ids[k] < n) {
                c[ids[k]]++;
            }
        }
        return c;
    }

    /**
     * Spike counts in consecutive bins [t0 + k·bin, t0 + (k+1)·bin) covering [t0, t1); spikes
     * outside are ignored.
     *
     * @param t0Ms start [ms]
     * @param t1Ms end [ms], &gt; t0
     * @param binMs bin width [ms], &gt; 0
     * @return counts per bin (the last bin may extend past t1)
     */
    public int[] countsPerBin(double t0Ms, double t1Ms, double binMs) {
        if (!(binMs > 0) || !(t1Ms > t0Ms)) {
            throw new IllegalArgumentException("need bin > 0 and t1 > t0");
        }
        int bins = (int) Math.ceil((t1Ms - t0Ms) / binMs - 1e-9);
        int[] c = new int[bins];
        for (int k = 0; k < size; k++) {
            double t = times[k];
            if (t >= t0Ms && t < t1Ms) {
                int b = (int) ((t - t0Ms) / binMs);
                c[Math.min(b, bins - 1)]++;
            }
        }
        return c;
    }

    /**
     * Population rate [Hz] per bin: counts / (neurons · bin), the firing rate of an average
     * neuron of the population.
     *
     * @param neurons population size, &gt; 0
     */
    public double[] populationRateHz(int neurons, double t0Ms, double t1Ms, double binMs) {
        int[] c = countsPerBin(t0Ms, t1Ms, binMs);
        double[] r = new double[c.length];
        for (int b = 0; b < c.length; b++) {
            r[b] = c[b] * 1000.0 / (neurons * binMs);
        }
        return r;
    }

    /** Spike times of one node, sorted [ms]. */
    public double[] timesOf(int nodeId) {
        int c = 0;
        for (int k = 0; k < size; k++) {
            if (ids[k] == nodeId) {
                c++;
            }
        }
        double[] out = new double[c];
        int j = 0;
        for (int k = 0; k < size; k++) {
            if (ids[k] == nodeId) {
                out[j++] = times[k];
            }
        }
        Arrays.sort(out);
        return out;
    }
}
