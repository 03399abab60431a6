package org.neurite.cli.plot;

import io.jhdf.HdfFile;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.record.Hdf5Reading;
import org.neurite.channels.record.SonataSpikes;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.record.TraceRecord;

/**
 * What {@code neurite plot network} draws from a results.h5 of {@code neurite network run} (layout
 * in docs/architecture.md, point-neuron io): SONATA spikes, membrane-potential traces
 * ({@code /traces/<population>/V|V_m|v}), population rates ({@code /rates/<name>}), the population
 * sizes and, from the stored configuration, each group's neuron type (+1 excitatory, −1
 * inhibitory). A spike recorder of several groups is split back into its groups (from
 * {@code /spikes/<population>/node_group}). Times in ms, rates in Hz, potentials in mV.
 *
 * @param spikes spikes by population, in file order
 * @param sizes node-id count per spike population (empty when the file does not record them)
 * @param traces membrane-potential traces
 * @param rates population rates (device names without their {@code rate-} prefix)
 * @param neuronTypes neuron type per group name, from the configuration (may be empty)
 * @param tStopMs simulated time [ms] (NaN when not recorded)
 * @param finalWeights final weights per plastic pathway ({@code /weights/<pathway>/weight}; may be empty)
 * @param recordedWeights weight_recorder events per device ({@code /weight_recorder/<name>}; may be empty)
 */
