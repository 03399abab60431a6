package org.neurite.cli.plot;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.record.TraceRecord;

/**
 * The network figure ntwk users know — afferent input rate, spike raster (excitatory green,
 * inhibitory red), V_m of a few cells, population rates (with a mean-field prediction dashed when
 * there is one). The panels are built here for both the demo and {@code neurite plot network}.
 * Times in ms, rates in Hz, potentials in mV.
 */
public final class NetworkFigure {
    private NetworkFigure() {
    }

    /** A population rate on its bin centres: {t [ms], rate [Hz]}. */
    public record Rate(String name, double[] tMs, double[] hz) {
        /**
         * @param deviceOutput {start [ms], bin [ms], rate of each bin [Hz]...} as a population_rate
         *                     device gives it
         */
        public static Rate of(String name, double[] deviceOutput) {
            return of(name, deviceOutput[0], deviceOutput[1], java.util.Arrays.copyOfRange(deviceOutput, 2, deviceOutput.length));
        }

        /** Rates of consecutive bins from {@code startMs}, each {@code binMs} wide. */
        public static Rate of(String name, double startMs, double binMs, double[] hz) {
            double[] t = new double[hz.length];
            for (int k = 0; k < hz.length; k++) {
                t[k] = startMs + (k + 0.5) * binMs;
            }
            return new Rate(name, t, hz.clone());
        }
    }

    /** ntwk's naming convention: a population is excitatory when its name contains "exc". */
    public static boolean namedExcitatory(String population) {
        return population.toLowerCase(Locale.ROOT).contains("exc");
    }

    /** The demo's colouring: green when {@link #namedExcitatory}, else red. */
    public static Color byName(String population) {
        return namedExcitatory(population) ? Palette.EXCITATORY : Palette.INHIBITORY;
    }

    /** The afferent input rate {times [ms], values [Hz]}. */
    public static LinePanel input(double[][] input, double t0, double t1) {
        return new LinePanel("afferent input (AffExc)", "time (ms)", "rate (Hz)")
                .line("AffExc", input[0], input[1], Palette.AFFERENT).xRange(t0, t1).noLegend();
    }

    /**
     * The raster of every population, stacked in list order.
     *
     * @param sizes neurons per population (a population missing here shows the ids it fired with)
     * @param share fraction of each population shown (ntwk shows a fixed share; 1 shows everyone)
     */
    public static RasterPanel raster(List<SpikeRecord> spikes, Map<String, Integer> sizes, Function<String, Color> colour,
                                     double share, double t0, double t1) {
        RasterPanel raster = new RasterPanel("spikes").timeRange(t0, t1);
        for (SpikeRecord r : spikes) {
            int n = sizes.getOrDefault(r.population(), maxId(r) + 1);
            raster.population(r.population(), r, Math.max(1, (int) Math.round(n * share)), colour.apply(r.population()));
        }
        return raster;
    }

    private static int maxId(SpikeRecord r) {
        int m = -1;
        for (int k = 0; k < r.size(); k++) {
            m = Math.max(m, r.nodeId(k));
        }
        return m;
    }

    /**
     * Membrane potential of the first {@code perPopulation} recorded cells of each trace.
     */
    public static LinePanel membrane(List<TraceRecord> traces, Function<String, Color> colour, int perPopulation, double t0, double t1) {
        LinePanel vm = new LinePanel("membrane potential of " + perPopulation + " cells per population (green excitatory, red inhibitory)",
                "time (ms)", "V (mV)").xRange(t0, t1).noLegend();
        for (TraceRecord t : traces) {
            double[] time = t.timesMs();
            for (int j = 0; j < Math.min(perPopulation, t.nodeCount()); j++) {
                vm.line(t.population() + " " + t.nodeIds()[j], time, t.column(j), colour.apply(t.population()));
            }
        }
        return vm;
    }

    /**
     * Population rates, and mean-field rates {t [ms], rate [Hz]} by population dashed (darker).
     */
    public static LinePanel rates(Collection<Rate> rates, Map<String, double[][]> meanField, Function<String, Color> colour,
                                  double t0, double t1) {
        String bins = rates.isEmpty() || rates.iterator().next().tMs().length < 2 ? ""
                : " (" + fmt(rates.iterator().next().tMs()[1] - rates.iterator().next().tMs()[0]) + " ms bins)";
        LinePanel pop = new LinePanel("population rates" + bins + (meanField.isEmpty() ? "" : "; dashed: mean field"),
                "time (ms)", "rate (Hz)").xRange(t0, t1);
        for (Rate r : rates) {
            pop.line(r.name(), r.tMs(), r.hz(), colour.apply(r.name()));
        }
        for (Map.Entry<String, double[][]> e : meanField.entrySet()) {
            pop.dashed(e.getKey() + " (mean field)", e.getValue()[0], e.getValue()[1], colour.apply(e.getKey()).darker());
        }
        return pop;
    }

    /** Bins of the final-weight histograms. */
    static final int WEIGHT_BINS = 40;

    /**
     * The final weights of one plastic pathway as a histogram ({@link #WEIGHT_BINS} bins from 0 to the
     * largest weight, or from the most negative one to 0): green for positive (excitatory) weights,
     * red for negative (inhibitory) ones.
     */
    static LinePanel weightHistogram(String pathway, double[] weights) {
        WeightHistogram h = WeightHistogram.of(weights, WEIGHT_BINS);
        double[][] o = h.outline();
        Color c = h.lo() < 0 ? Palette.INHIBITORY : Palette.EXCITATORY;
        return new LinePanel("final weights of " + pathway + " (" + weights.length + " synapses)", "weight (nS, pA or mV as the port)",
                "synapses").filled(pathway, o[0], o[1], c).xRange(h.lo(), h.hi()).noLegend();
    }

    /**
     * The mean weight of the synapses each weight_recorder recorded, against time (each synapse
     * counted with its latest recorded weight from its first event on), one colour of the cycle per
     * recorder.
     */
    static LinePanel recordedWeights(Map<String, NetworkResults.RecordedWeights> recorders, double t0, double t1) {
        LinePanel p = new LinePanel("mean weight of the recorded synapses (weight_recorder)", "time (ms)", "mean weight").xRange(t0, t1);
        int k = 0;
        for (Map.Entry<String, NetworkResults.RecordedWeights> e : recorders.entrySet()) {
            double[][] m = e.getValue().meanWeight();
            p.line(e.getKey(), m[0], m[1], Palette.cycle(k++));
        }
        return p;
    }

    private static String fmt(double v) {
        return new java.text.DecimalFormat("0.###", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /**
     * The demo's figure: input, raster (10 % of each population), V_m of 2 cells per population,
     * rates with the mean field, over [0, tStop].
     *
     * @param input afferent rate {times, values}
     * @param spikes spikes by population (excitatory first)
     * @param sizes neurons per population
     * @param traces recorded V traces
     * @param rates population rates by population name
     * @param meanField mean-field rates by population name {t, rate}, or empty
     * @param tStopMs end of the simulation [ms]
     */
    public static void write(Path png, double[][] input, List<SpikeRecord> spikes, Map<String, Integer> sizes,
                             List<TraceRecord> traces, Map<String, Rate> rates, Map<String, double[][]> meanField, double tStopMs) {
        Function<String, Color> exc = NetworkFigure::byName;
        new Figure(1000).add(input(input, 0, tStopMs), 170)
                .add(raster(spikes, sizes, exc, 0.1, 0, tStopMs), 340)
                .add(membrane(traces, exc, 2, 0, tStopMs), 240)
                .add(rates(rates.values(), meanField, exc, 0, tStopMs), 260).writePng(png);
    }
}
