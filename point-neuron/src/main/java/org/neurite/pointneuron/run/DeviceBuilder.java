package org.neurite.pointneuron.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.neurite.channels.input.CurrentSource;
import org.neurite.channels.input.ExplicitSource;
import org.neurite.channels.input.RateWaveform;
import org.neurite.channels.input.SpikeSource;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.channels.spi.CurrentSourcePlugin;
import org.neurite.channels.spi.Plugins;
import org.neurite.channels.spi.SpikeSourcePlugin;
import org.neurite.pointneuron.build.NeuralGroup;
import org.neurite.pointneuron.build.NodeMap;
import org.neurite.pointneuron.build.PortMap;
import org.neurite.pointneuron.config.DeviceTypes;
import org.neurite.pointneuron.build.Projection;
import org.neurite.pointneuron.config.NetworkConfig;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.config.Waveforms;
import org.neurite.pointneuron.device.CurrentInput;
import org.neurite.pointneuron.device.Multimeter;
import org.neurite.pointneuron.device.PoissonDrive;
import org.neurite.pointneuron.device.SpikeRecorder;
import org.neurite.pointneuron.device.SpikeTrainInput;
import org.neurite.pointneuron.sim.Population;
import org.neurite.pointneuron.sim.Probe;
import org.neurite.pointneuron.sim.StepInput;
import org.neurite.pointneuron.sim.WeightRecorder;

/**
 * Makes the devices of a network description: generators as {@link StepInput}s per target block
 * (a device whose targets span blocks becomes one input per block), recorders as {@link Probe}s.
 */
final class DeviceBuilder {
    /** The port map of a target block for a receptor name (null: the model's own rule). */
    interface PortResolver {
        PortMap get(int block, String receptor, String where);
    }

    /** A population_rate device: which record, how many neurons, the bin. */
    record RateDevice(String name, SpikeRecorder recorder, int neurons, double binMs, double startMs) {
    }

    private final NetworkConfig config;
    private final List<Population> pops;
    private final NodeMap nodes;
    private final RandomStreams streams;
    private final double dt;
    private final PortResolver ports;
    final List<SpikeRecorder> spikeRecorders = new ArrayList<>();
    final List<Multimeter> multimeters = new ArrayList<>();
    final List<RateDevice> rateDevices = new ArrayList<>();
    final List<WeightRecorder> weightRecorders = new ArrayList<>();
    private final List<Projection> projections;

    DeviceBuilder(NetworkConfig config, List<Population> pops, NodeMap nodes, RandomStreams streams, PortResolver ports,
                  List<Projection> projections) {
        this.projections = projections;
        this.config = config;
        this.pops = pops;
        this.nodes = nodes;
        this.streams = streams;
        this.dt = config.dtMs();
        this.ports = ports;
    }

    private static String where(JsonValue v) {
        return v.file() + ":" + v.line() + ": " + v.path();
    }