record NetworkResults(List<SpikeRecord> spikes, Map<String, Integer> sizes, List<TraceRecord> traces,
                      List<NetworkFigure.Rate> rates, Map<String, Integer> neuronTypes, double tStopMs,
                      Map<String, double[]> finalWeights, Map<String, RecordedWeights> recordedWeights) {
    /**
     * The events of one weight_recorder: spike time stamps [ms], sender and target node ids, weights.
     */
    record RecordedWeights(double[] times, long[] senders, long[] targets, double[] weights) {
        /**
         * The mean over the recorded synapses (sender–target pairs) of each one's latest recorded
         * weight, after every event: {times, means}. A pair enters the mean at its first event.
         */
        double[][] meanWeight() {
            Map<Long, Integer> index = new HashMap<>();
            double[] latest = new double[times.length];
            double sum = 0;
            double[] mean = new double[times.length];
            for (int k = 0; k < times.length; k++) {
                long key = senders[k] * 4_294_967_296L + targets[k];
                Integer j = index.get(key);
                if (j == null) {
                    j = index.size();
                    index.put(key, j);
                    latest[j] = weights[k];
                    sum += weights[k];
                } else {
                    sum += weights[k] - latest[j];
                    latest[j] = weights[k];
                }
                mean[k] = sum / index.size();
            }
            return new double[][] {times.clone(), mean};
        }
    }

    /** Trace variables that hold the membrane potential. */
    private static final List<String> POTENTIALS = List.of("V", "V_m", "v");

    /**
     * Green for excitatory, red for inhibitory: by the configuration's neuron type of the group of
     * that name, else by ntwk's naming ("exc" or "inh" in the name); blue when neither tells (e.g. a
     * recorder of several groups written by a tool that does not store their node groups).
     */
    java.awt.Color colour(String population) {
        Integer type = neuronTypes.get(population);
        if (type != null && type != 0) {
            return type > 0 ? Palette.EXCITATORY : Palette.INHIBITORY;
        }
        if (NetworkFigure.namedExcitatory(population)) {
            return Palette.EXCITATORY;
        }
        return population.toLowerCase(Locale.ROOT).contains("inh") ? Palette.INHIBITORY : Palette.BLUE;
    }

    /** Total number of spikes in [t0, t1] ms. */
    int spikeCount(double t0, double t1) {
        int n = 0;
        for (SpikeRecord r : spikes) {
            for (int k = 0; k < r.size(); k++) {
                if (r.timeMs(k) >= t0 && r.timeMs(k) <= t1) {
                    n++;
                }
            }
        }
        return n;
    }

    static NetworkResults read(Path file) {
        String name = file.toString();
        List<TraceRecord> traces = new ArrayList<>();
        List<NetworkFigure.Rate> rates = new ArrayList<>();
        Map<String, Integer> types = new HashMap<>();
        Map<String, double[]> finalWeights = new LinkedHashMap<>();
        Map<String, RecordedWeights> recorded = new LinkedHashMap<>();
        boolean hasSpikes;
        double tStop;
        try (HdfFile f = Hdf5Reading.open(file)) {
            String format = Hdf5Reading.stringAttribute(f, "format");
            if (format != null) {
                throw BadInputException.at(name, 0, "is a " + format + " file, not the results of 'neurite network run'");
            }
            Map<String, Node> top = f.getChildren();
            hasSpikes = top.get("spikes") != null || f.getAttribute(SonataSpikes.EMPTY_POPULATIONS) != null;
            if (!hasSpikes && top.get("traces") == null && top.get("rates") == null && top.get("weights") == null) {
                throw BadInputException.at(name, 0, "has no /spikes, /traces or /rates: not the results of 'neurite network run'");
            }
            tStop = Hdf5Reading.numberAttribute(f, "tstop_ms", Double.NaN);
            readTraces(f, top.get("traces"), name, traces);
            readRates(f, top.get("rates"), name, rates);
            readWeights(f, top.get("weights"), finalWeights);
            readRecorders(f, top.get("weight_recorder"), name, recorded);
            String params = Hdf5Reading.stringAttribute(f, "parameters");
            if (params != null && !params.isBlank()) {
                neuronTypes(Json.parse(params, name + " (parameters attribute)"), types);
            }
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw BadInputException.at(name, 0, "unreadable network results: " + e.getMessage());
        }
        List<SpikeRecord> spikes = hasSpikes ? new ArrayList<>(SonataSpikes.read(file).values()) : List.of();
        Map<String, Integer> sizes = new LinkedHashMap<>(SonataSpikes.populationSizes(file));
        if (hasSpikes) {
            spikes = byGroup(spikes, SonataSpikes.nodeGroups(file), sizes, types, name);
        }
        return new NetworkResults(spikes, sizes, traces, rates, types, tStop, finalWeights, recorded);
    }

    /**
     * Splits the spikes of a recorder of several groups into one population per group (so that each
     * is drawn in its group's colour and stacked like a group of its own). A split population takes
     * its group's name, or {@code <recorder>/<group>} when a population of that name is recorded too,
     * and inherits the group's neuron type.
     */
    private static List<SpikeRecord> byGroup(List<SpikeRecord> spikes, Map<String, SonataSpikes.NodeGroups> groups,
                                             Map<String, Integer> sizes, Map<String, Integer> types, String file) {
        if (groups.isEmpty()) {
            return spikes;
        }
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (SpikeRecord r : spikes) {
            taken.add(r.population());
        }
        List<SpikeRecord> out = new ArrayList<>();
        for (SpikeRecord r : spikes) {
            SonataSpikes.NodeGroups g = groups.get(r.population());
            if (g == null) {
                out.add(r);
                continue;
            }
            int[] n = g.sizes();
            List<SpikeRecord> parts = g.split(r, file);
            sizes.remove(r.population());
            for (int k = 0; k < parts.size(); k++) {
                String group = g.names()[k];
                String shown = taken.contains(group) ? r.population() + "/" + group : group;
                SpikeRecord part = parts.get(k);
                SpikeRecord named = shown.equals(group) ? part : SpikeRecord.of(shown, part.nodeIds(), part.timesMs());
                out.add(named);
                sizes.put(shown, n[k]);
                Integer type = types.get(group);
                if (type != null) {
                    types.putIfAbsent(shown, type);
                }
            }
        }
        return out;
    }

    private static void readTraces(HdfFile f, Node traces, String name, List<TraceRecord> out) {
        if (!(traces instanceof Group g)) {
            return;
        }
        for (Node pop : g) {
            if (!(pop instanceof Group pg)) {
                continue;
            }
            for (Node var : pg) {
                if (!(var instanceof Group vg) || !POTENTIALS.contains(vg.getName())) {
                    continue;
                }
                String base = "/traces/" + pg.getName() + "/" + vg.getName();
                double[][] data = Hdf5Reading.matrix(f, base + "/data");
                double[] time = Hdf5Reading.doubles(f, base + "/time");
                long[] ids = Hdf5Reading.longs(f, base + "/node_ids");
                if (data.length != time.length || (data.length > 0 && data[0].length != ids.length)) {
                    throw BadInputException.at(name, 0, base + ": data is " + data.length + " x " + (data.length == 0 ? 0 : data[0].length)
                            + " for " + time.length + " times and " + ids.length + " nodes");
                }
                int[] nodes = new int[ids.length];
                for (int j = 0; j < ids.length; j++) {
                    nodes[j] = Math.toIntExact(ids[j]);
                }
                double interval = time.length > 1 ? time[1] - time[0] : Hdf5Reading.numberAttribute(vg, "interval_ms", 1.0);
                double start = time.length > 0 ? time[0] : 0;
                TraceRecord t = new TraceRecord(pg.getName(), vg.getName(), "mV", nodes, start, interval);
                for (double[] row : data) {
                    t.addSample(row);
                }
                out.add(t);
            }
        }
    }

    private static void readRates(HdfFile f, Node rates, String name, List<NetworkFigure.Rate> out) {
        if (!(rates instanceof Group g)) {
            return;
        }
        for (Node n : g) {
            if (!(n instanceof Group rg) || rg.getChild("rate_Hz") == null) {
                continue;
            }
            double start = Hdf5Reading.numberAttribute(rg, "start_ms", Double.NaN);
            double bin = Hdf5Reading.numberAttribute(rg, "bin_ms", Double.NaN);
            if (!(bin > 0) || Double.isNaN(start)) {
                throw BadInputException.at(name, 0, "/rates/" + rg.getName() + " needs attributes start_ms and bin_ms > 0");
            }
            String pop = rg.getName().replaceFirst("^rate-", "");
            out.add(NetworkFigure.Rate.of(pop, start, bin, Hdf5Reading.doubles(f, "/rates/" + rg.getName() + "/rate_Hz")));
        }
    }

    private static void readWeights(HdfFile f, Node weights, Map<String, double[]> out) {
        if (!(weights instanceof Group g)) {
            return;
        }
        for (Node n : g) {
            if (n instanceof Group wg && wg.getChild("weight") != null) {
                out.put(wg.getName(), Hdf5Reading.doubles(f, "/weights/" + wg.getName() + "/weight"));
            }
        }
    }

    private static void readRecorders(HdfFile f, Node recorders, String name, Map<String, RecordedWeights> out) {
        if (!(recorders instanceof Group g)) {
            return;
        }
        for (Node n : g) {
            if (!(n instanceof Group rg)) {
                continue;
            }
            String base = "/weight_recorder/" + rg.getName() + "/";
            double[] t = Hdf5Reading.doubles(f, base + "times");
            long[] s = Hdf5Reading.longs(f, base + "senders");
            long[] d = Hdf5Reading.longs(f, base + "targets");
            double[] w = Hdf5Reading.doubles(f, base + "weights");
            if (s.length != t.length || d.length != t.length || w.length != t.length) {
                throw BadInputException.at(name, 0, base + ": times, senders, targets and weights differ in length ("
                        + t.length + ", " + s.length + ", " + d.length + ", " + w.length + ")");
            }
            out.put(rg.getName(), new RecordedWeights(t, s, d, w));
        }
    }

    private static void neuronTypes(JsonValue config, Map<String, Integer> out) {
        JsonValue groups = config.isObject() ? config.get("groups") : null;
        if (groups == null || !groups.isArray()) {
            return;
        }
        for (JsonValue g : groups.elements()) {
            if (g.isObject() && g.has("name") && g.has("neuron_type")) {
                out.put(g.require("name").asString(), (int) Math.signum(g.require("neuron_type").asDouble()));
            }
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d spike populations, %d traces, %d rates, %d weight pathways, %d weight recorders",
                spikes.size(), traces.size(), rates.size(), finalWeights.size(), recordedWeights.size());
    }
}
