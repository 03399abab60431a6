package org.neurite.channels.record;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Samples of one variable (e.g. V_m) of some nodes of a population at a fixed interval, kept in a
 * growable row-major primitive array (row = sample time, column = node). Written to HDF5 as
 * <pre>
 *   /traces/&lt;population&gt;/&lt;variable&gt;/data      float64 [n_samples × n_nodes], attribute units
 *   /traces/&lt;population&gt;/&lt;variable&gt;/time      float64 [ms], attribute units = "ms"
 *   /traces/&lt;population&gt;/&lt;variable&gt;/node_ids  int64
 * </pre>
 */
public final class TraceRecord {
    private final String population;
    private final String variable;
    private final String unit;
    private final int[] nodeIds;
    private final double startMs;
    private final double intervalMs;
    private double[] data;
    private int samples;

    /**
     * @param population population (or cell) name
     * @param variable variable name, e.g. {@code V_m}
     * @param unit unit of the values, e.g. {@code mV}
     * @param nodeIds the recorded nodes
     * @param startMs time of the first sample [ms]
     * @param intervalMs sampling interval [ms], &gt; 0
     */
    public TraceRecord(String population, String variable, String unit, int[] nodeIds, double startMs, double intervalMs) {
        this.population = Objects.requireNonNull(population);
        this.variable = Objects.requireNonNull(variable);
        this.unit = Objects.requireNonNull(unit);
        this.nodeIds = nodeIds.clone();
        if (!(intervalMs > 0)) {
            throw new IllegalArgumentException("interval must be > 0 ms");
        }
        this.startMs = startMs;
        this.intervalMs = intervalMs;
        this.data = new double[Math.max(1, nodeIds.length * 64)];
    }

    public String population() {
        return population;
    }

    public String variable() {
        return variable;
    }

    public String unit() {
        return unit;
    }

    /** A copy of the recorded node ids. */
    public int[] nodeIds() {
        return nodeIds.clone();
    }

    public int nodeCount() {
        return nodeIds.length;
    }

    public double startMs() {
        return startMs;
    }

    public double intervalMs() {
        return intervalMs;
    }

    /** Number of samples so far. */
    public int sampleCount() {
        return samples;
    }

    /** Appends one sample row: values[j] is node j's value (length ≥ nodeCount()). */
    public void addSample(double[] values) {
        int n = nodeIds.length;
        ensure((samples + 1) * n);
        System.arraycopy(values, 0, data, samples * n, n);
        samples++;
    }

    /** Appends one sample row taking values[index[j]] for node j. */
    public void addSample(double[] values, int[] index) {
        int n = nodeIds.length;
        ensure((samples + 1) * n);
        int off = samples * n;
        for (int j = 0; j < n; j++) {
            data[off + j] = values[index[j]];
        }
        samples++;
    }

    private void ensure(int size) {
        if (size > data.length) {
            data = Arrays.copyOf(data, Math.max(size, data.length * 2));
        }
    }

    /** Value of node column j at sample k. */
    public double value(int k, int j) {
        return data[k * nodeIds.length + j];
    }

    /** Time of sample k [ms]. */
    public double timeMs(int k) {
        return startMs + k * intervalMs;
    }

    /** All sample times [ms]. */
    public double[] timesMs() {
        double[] t = new double[samples];
        for (int k = 0; k < samples; k++) {
            t[k] = timeMs(k);
        }
        return t;
    }

    /** The trace of node column j. */
    public double[] column(int j) {
        double[] out = new double[samples];
        for (int k = 0; k < samples; k++) {
            out[k] = data[k * nodeIds.length + j];
        }
        return out;
    }

    /** The samples as [n_samples][n_nodes]. */
    public double[][] matrix() {
        int n = nodeIds.length;
        double[][] m = new double[samples][n];
        for (int k = 0; k < samples; k++) {
            System.arraycopy(data, k * n, m[k], 0, n);
        }
        return m;
    }

    /**
     * Adds this trace to a file tree under /traces/&lt;population&gt;/&lt;variable&gt;. A trace with
     * no sample or no node is not written (the HDF5 writer can store neither empty datasets nor,
     * safely, empty groups).
     */
    public void addTo(Hdf5Group root) {
        if (samples == 0 || nodeIds.length == 0) {
            return;
        }
        Hdf5Group g = root.group("traces").group(population).group(variable);
        g.attribute("units", unit);
        g.attribute("start_ms", startMs);
        g.attribute("interval_ms", intervalMs);
        g.attribute("n_samples", (long) samples);
        long[] ids = new long[nodeIds.length];
        for (int j = 0; j < ids.length; j++) {
            ids[j] = nodeIds[j];
        }
        g.dataset("data", matrix(), Map.of("units", unit));
        g.dataset("time", timesMs(), Map.of("units", "ms"));
        g.dataset("node_ids", ids);
    }
}