    /** Splits global ids by block: [block] → sorted local indices (and the global ids alike). */
    Map<Integer, int[][]> byBlock(int[] ids) {
        Map<Integer, List<int[]>> m = new LinkedHashMap<>();
        for (int id : ids) {
            m.computeIfAbsent(nodes.block(id), k -> new ArrayList<>()).add(new int[] {nodes.local(id), id});
        }
        Map<Integer, int[][]> out = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<int[]>> e : m.entrySet()) {
            List<int[]> l = e.getValue();
            l.sort((a, b) -> Integer.compare(a[0], b[0]));
            int[] local = new int[l.size()];
            int[] global = new int[l.size()];
            for (int k = 0; k < l.size(); k++) {
                local[k] = l.get(k)[0];
                global[k] = l.get(k)[1];
            }
            out.put(e.getKey(), new int[][] {local, global});
        }
        return out;
    }

    private int deviceDelay(JsonValue d) {
        double delay = d.getDouble("delay", dt);
        if (!(delay >= 0)) {
            throw d.get("delay").error("must be >= 0 [ms], got " + delay);
        }
        long s = Math.round(delay / dt);
        if (delay > 0 && delay < dt * (1 - 1e-9)) {
            throw d.get("delay").error("must be 0 or at least one step (dt = " + dt + " ms), got " + delay);
        }
        return (int) s;
    }

    /** Builds one device: its inputs go to {@code inputs}, its recorders to {@code probes}. */
    void build(NetworkConfig.Device dev, List<StepInput> inputs, List<Probe> probes) {
        JsonValue d = dev.config();
        String type = dev.type();
        String where = where(d);
        try {
            switch (type) {
                case "poisson_generator": {
                    RateWaveform rate = d.has("rate") ? Waveforms.fromJson(d.get("rate")) : failMissing(d, "rate");
                    double nSources = d.getDouble("n_sources", 1.0);
                    if (!(nSources >= 0)) {
                        throw d.get("n_sources").error("must be >= 0, got " + nSources);
                    }
                    if (nSources != 1.0) {
                        rate = rate.scaled(nSources);
                    }
                    double start = d.getDouble("start", 0.0);
                    double stop = d.getDouble("stop", Double.POSITIVE_INFINITY);
                    String mode = d.getString("mode", "poisson");
                    if (!mode.equals("poisson") && !mode.equals("bernoulli")) {
                        throw d.get("mode").error("must be \"poisson\" or \"bernoulli\", got \"" + mode + "\"");
                    }
                    double w = d.getDouble("weight", 1.0);
                    int delay = deviceDelay(d);
                    String receptor = d.getString("receptor", null);
                    for (Map.Entry<Integer, int[][]> e : byBlock(dev.targets()).entrySet()) {
                        int b = e.getKey();
                        PortMap pm = ports.get(b, receptor, where);
                        PoissonDrive drive = new PoissonDrive(b, e.getValue()[0], e.getValue()[1], rate, start, stop, delay, dt,
                                pm.port(w), pm.value(w), mode.equals("poisson") ? PoissonDrive.Mode.POISSON : PoissonDrive.Mode.BERNOULLI,
                                streams, "drive:" + dev.name());
                        drive.bind(pops.get(b).block().portInput());
                        inputs.add(drive);
                    }
                    break;
                }
                case "spike_generator":
                case "spike_source": {
                    double w = d.getDouble("weight", 1.0);
                    int delay = deviceDelay(d);
                    String receptor = d.getString("receptor", null);
                    for (Map.Entry<Integer, int[][]> e : byBlock(dev.targets()).entrySet()) {
                        int b = e.getKey();
                        int n = e.getValue()[0].length;
                        SpikeSource src;
                        if (type.equals("spike_generator")) {
                            JsonValue st = d.require("spike_times");
                            boolean perTarget = !st.elements().isEmpty() && st.elements().get(0).isArray();
                            double[][] times;
                            if (perTarget) {
                                times = new double[st.size()][];
                                for (int k = 0; k < times.length; k++) {
                                    times[k] = st.elements().get(k).asDoubleArray();
                                }
                            } else {
                                times = new double[][] {st.asDoubleArray()};
                            }
                            src = new ExplicitSource(times);
                        } else {
                            JsonValue s = d.require("source");
                            SpikeSourcePlugin plugin = Plugins.find(SpikeSourcePlugin.class, s.require("type").asString());
                            src = plugin.create(d.getBoolean("per_target", true) ? n : 1, s, streams, dev.name().hashCode() * 31L + b);
                        }
                        PortMap pm = ports.get(b, receptor, where);
                        SpikeTrainInput in = new SpikeTrainInput(b, e.getValue()[0], src, config.tstopMs(), dt, delay, pm.port(w), pm.value(w),
                                pops.get(b).block().spikeStampOffset());
                        in.bind(pops.get(b).block().portInput());
                        inputs.add(in);
                    }
                    break;
                }
                case "spike_recorder": {
                    SpikeRecorder r = recorder(dev);
                    spikeRecorders.add(r);
                    probes.add(r);
                    break;
                }
                case "population_rate": {
                    SpikeRecorder r = recorder(dev);
                    double bin = d.getDouble("bin", 5.0);
                    if (!(bin > 0)) {
                        throw d.get("bin").error("must be > 0 [ms], got " + bin);
                    }
                    rateDevices.add(new RateDevice(dev.name(), r, dev.targets().length, bin, d.getDouble("start", 0.0)));
                    probes.add(r);
                    break;
                }
                case DeviceTypes.WEIGHT_RECORDER: {
                    weightRecorders.add(weightRecorder(dev));
                    break;
                }
                case "multimeter": {
                    double interval = d.getDouble("interval", 1.0);
                    int steps = (int) Math.round(interval / dt);
                    if (steps < 1 || Math.abs(steps * dt - interval) > 1e-9 * interval) {
                        throw d.get("interval") == null ? d.error("interval must be a multiple of dt")
                                : d.get("interval").error("must be a whole number of steps (dt = " + dt + " ms), got " + interval);
                    }
                    List<String> vars = d.require("record_from").asStringList();
                    for (Map.Entry<Integer, int[][]> e : byBlock(dev.targets()).entrySet()) {
                        int b = e.getKey();
                        Multimeter m = new Multimeter(pops.get(b).name(), b, pops.get(b).block(), e.getValue()[0], vars, steps, dt);
                        multimeters.add(m);
                        probes.add(m);
                    }
                    break;
                }
                default: {
                    String plugName = DeviceTypes.CURRENT.get(type);
                    CurrentSourcePlugin plugin = Plugins.find(CurrentSourcePlugin.class, plugName);
                    JsonValue params = d.require("params");
                    boolean perTarget = d.getBoolean("per_target", false);
                    int delay = deviceDelay(d);
                    long sourceId = dev.name().hashCode();
                    for (Map.Entry<Integer, int[][]> e : byBlock(dev.targets()).entrySet()) {
                        int b = e.getKey();
                        int n = perTarget ? e.getValue()[0].length : 1;
                        long id = sourceId * 31L + b;
                        Supplier<CurrentSource> f = () -> plugin.create(n, params, streams, id);
                        CurrentInput in = new CurrentInput(b, e.getValue()[0], f, dt, delay);
                        in.bind(pops.get(b).block().currentInput());
                        inputs.add(in);
                    }
                }
            }
        } catch (BadInputException ex) {
            String msg = ex.getMessage();
            if (msg.startsWith(String.valueOf(d.file()))) {
                throw ex;
            }
            throw d.error("device " + dev.name() + ": " + msg);
        }
    }

    private static RateWaveform failMissing(JsonValue d, String key) {
        throw d.error("missing key \"" + key + "\"");
    }

    /** A weight recorder on the projections of the device's pathway, with masks from its senders and targets. */
    private WeightRecorder weightRecorder(NetworkConfig.Device dev) {
        String pathway = dev.targetName();
        for (WeightRecorder other : weightRecorders) {
            if (other.pathway().equals(pathway)) {
                throw dev.config().get("pathway").error("the pathway \"" + pathway + "\" is already recorded by the weight_recorder "
                        + other.name() + " (one per pathway)");
            }
        }
        int[][] ids = NetworkFile.recordedIds(dev, config.population(), config.connections());
        List<Projection> mine = new ArrayList<>();
        List<boolean[]> sourceMask = new ArrayList<>();
        List<boolean[]> targetMask = new ArrayList<>();
        for (Projection p : projections) {
            if (p.pathway().equals(pathway)) {
                mine.add(p);
                sourceMask.add(mask(ids[0], p.preBlock()));
                targetMask.add(mask(ids[1], p.postBlock()));
            }
        }
        return new WeightRecorder(dev.name(), pathway, mine, sourceMask, targetMask);
    }

    /** Which neurons of block b are among the global ids (null when no ids are given: all). */
    private boolean[] mask(int[] ids, int b) {
        if (ids.length == 0) {
            return null;
        }
        boolean[] m = new boolean[pops.get(b).size()];
        for (int id : ids) {
            if (nodes.block(id) == b) {
                m[nodes.local(id)] = true;
            }
        }
        return m;
    }

    private SpikeRecorder recorder(NetworkConfig.Device dev) {
        int[][] out = new int[pops.size()][];
        String[] names = dev.targetName().split(",");
        boolean oneGroup = names.length == 1 && config.population().group(names[0]) instanceof NeuralGroup;
        for (int id : dev.targets()) {
            int b = nodes.block(id);
            if (out[b] == null) {
                out[b] = new int[pops.get(b).size()];
                Arrays.fill(out[b], -1);
            }
            out[b][nodes.local(id)] = oneGroup ? nodes.local(id) : id;
        }
        String name = names.length == 1 ? names[0] : dev.name();
        return new SpikeRecorder(name, out);
    }

}
