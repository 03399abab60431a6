package org.neurite.pointneuron.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.record.SonataSpikes;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.record.TraceRecord;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.Plugins;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.pointneuron.build.ConnectionBuilder;
import org.neurite.pointneuron.build.ConnectionRule;
import org.neurite.pointneuron.build.ConnectionSpec;
import org.neurite.pointneuron.build.Distribution;
import org.neurite.pointneuron.build.Group;
import org.neurite.pointneuron.build.NeuralGroup;
import org.neurite.pointneuron.build.NeuralPop;
import org.neurite.pointneuron.build.NodeMap;
import org.neurite.pointneuron.build.PortMap;
import org.neurite.pointneuron.build.Projection;
import org.neurite.pointneuron.config.NetworkConfig;
import org.neurite.pointneuron.device.Multimeter;
import org.neurite.pointneuron.device.SpikeRecorder;
import org.neurite.pointneuron.model.BlockSpec;
import org.neurite.pointneuron.model.NeuronBlock;
import org.neurite.pointneuron.model.NeuronModelPlugin;
import org.neurite.pointneuron.sim.Population;
import org.neurite.pointneuron.sim.Probe;
import org.neurite.pointneuron.sim.Simulation;
import org.neurite.pointneuron.sim.StepInput;
import org.neurite.pointneuron.sim.WeightRecorder;

/**
 * A network built from a {@link NetworkConfig}: one block per neural group, the projections of
 * every connection, the devices, and the {@link Simulation} that runs them.
 */
public final class Network {
    private final NetworkConfig config;
    private final List<Population> pops = new ArrayList<>();
    private final List<Projection> projections = new ArrayList<>();
    private final Map<String, long[]> synapsesPerPathway = new LinkedHashMap<>();
    private final List<SpikeRecorder> spikeRecorders;
    private final List<Multimeter> multimeters;
    private final List<DeviceBuilder.RateDevice> rateDevices;
    private final List<WeightRecorder> weightRecorders;
    private final Simulation simulation;
    private final NodeMap nodes;
    private final RandomStreams streams;
    private final double dt;

    /**
     * Builds the network.
     *
     * @param config the description
     * @param threads simulation threads
     */
    public Network(NetworkConfig config, int threads) {
        this.config = config;
        this.dt = config.dtMs();
        this.streams = new RandomStreams(config.seed());
        NeuralPop pop = config.population();
        this.nodes = new NodeMap(pop);
        List<NeuralGroup> groups = pop.groupList();

        // receptors each block needs (per-pathway models)
        List<Set<String>> wanted = new ArrayList<>();
        for (int b = 0; b < groups.size(); b++) {
            wanted.add(new LinkedHashSet<>());
        }
        for (NetworkConfig.Connection c : config.connections()) {
            if (c.receptor() != null) {
                for (int b : blocksOf(pop.group(c.post()).ids())) {
                    wanted.get(b).add(c.receptor());
                }
            }
        }
        for (NetworkConfig.Device d : config.devices()) {
            if (d.config().has("receptor")) {
                for (int b : blocksOf(d.targets())) {
                    wanted.get(b).add(d.config().get("receptor").asString());
                }
            }
        }
        for (int b = 0; b < groups.size(); b++) {
            NeuralGroup g = groups.get(b);
            NeuronModelPlugin plugin = Plugins.find(NeuronModelPlugin.class, g.model());
            List<Receptor> ports = new ArrayList<>();
            for (Map.Entry<String, Receptor> e : config.receptors().entrySet()) {
                if (wanted.get(b).contains(e.getKey())) {
                    ports.add(e.getValue());
                }
            }
            ParameterSet ps = ParameterSet.of("model " + g.model() + " of group " + g.name(), plugin.parameters(), g.parameters());
            NeuronBlock block = plugin.create(new BlockSpec(g.name(), g.size(), ps, ports, dt, streams, b, config.integrator()));
            boolean perPathway = !ports.isEmpty() && block.portNames().equals(ports.stream().map(Receptor::name).toList());
            for (String r : wanted.get(b)) {
                if (!block.portNames().contains(r)) {
                    String msg = "receptor \"" + r + "\" targets group " + g.name()
                            + " whose model " + g.model() + " has the ports " + block.portNames()
                            + (config.receptors().containsKey(r) ? "" : " (and no receptor of that name is declared under \"receptors\")");
                    JsonValue at = firstUse(r);
                    throw at != null ? at.error(msg) : new BadInputException(config.source() + ": " + msg);
                }
            }
            pops.add(new Population(b, g, block, perPathway ? List.copyOf(ports) : null));
        }
        initialStates(pop);

        // connections
        for (NetworkConfig.Connection c : config.connections()) {
            connect(c, pop);
        }

        // devices
        List<StepInput> inputs = new ArrayList<>();
        List<Probe> probes = new ArrayList<>();
        DeviceBuilder devices = new DeviceBuilder(config, pops, nodes, streams, this::portMap, projections);
        for (NetworkConfig.Device d : config.devices()) {
            devices.build(d, inputs, probes);
        }
        spikeRecorders = devices.spikeRecorders;
        multimeters = devices.multimeters;
        rateDevices = devices.rateDevices;
        weightRecorders = devices.weightRecorders;
        try {
            simulation = new Simulation(dt, pops, projections, inputs, probes, threads);
        } catch (BadInputException e) {
            throw new BadInputException(config.source() + ": " + e.getMessage());
        }
        for (SpikeRecorder r : spikeRecorders) {
            r.attach(simulation);
        }
        for (WeightRecorder r : weightRecorders) {
            simulation.recordWeights(r);
        }
        for (DeviceBuilder.RateDevice r : rateDevices) {
            r.recorder().attach(simulation);
        }
    }

