package org.neurite.cli.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.record.TraceRecord;
import org.neurite.cli.plot.Figure;
import org.neurite.cli.plot.LinePanel;
import org.neurite.cli.plot.Palette;
import org.neurite.cli.plot.RasterPanel;

/**
 * Step 2 of the demo: the figure ntwk users know — afferent input rate, spike raster (excitatory
 * green, inhibitory red), V_m of a few cells, population rates (with the mean-field prediction
 * dashed when there is one) — as one PNG.
 */
final class NetworkFigure {
    private NetworkFigure() {
    }

    /** A population rate on its bin centres: {t [ms], rate [Hz]}. */
    record Rate(String name, double[] tMs, double[] hz) {
        static Rate of(String name, double[] deviceOutput) {
            double t0 = deviceOutput[0];
            double bin = deviceOutput[1];
            int n = deviceOutput.length - 2;
            double[] t = new double[n];
            double[] r = new double[n];
            for (int k = 0; k < n; k++) {
                t[k] = t0 + (k + 0.5) * bin;
                r[k] = deviceOutput[k + 2];
            }
            return new Rate(name, t, r);
        }
    }

    /**
     * @param input afferent rate {times, values}
     * @param spikes spikes by population (excitatory first)
     * @param sizes neurons per population
     * @param traces recorded V traces
     * @param rates population rates by population name
     * @param meanField mean-field rates by population name {t, rate}, or empty
     * @param tStopMs end of the simulation [ms]
     */
    static void write(Path png, double[][] input, List<SpikeRecord> spikes, Map<String, Integer> sizes,
                      List<TraceRecord> traces, Map<String, Rate> rates, Map<String, double[][]> meanField, double tStopMs) {
        LinePanel in = new LinePanel("afferent input (AffExc)", "time (ms)", "rate (Hz)")
                .line("AffExc", input[0], input[1], Palette.AFFERENT).xRange(0, tStopMs).noLegend();
        RasterPanel raster = new RasterPanel("spikes").timeRange(0, tStopMs);
        for (SpikeRecord r : spikes) {
            int n = sizes.getOrDefault(r.population(), 0);
            boolean exc = r.population().toLowerCase(java.util.Locale.ROOT).contains("exc");
            // ntwk shows a fixed share of each population; 10 % keeps the raster readable
            raster.population(r.population(), r, Math.max(1, n / 10), exc ? Palette.EXCITATORY : Palette.INHIBITORY);
        }
        LinePanel vm = new LinePanel("membrane potential of 2 cells per population (green excitatory, red inhibitory)",
                "time (ms)", "V (mV)").xRange(0, tStopMs).noLegend();
        for (TraceRecord t : traces) {
            boolean exc = t.population().toLowerCase(java.util.Locale.ROOT).contains("exc");
            double[] time = t.timesMs();
            for (int j = 0; j < Math.min(2, t.nodeCount()); j++) {
                vm.line(t.population() + " " + t.nodeIds()[j], time, t.column(j), exc ? Palette.EXCITATORY : Palette.INHIBITORY);
            }
        }
        LinePanel pop = new LinePanel("population rates (5 ms bins)" + (meanField.isEmpty() ? "" : "; dashed: mean field"),
                "time (ms)", "rate (Hz)").xRange(0, tStopMs);
        for (Rate r : rates.values()) {
            boolean exc = r.name().toLowerCase(java.util.Locale.ROOT).contains("exc");
            pop.line(r.name(), r.tMs(), r.hz(), exc ? Palette.EXCITATORY : Palette.INHIBITORY);
        }
        for (Map.Entry<String, double[][]> e : meanField.entrySet()) {
            boolean exc = e.getKey().toLowerCase(java.util.Locale.ROOT).contains("exc");
            pop.dashed(e.getKey() + " (mean field)", e.getValue()[0], e.getValue()[1], exc ? Palette.EXCITATORY.darker() : Palette.INHIBITORY.darker());
        }
        new Figure(1000).add(in, 170).add(raster, 340).add(vm, 240).add(pop, 260).writePng(png);
    }
}