    private int[] blocksOf(int[] ids) {
        Set<Integer> s = new LinkedHashSet<>();
        for (int id : ids) {
            s.add(nodes.block(id));
        }
        return s.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private void initialStates(NeuralPop pop) {
        for (Map.Entry<String, Map<String, Distribution>> e : config.initial().entrySet()) {
            Group g = pop.group(e.getKey());
            for (Map.Entry<String, Distribution> v : e.getValue().entrySet()) {
                for (int k = 0; k < g.size(); k++) {
                    int id = g.id(k);
                    UniformRandomProvider r = v.getValue().isConstant() ? null : streams.stream("init:" + v.getKey(), id);
                    try {
                        pops.get(nodes.block(id)).block().setState(v.getKey(), nodes.local(id), v.getValue().sample(r));
                    } catch (BadInputException ex) {
                        throw new BadInputException(config.source() + ": group " + g.name() + " init " + v.getKey() + ": " + ex.getMessage());
                    }
                }
            }
        }
    }

    /** The port map of block b for a receptor name (null: the model's own rule). */
    private PortMap portMap(int b, String receptor, String where) {
        Population p = pops.get(b);
        NeuronBlock block = p.block();
        if (receptor == null) {
            if (block.portForWeight(1.0) < 0) {
                throw new BadInputException(where + ": the model " + p.group().model() + " of group " + p.name()
                        + " takes events per pathway: name a \"receptor\" (its ports: " + block.portNames() + ")");
            }
            return new PortMap() {
                @Override
                public int port(double w) {
                    return block.portForWeight(w);
                }

                @Override
                public double value(double w) {
                    return block.portWeight(w);
                }
            };
        }
        int port = block.portNames().indexOf(receptor);
        if (port < 0) {
            throw new BadInputException(where + ": receptor \"" + receptor + "\" is not a port of group " + p.name()
                    + " (ports: " + block.portNames() + ")");
        }
        boolean conductance = p.receptors() != null && p.receptors().get(port).isConductanceBased();
        boolean nest = p.receptors() == null;
        return new PortMap() {
            @Override
            public int port(double w) {
                return port;
            }

            @Override
            public double value(double w) {
                return nest ? block.portWeight(w) : conductance ? Math.abs(w) : w;
            }
        };
    }

    /** "file:line: path" of a JSON value, or the fallback for descriptions made in code. */
    private static String where(JsonValue v, String fallback) {
        return v == null ? fallback : v.file() + ":" + v.line() + ": " + v.path();
    }

    private void connect(NetworkConfig.Connection c, NeuralPop pop) {
        Group pre = pop.group(c.pre());
        Group post = pop.group(c.post());
        ConnectionRule rule = Plugins.find(ConnectionRule.class, c.rule());
        String where = where(c.where(), "connection " + c.pathway());
        ConnectionSpec spec = new ConnectionSpec(c.pathway(), pre, post, rule, c.ruleParameters(), c.options(), c.autapses(),
                c.multapses(), c.weight(), c.delay(), c.receptor(), positions(pre), positions(post), c.plasticity());
        ConnectionBuilder builder = new ConnectionBuilder(nodes, dt, streams, b -> portMap(b, c.receptor(), where),
                b -> pops.get(b).takesZeroDelay());
        List<Projection> made;
        try {
            made = builder.build(spec);
        } catch (BadInputException e) {
            throw c.where() == null ? e : c.where().error(e.getMessage());
        }
        long n = 0;
        for (Projection p : made) {
            n += p.size();
        }
        projections.addAll(made);
        synapsesPerPathway.merge(c.pathway(), new long[] {n}, (a, b) -> new long[] {a[0] + b[0]});
    }

    /** Positions of a group's members, or null if any block lacks them. */
    private double[][] positions(Group g) {
        double[][] own = config.positions().get(g.name());
        if (own != null) {
            return own;
        }
        double[][] out = new double[g.size()][];
        for (int k = 0; k < g.size(); k++) {
            int id = g.id(k);
            NeuralGroup home = config.population().groupList().get(nodes.block(id));
            double[][] pp = config.positions().get(home.name());
            if (pp == null) {
                return null;
            }
            out[k] = pp[nodes.local(id)];
        }
        return out;
    }

    /** Where the file first names a receptor (a connection's or device's "receptor" key), or null. */
    private JsonValue firstUse(String receptor) {
        for (NetworkConfig.Connection c : config.connections()) {
            if (receptor.equals(c.receptor()) && c.where() != null) {
                return c.where().has("receptor") ? c.where().get("receptor") : c.where();
            }
        }
        for (NetworkConfig.Device d : config.devices()) {
            if (d.config().has("receptor") && receptor.equals(d.config().get("receptor").asString())) {
                return d.config().get("receptor");
            }
        }
        return null;
    }

    /** Runs to the config's tstop. */
    public void run(ProgressListener progress) {
        long steps = Math.round(config.tstopMs() / dt) - simulation.step();
        simulation.run(Math.max(0, steps), progress);
    }

    /** The simulation. */
    public Simulation simulation() {
        return simulation;
    }

    /** The description it was built from. */
    public NetworkConfig config() {
        return config;
    }

    /** The populations (one per neural group). */
    public List<Population> populations() {
        return List.copyOf(pops);
    }

    /** The projections. */
    public List<Projection> projections() {
        return List.copyOf(projections);
    }

    /** Synapses per pathway, in file order. */
    public Map<String, Long> synapsesPerPathway() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : synapsesPerPathway.entrySet()) {
            m.put(e.getKey(), e.getValue()[0]);
        }
        return m;
    }

    /**
     * The current weights of every stdp pathway (those whose weights change), by pathway name in
     * file order; connections that share a name are listed together.
     */
    public Map<String, PlasticWeights> plasticWeights() {
        Map<String, List<Projection>> by = new LinkedHashMap<>();
        for (NetworkConfig.Connection c : config.connections()) {
            if (c.plasticity() instanceof org.neurite.pointneuron.build.StdpSynapse) {
                by.computeIfAbsent(c.pathway(), k -> new ArrayList<>()); // listed even when the rule made no synapse
            }
        }
        for (Projection p : projections) {
            if (p.stdp() != null) {
                by.computeIfAbsent(p.pathway(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, PlasticWeights> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Projection>> e : by.entrySet()) {
            int m = 0;
            for (Projection p : e.getValue()) {
                m += p.size();
            }
            long[] src = new long[m];
            long[] tgt = new long[m];
            double[] w = new double[m];
            int k = 0;
            for (Projection p : e.getValue()) {
                Group pre = pops.get(p.preBlock()).group();
                Group post = pops.get(p.postBlock()).group();
                double[] pw = p.stdp().weights();
                for (int i = 0; i < p.rows(); i++) {
                    for (int q = p.rowStart(i); q < p.rowEnd(i); q++) {
                        src[k] = pre.id(i);
                        tgt[k] = post.id(p.target(q));
                        w[k] = pw[q];
                        k++;
                    }
                }
            }
            out.put(e.getKey(), new PlasticWeights(src, tgt, w));
        }
        return out;
    }

    /**
     * What the weight recorders recorded so far, by device name in file order: every transmission
     * through a recorded synapse in the canonical order (spike step, projection, synapse), with
     * the spike's time stamp [ms], global node ids and the weight recorded.
     */
    public Map<String, WeightEvents> weightRecords() {
        Map<String, WeightEvents> out = new LinkedHashMap<>();
        for (WeightRecorder r : weightRecorders) {
            WeightRecorder.Events e = r.events();
            List<Projection> ps = r.projections();
            int n = e.size();
            double[] times = new double[n];
            long[] senders = new long[n];
            long[] targets = new long[n];
            for (int k = 0; k < n; k++) {
                Projection p = ps.get(e.slot()[k]);
                times[k] = simulation.spikeTimeMs(p.preBlock(), e.step()[k]);
                senders[k] = pops.get(p.preBlock()).group().id(e.source()[k]);
                targets[k] = pops.get(p.postBlock()).group().id(p.target(e.synapse()[k]));
            }
            out.put(r.name(), new WeightEvents(r.pathway(), times, senders, targets, e.weight().clone()));
        }
        return out;
    }

    /** Total synapses. */
    public long synapseCount() {
        long n = 0;
        for (Projection p : projections) {
            n += p.size();
        }
        return n;
    }

    /** Bytes held by the connection arrays. */
    public long connectionBytes() {
        long n = 0;
        for (Projection p : projections) {
            n += p.bytes();
        }
        return n;
    }

    /** The spike records of the spike recorders. */
    public List<SpikeRecord> spikeRecords() {
        List<SpikeRecord> out = new ArrayList<>();
        for (SpikeRecorder r : spikeRecorders) {
            out.add(r.record());
        }
        return out;
    }

    /**
     * For each spike record (by population name), how many node ids it spans: a replay of the
     * record onto a cell needs it to know the neurons that never fired.
     */
    public Map<String, Integer> spikePopulationSizes() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (SpikeRecorder r : spikeRecorders) {
            out.put(r.record().population(), r.nodeIdCount());
        }
        return out;
    }

    /**
     * For each spike recorder that covers several neural groups, the group of each of its node ids:
     * population name → (group names, group index per node id, −1 unrecorded). Recorders of one
     * group are absent.
     */
    public Map<String, SonataSpikes.NodeGroups> spikePopulationGroups() {
        Map<String, SonataSpikes.NodeGroups> out = new LinkedHashMap<>();
        for (SpikeRecorder r : spikeRecorders) {
            int[] block = r.blockOfNodeId();
            if (block == null) {
                continue;
            }
            // renumber the blocks this recorder touches 0..k-1, in block order
            boolean[] touched = new boolean[populations().size()];
            for (int v : block) {
                if (v >= 0) {
                    touched[v] = true;
                }
            }
            int[] index = new int[touched.length];
            List<String> names = new ArrayList<>();
            for (int b = 0; b < touched.length; b++) {
                index[b] = touched[b] ? names.size() : -1;
                if (touched[b]) {
                    names.add(populations().get(b).name());
                }
            }
            int[] group = new int[block.length];
            for (int k = 0; k < block.length; k++) {
                group[k] = block[k] < 0 ? -1 : index[block[k]];
            }
            out.put(r.record().population(), new SonataSpikes.NodeGroups(names.toArray(new String[0]), group));
        }
        return out;
    }

    /** The traces of the multimeters. */
    public List<TraceRecord> traces() {
        List<TraceRecord> out = new ArrayList<>();
        for (Multimeter m : multimeters) {
            out.addAll(m.traces());
        }
        return out;
    }

    /** Population rates [Hz] of the population_rate devices, by name: {t0, bin, rates…}. */
    public Map<String, double[]> populationRates() {
        Map<String, double[]> out = new LinkedHashMap<>();
        double t1 = simulation.timeMs();
        for (DeviceBuilder.RateDevice r : rateDevices) {
            if (t1 > r.startMs() && r.neurons() > 0) {
                double[] rate = r.recorder().record().populationRateHz(r.neurons(), r.startMs(), t1, r.binMs());
                double[] v = new double[rate.length + 2];
                v[0] = r.startMs();
                v[1] = r.binMs();
                System.arraycopy(rate, 0, v, 2, rate.length);
                out.put(r.name(), v);
            }
        }
        return out;
    }

    /** Spike count of block b so far (all neurons, recorded or not). */
    public long spikeCount(int b) {
        return simulation.spikeCount(b);
    }
}
