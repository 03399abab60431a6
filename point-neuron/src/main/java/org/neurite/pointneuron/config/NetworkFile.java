package org.neurite.pointneuron.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.ParameterSpec;
import org.neurite.channels.spi.Plugins;
import org.neurite.channels.spi.ReceptorConfig;
import org.neurite.pointneuron.build.ConnectionRule;
import org.neurite.pointneuron.build.Distribution;
import org.neurite.pointneuron.build.Group;
import org.neurite.pointneuron.build.NeuralPop;
import org.neurite.pointneuron.build.StdpSynapse;
import org.neurite.pointneuron.build.SynapseModel;
import org.neurite.pointneuron.build.SynapseSpec;
import org.neurite.pointneuron.build.Tsodyks2Synapse;
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.NeuronModelPlugin;

/**
 * Reads the neurite JSON network format (documented in {@code docs/network-format.md}) into a
 * {@link NetworkConfig}; a file with ntwk's keys (REC_POPS, N_&lt;pop&gt;, p_&lt;pre&gt;_&lt;post&gt;, …) is
 * handed to {@link NtwkParams}. Every error names the file, the line and the key.
 */
public final class NetworkFile {
    private static final Set<String> TOP = Set.of("neurite", "description", "dt", "tstop", "seed", "integrator",
            "receptors", "population", "groups", "meta_groups", "syn_spec", "connections", "devices");
    private static final Set<String> GROUP = Set.of("name", "size", "ids", "neuron_type", "model", "params", "init", "positions");
    private static final Set<String> CONN = Set.of("name", "pre", "post", "rule", "autapses", "multapses", "weight", "delay", "receptor",
            "synapse_model", "U", "tau_rec", "tau_fac", "u", "x", "tau_plus", "lambda", "alpha", "mu_plus", "mu_minus", "Wmax",
            "Kplus", "tau_minus");
    private static final Set<String> SYN_SPEC = Set.of("receptor", "weight", "delay", "synapse_model", "U", "tau_rec", "tau_fac", "u", "x",
            "tau_plus", "lambda", "alpha", "mu_plus", "mu_minus", "Wmax", "Kplus", "tau_minus");
    /** Parameters of tsodyks2_synapse, NEST's names. */
    private static final List<String> TSODYKS2_KEYS = List.of("U", "tau_rec", "tau_fac", "u", "x");
    /** Parameters of stdp_synapse, NEST's names (tau_minus is the target neuron's in NEST). */
    private static final List<String> STDP_KEYS = List.of("tau_plus", "lambda", "alpha", "mu_plus", "mu_minus", "Wmax", "Kplus",
            "tau_minus");

    private NetworkFile() {
    }

    /** Reads a file: the neurite format or an ntwk params.json (recognised by its keys). */
    public static NetworkConfig read(Path file) {
        return read(file, Overrides.NONE);
    }

    /** Reads a file with command-line overrides of dt, tstop and seed. */
    public static NetworkConfig read(Path file, Overrides overrides) {
        JsonValue root = Json.read(file);
        return parse(root, overrides);
    }

    /**
     * Values given on the command line that replace the file's (null: keep the file's).
     *
     * @param dtMs step [ms]
     * @param tstopMs duration [ms]
     * @param seed seed
     */
    public record Overrides(Double dtMs, Double tstopMs, Long seed) {
        /** No override. */
        public static final Overrides NONE = new Overrides(null, null, null);
    }

    /** Whether a document is an ntwk params file (it has N_&lt;pop&gt; keys and no "groups"/"population"). */
    public static boolean isNtwk(JsonValue root) {
        if (!root.isObject() || root.has("groups") || root.has("population")) {
            return false;
        }
        for (String k : root.keys()) {
            if (k.startsWith("N_") || k.equals("REC_POPS")) {
                return true;
            }
        }
        return false;
    }

    /** Reads a parsed document. */
    public static NetworkConfig parse(JsonValue root) {
        return parse(root, Overrides.NONE);
    }

    /** Reads a parsed document with overrides. */
    public static NetworkConfig parse(JsonValue root, Overrides o) {
        if (!root.isObject()) {
            throw root.error("a network file must be a JSON object");
        }
        if (isNtwk(root)) {
            NetworkConfig c = parse(NtwkParams.translate(root), o);
            return new NetworkConfig(c.source(), c.dtMs(), c.tstopMs(), c.seed(), c.integrator(), c.population(), c.receptors(),
                    c.positions(), c.initial(), c.connections(), c.devices(), root);
        }
        root.requireKnownKeys(TOP);
        double dt = o.dtMs() != null ? o.dtMs() : positive(root, "dt", 0.1);
        double tstop = o.tstopMs() != null ? o.tstopMs() : nonNegative(root, "tstop", 1000.0);
        long seed = o.seed() != null ? o.seed() : root.getLong("seed", 1);
        if (!(dt > 0) || !(tstop >= 0)) {
            throw BadInputException.parameter("--dt/--tstop", "need dt > 0 and tstop >= 0, got " + dt + ", " + tstop);
        }
        Integrator integrator = integrator(root);
        Map<String, Receptor> receptors = receptors(root.get("receptors"));
        Map<String, SynapseSpec> synSpecs = new LinkedHashMap<>();
        Map<String, double[][]> positions = new LinkedHashMap<>();
        Map<String, Map<String, Distribution>> init = new LinkedHashMap<>();
        NeuralPop pop = population(root, positions, init, seed);
        if (root.has("syn_spec")) {
            JsonValue ss = root.get("syn_spec");
            for (String key : ss.keys()) {
                JsonValue s = ss.get(key);
                s.requireKnownKeys(SYN_SPEC);
                SynapseSpec spec = new SynapseSpec(s.getString("receptor", null),
                        s.has("weight") ? Distribution.fromJson(s.get("weight")) : null,
                        s.has("delay") ? Distribution.fromJson(s.get("delay")) : null,
                        synapseModel(s, null));
                if (key.equals("default")) {
                    pop.setDefaultSynapseSpec(spec);
                } else {
                    String[] pp = key.split("->");
                    if (pp.length != 2) {
                        throw s.error("syn_spec keys are \"default\" or \"<pre group>-><post group>\"");
                    }
                    try {
                        pop.setSynapseSpec(pp[0].trim(), pp[1].trim(), spec);
                    } catch (BadInputException e) {
                        throw s.error(e.getMessage());
                    }
                }
                synSpecs.put(key, spec);
            }
        }
        List<NetworkConfig.Connection> conns = new ArrayList<>();
        if (root.has("connections")) {
            for (JsonValue c : root.get("connections").elements()) {
                conns.add(connection(c, pop));
            }
        }
        List<NetworkConfig.Device> devices = new ArrayList<>();
        if (root.has("devices")) {
            Set<String> names = new LinkedHashSet<>();
            for (JsonValue d : root.get("devices").elements()) {
                NetworkConfig.Device dev = device(d, pop, names.size(), conns);
                if (!names.add(dev.name())) {
                    throw d.error("device name \"" + dev.name() + "\" is used twice");
                }
                devices.add(dev);
            }
        }
        return new NetworkConfig(root.file(), dt, tstop, seed, integrator, pop, receptors, positions, init, conns, devices, root);
    }

    static double positive(JsonValue o, String key, double dflt) {
        double v = o.getDouble(key, dflt);
        if (!(v > 0)) {
            throw o.get(key).error("must be > 0, got " + v);
        }
        return v;
    }

    static double nonNegative(JsonValue o, String key, double dflt) {
        double v = o.getDouble(key, dflt);
        if (!(v >= 0)) {
            throw o.get(key).error("must be >= 0, got " + v);
        }
        return v;
    }

    private static Integrator integrator(JsonValue root) {
        String s = root.getString("integrator", "fast");
        switch (s) {
            case "fast":
                return Integrator.FAST;
            case "accurate":
                return Integrator.ACCURATE;
            default:
                throw root.get("integrator").error("must be \"fast\" or \"accurate\", got \"" + s + "\"");
        }
    }

    private static Map<String, Receptor> receptors(JsonValue r) {
        return ReceptorConfig.readAll(r);
    }

    private static Map<String, Double> params(JsonValue p, String model) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (p == null) {
            return out;
        }
        NeuronModelPlugin plugin = model(model, p);
        Map<String, ParameterSpec> specs = new HashMap<>();
        for (ParameterSpec s : plugin.parameters()) {
            specs.put(s.name(), s);
        }
        for (String k : p.keys()) {
            ParameterSpec s = specs.get(k);
            if (s == null) {
                List<String> known = plugin.parameters().stream().map(ParameterSpec::name).toList();
                throw p.get(k).error("unknown parameter \"" + k + "\" of model " + model + " ("
                        + (known.isEmpty() ? "it takes no parameters" : "known: " + String.join(", ", known)) + ")");
            }
            double v = p.get(k).asDouble();
            if (!(v >= s.min() && v <= s.max())) {
                throw p.get(k).error("must be " + s.rangeText() + " [" + s.unit() + "], got " + v);
            }
            out.put(k, v);
        }
        return out;
    }

    static NeuronModelPlugin model(String name, JsonValue where) {
        try {
            return Plugins.find(NeuronModelPlugin.class, name);
        } catch (BadInputException e) {
            throw where.error("unknown model \"" + name + "\": " + e.getMessage());
        }
    }

    private static NeuralPop population(JsonValue root, Map<String, double[][]> positions,
                                        Map<String, Map<String, Distribution>> init, long seed) {
        if (root.has("population") == root.has("groups")) {
            throw root.error("give either \"groups\" (a list of neural groups) or \"population\" (uniform / exc_and_inhib)");
        }
        NeuralPop pop;
        if (root.has("population")) {
            JsonValue p = root.get("population");
            p.requireKnownKeys(Set.of("type", "size", "iratio", "model", "params", "in_model", "in_params"));
            String type = p.require("type").asString();
            int size = size(p.require("size"));
            String model = p.require("model").asString();
            model(model, p.get("model"));
            Map<String, Double> ex = params(p.get("params"), model);
            if (type.equals("uniform")) {
                pop = NeuralPop.uniform(size, model, ex);
            } else if (type.equals("exc_and_inhib")) {
                String inModel = p.getString("in_model", model);
                model(inModel, p.has("in_model") ? p.get("in_model") : p);
                Map<String, Double> in = p.has("in_params") ? params(p.get("in_params"), inModel) : ex;
                double iratio = p.getDouble("iratio", 0.2);
                if (!(iratio >= 0 && iratio <= 1)) {
                    throw p.get("iratio").error("must be in [0, 1], got " + iratio);
                }
                pop = NeuralPop.excAndInhib(size, iratio, model, ex, inModel, in);
            } else {
                throw p.get("type").error("must be \"uniform\" or \"exc_and_inhib\", got \"" + type + "\"");
            }
        } else {
            List<JsonValue> gs = root.get("groups").elements();
            int total = 0;
            List<Object[]> parsed = new ArrayList<>();
            for (JsonValue g : gs) {
                g.requireKnownKeys(GROUP);
                String name = g.require("name").asString();
                int[] ids;
                if (g.has("ids")) {
                    ids = g.get("ids").asIntArray();
                } else {
                    ids = Group.range(total, size(g.require("size")));
                }
                total += ids.length;
                int type = g.getInt("neuron_type", 1);
                if (type != 1 && type != -1) {
                    throw g.get("neuron_type").error("must be 1 (excitatory) or -1 (inhibitory), got " + type);
                }
                String model = g.require("model").asString();
                model(model, g.get("model"));
                parsed.add(new Object[] {name, ids, type, model, params(g.get("params"), model), g});
            }
            pop = new NeuralPop(total);
            for (Object[] o : parsed) {
                JsonValue g = (JsonValue) o[5];
                try {
                    @SuppressWarnings("unchecked")
                    Map<String, Double> pm = (Map<String, Double>) o[4];
                    pop.createGroup((int[]) o[1], (String) o[0], (Integer) o[2], (String) o[3], pm);
                } catch (BadInputException e) {
                    throw g.error(e.getMessage());
                }
            }
            try {
                pop.requireComplete();
            } catch (BadInputException e) {
                throw root.get("groups").error(e.getMessage() + " (explicit ids must cover 0.." + (total - 1) + ")");
            }
            for (Object[] o : parsed) {
                JsonValue g = (JsonValue) o[5];
                String name = (String) o[0];
                if (g.has("init")) {
                    Map<String, Distribution> m = new LinkedHashMap<>();
                    for (String v : g.get("init").keys()) {
                        m.put(v, Distribution.fromJson(g.get("init").get(v)));
                    }
                    init.put(name, m);
                }
                if (g.has("positions")) {
                    positions.put(name, positions(g.get("positions"), ((int[]) o[1]).length, name, seed));
                }
            }
        }
        if (root.has("meta_groups")) {
            for (JsonValue m : root.get("meta_groups").elements()) {
                m.requireKnownKeys(Set.of("name", "ids", "groups"));
                String name = m.require("name").asString();
                int[] ids;
                if (m.has("groups")) {
                    List<Integer> all = new ArrayList<>();
                    for (String gName : m.get("groups").asStringList()) {
                        Group g = lookup(pop, gName, m.get("groups"));
                        for (int k = 0; k < g.size(); k++) {
                            all.add(g.id(k));
                        }
                    }
                    ids = all.stream().mapToInt(Integer::intValue).distinct().toArray();
                } else {
                    ids = m.require("ids").asIntArray();
                }
                try {
                    pop.createMetaGroup(name, ids);
                } catch (BadInputException e) {
                    throw m.error(e.getMessage());
                }
            }
        }
        return pop;
    }

    private static int size(JsonValue v) {
        int n = v.asInt();
        if (n < 0) {
            throw v.error("must be >= 0, got " + n);
        }
        return n;
    }

    /** Positions [µm]: an explicit [[x, y(, z)], …] list or a random box {"width", "height"(, "depth")}. */
    private static double[][] positions(JsonValue p, int n, String group, long seed) {
        if (p.isArray()) {
            List<JsonValue> rows = p.elements();
            if (rows.size() != n) {
                throw p.error("has " + rows.size() + " positions for " + n + " neurons");
            }
            double[][] out = new double[n][];
            for (int i = 0; i < n; i++) {
                out[i] = rows.get(i).asDoubleArray();
                if (out[i].length < 1 || out[i].length > 3 || out[i].length != out[0].length) {
                    throw rows.get(i).error("a position has 1 to 3 coordinates, all of the same dimension");
                }
            }
            return out;
        }
        p.requireKnownKeys(Set.of("width", "height", "depth"));
        double w = positive(p, "width", 1.0);
        double h = positive(p, "height", 1.0);
        boolean three = p.has("depth");
        double d = three ? positive(p, "depth", 1.0) : 0;
        UniformRandomProvider r = new RandomStreams(seed).stream("positions:" + group);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = three ? new double[] {w * r.nextDouble(), h * r.nextDouble(), d * r.nextDouble()}
                    : new double[] {w * r.nextDouble(), h * r.nextDouble()};
        }
        return out;
    }

    static Group lookup(NeuralPop pop, String name, JsonValue where) {
        try {
            return pop.group(name);
        } catch (BadInputException e) {
            throw where.error(e.getMessage());
        }
    }

    private static NetworkConfig.Connection connection(JsonValue c, NeuralPop pop) {
        c.requireKnownKeys(CONN);
        String pre = c.require("pre").asString();
        String post = c.require("post").asString();
        Group gPre = lookup(pop, pre, c.get("pre"));
        Group gPost = lookup(pop, post, c.get("post"));
        String pathway = c.getString("name", pre + "->" + post);
        JsonValue r = c.require("rule");
        String ruleName = r.isString() ? r.asString() : r.require("rule").asString();
        ConnectionRule rule;
        try {
            rule = Plugins.find(ConnectionRule.class, ruleName);
        } catch (BadInputException e) {
            throw (r.isString() ? r : r.get("rule")).error(e.getMessage());
        }
        ParameterSet ps;
        Map<String, String> options = new LinkedHashMap<>();
        if (r.isString()) {
            ps = ParameterSet.of("rule " + ruleName, rule.parameters(), Map.of());
        } else {
            Set<String> other = new LinkedHashSet<>(rule.optionNames());
            other.add("rule");
            for (String o : rule.optionNames()) {
                if (r.has(o)) {
                    options.put(o, r.get(o).asString());
                }
            }
            try {
                ps = ParameterSet.fromJson("rule " + ruleName, rule.parameters(), r, other);
            } catch (BadInputException e) {
                throw e.getMessage().contains(":") && e.getMessage().startsWith(String.valueOf(r.file())) ? e : r.error(e.getMessage());
            }
        }
        boolean autapses = c.getBoolean("autapses", true);
        boolean multapses = c.getBoolean("multapses", true);
        SynapseSpec spec = pop.synapseSpec(gPre, gPost);
        Distribution w = c.has("weight") ? Distribution.fromJson(c.get("weight"))
                : spec.weight() != null ? spec.weight() : new Distribution.Constant(1.0);
        Distribution d = c.has("delay") ? Distribution.fromJson(c.get("delay"))
                : spec.delay() != null ? spec.delay() : new Distribution.Constant(1.0);
        String receptor = c.has("receptor") ? c.get("receptor").asString() : spec.receptor();
        SynapseModel plasticity = synapseModel(c, spec.plasticity());
        return new NetworkConfig.Connection(pathway, pre, post, ruleName, ps, options, autapses, multapses, w, d, receptor, c,
                plasticity);
    }

    /**
     * The synapse model of a connection or syn_spec entry (NEST's names and defaults):
     * {@code "synapse_model": "static_synapse"} (null); {@code "tsodyks2_synapse"} with
     * {@code U} (0.5), {@code tau_rec} (800 ms), {@code tau_fac} (0 ms), {@code u} (U) and
     * {@code x} (1); or {@code "stdp_synapse"} with {@code tau_plus} (20 ms), {@code lambda}
     * (0.01), {@code alpha} (1), {@code mu_plus} (1), {@code mu_minus} (1), {@code Wmax} (100),
     * {@code Kplus} (0) and {@code tau_minus} (20 ms). Without {@code synapse_model} the object
     * keeps the inherited model (its syn_spec entry's) and may not give model parameters.
     */
    static SynapseModel synapseModel(JsonValue o, SynapseModel inherited) {
        if (!o.has("synapse_model")) {
            for (String k : TSODYKS2_KEYS) {
                refuse(o, k, "is a parameter of " + Tsodyks2Synapse.NAME + ": give \"synapse_model\": \""
                        + Tsodyks2Synapse.NAME + "\" in the same object");
            }
            for (String k : STDP_KEYS) {
                refuse(o, k, "is a parameter of " + StdpSynapse.NAME + ": give \"synapse_model\": \""
                        + StdpSynapse.NAME + "\" in the same object");
            }
            return inherited;
        }
        String model = o.get("synapse_model").asString();
        if (!model.equals("static_synapse") && !model.equals(Tsodyks2Synapse.NAME) && !model.equals(StdpSynapse.NAME)) {
            throw o.get("synapse_model").error("unknown synapse model \"" + model + "\" (known: static_synapse, "
                    + Tsodyks2Synapse.NAME + ", " + StdpSynapse.NAME + ")");
        }
        if (!model.equals(Tsodyks2Synapse.NAME)) {
            for (String k : TSODYKS2_KEYS) {
                refuse(o, k, model + " has no parameter \"" + k + "\"");
            }
        }
        if (!model.equals(StdpSynapse.NAME)) {
            for (String k : STDP_KEYS) {
                refuse(o, k, model + " has no parameter \"" + k + "\"");
            }
        }
        if (model.equals("static_synapse")) {
            return null;
        }
        try {
            if (model.equals(StdpSynapse.NAME)) {
                StdpSynapse d = StdpSynapse.DEFAULTS;
                return new StdpSynapse(o.getDouble("tau_plus", d.tauPlusMs()), o.getDouble("lambda", d.lambda()),
                        o.getDouble("alpha", d.alpha()), o.getDouble("mu_plus", d.muPlus()), o.getDouble("mu_minus", d.muMinus()),
                        o.getDouble("Wmax", d.wMax()), o.getDouble("Kplus", d.kPlusInit()), o.getDouble("tau_minus", d.tauMinusMs()));
            }
            double bigU = o.getDouble("U", 0.5);
            return new Tsodyks2Synapse(bigU, o.getDouble("tau_rec", 800.0), o.getDouble("tau_fac", 0.0), o.getDouble("u", bigU),
                    o.getDouble("x", 1.0));
        } catch (BadInputException e) {
            String msg = e.getMessage();
            if (!msg.startsWith("parameter ")) {
                throw e; // a value of the wrong JSON type: already one line with file:line and key
            }
            for (String k : model.equals(StdpSynapse.NAME) ? STDP_KEYS : TSODYKS2_KEYS) {
                String prefix = model.equals(StdpSynapse.NAME) ? "parameter " + StdpSynapse.NAME + " " : "parameter tsodyks2 ";
                if (msg.startsWith(prefix + k + ":") && o.has(k)) {
                    throw o.get(k).error(msg.substring(msg.indexOf(':') + 2));
                }
            }
            throw o.error(msg);
        }
    }

    private static void refuse(JsonValue o, String key, String message) {
        if (o.has(key)) {
            throw o.get(key).error(message);
        }
    }

    /** Device target: "name", {"group": name, "ids": [ranks]} or {"group", "first", "n"}. */
    static int[] target(JsonValue t, NeuralPop pop) {
        if (t.isString()) {
            return lookup(pop, t.asString(), t).ids();
        }
        t.requireKnownKeys(Set.of("group", "ids", "first", "n"));
        Group g = lookup(pop, t.require("group").asString(), t.get("group"));
        int[] ranks;
        if (t.has("ids")) {
            ranks = t.get("ids").asIntArray();
        } else if (t.has("n") || t.has("first")) {
            int first = t.getInt("first", 0);
            int n = t.has("n") ? t.get("n").asInt() : g.size() - first;
            if (first < 0 || n < 0) {
                throw t.error("first and n must be >= 0");
            }
            ranks = Group.range(first, n);
        } else {
            return g.ids();
        }
        int[] ids = new int[ranks.length];
        for (int k = 0; k < ranks.length; k++) {
            if (ranks[k] < 0 || ranks[k] >= g.size()) {
                throw t.error("neuron " + ranks[k] + " is outside group " + g.name() + " (0.." + (g.size() - 1) + ")");
            }
            ids[k] = g.id(ranks[k]);
        }
        return ids;
    }

    static String targetName(JsonValue t) {
        return t.isString() ? t.asString() : t.require("group").asString();
    }

    private static NetworkConfig.Device device(JsonValue d, NeuralPop pop, int index, List<NetworkConfig.Connection> conns) {
        String type = d.require("type").asString();
        if (!DeviceTypes.ALL.contains(type)) {
            throw d.get("type").error("unknown device type \"" + type + "\" (known: " + String.join(", ", DeviceTypes.ALL) + ")");
        }
        DeviceTypes.checkKeys(type, d);
        String name = d.getString("name", type + "-" + index);
        if (type.equals(DeviceTypes.WEIGHT_RECORDER)) {
            return weightRecorder(d, pop, name, conns);
        }
        JsonValue t = d.require("target");
        if (t.isArray()) {
            if (!DeviceTypes.RECORDERS.contains(type)) {
                throw t.error("a generator has one target (a group name or {\"group\": ..., \"ids\": [...]})");
            }
            List<Integer> all = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (JsonValue x : t.elements()) {
                for (int id : target(x, pop)) {
                    all.add(id);
                }
                names.add(targetName(x));
            }
            return new NetworkConfig.Device(type, name, all.stream().mapToInt(Integer::intValue).toArray(), String.join(",", names), d);
        }
        return new NetworkConfig.Device(type, name, target(t, pop), targetName(t), d);
    }

    /**
     * A weight_recorder: {@code pathway} names a connection with plastic synapses; {@code senders}
     * and {@code targets}, if given, are ranks in the pathway's pre and post group (checked here,
     * read by {@link #recordedIds}). The device has no targets; its target name is the pathway.
     */
    private static NetworkConfig.Device weightRecorder(JsonValue d, NeuralPop pop, String name, List<NetworkConfig.Connection> conns) {
        JsonValue pv = d.require("pathway");
        String pathway = pv.asString();
        List<NetworkConfig.Connection> mine = connectionsNamed(pathway, conns);
        if (mine.isEmpty()) {
            List<String> known = new ArrayList<>(new LinkedHashSet<>(conns.stream().map(NetworkConfig.Connection::pathway).toList()));
            throw pv.error("no connection is named \"" + pathway + "\" (connections: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
        }
        for (NetworkConfig.Connection c : mine) {
            if (c.plasticity() == null) {
                throw pv.error("the weight_recorder records plastic synapses (stdp_synapse, tsodyks2_synapse); the connection \""
                        + pathway + "\" has static synapses");
            }
        }
        NetworkConfig.Device dev = new NetworkConfig.Device(DeviceTypes.WEIGHT_RECORDER, name, new int[0], pathway, d);
        recordedIds(dev, pop, conns);
        return dev;
    }

    private static List<NetworkConfig.Connection> connectionsNamed(String pathway, List<NetworkConfig.Connection> conns) {
        List<NetworkConfig.Connection> mine = new ArrayList<>();
        for (NetworkConfig.Connection c : conns) {
            if (c.pathway().equals(pathway)) {
                mine.add(c);
            }
        }
        return mine;
    }

    /** Global ids of the ranks listed under {@code key} in the single group {@code groups}, or none. */
    private static int[] ranks(JsonValue d, String key, NeuralPop pop, List<String> groups) {
        if (!d.has(key)) {
            return new int[0];
        }
        JsonValue v = d.get(key);
        if (groups.size() != 1) {
            throw v.error("the connections named " + d.getString("pathway", "") + " have different " + (key.equals("senders") ? "pre" : "post")
                    + " groups " + groups + ": ranks are ambiguous");
        }
        Group g = pop.group(groups.get(0));
        int[] r = v.asIntArray();
        if (r.length == 0) {
            throw v.error("must list at least one rank (leave it out to record all)");
        }
        int[] ids = new int[r.length];
        for (int k = 0; k < r.length; k++) {
            if (r[k] < 0 || r[k] >= g.size()) {
                throw v.error("rank " + r[k] + " is outside group " + g.name() + " (0.." + (g.size() - 1) + ")");
            }
            ids[k] = g.id(r[k]);
        }
        return ids;
    }

    /**
     * The global ids of the senders (part 0) and targets (part 1) a weight_recorder device records,
     * from its {@code senders} and {@code targets} ranks in the pathway's pre and post group; an
     * empty part records all.
     *
     * @throws BadInputException naming the file, line and key of a bad list
     */
    public static int[][] recordedIds(NetworkConfig.Device weightRecorder, NeuralPop pop, List<NetworkConfig.Connection> conns) {
        JsonValue d = weightRecorder.config();
        List<NetworkConfig.Connection> mine = connectionsNamed(weightRecorder.targetName(), conns);
        return new int[][] {
                ranks(d, "senders", pop, mine.stream().map(NetworkConfig.Connection::pre).distinct().toList()),
                ranks(d, "targets", pop, mine.stream().map(NetworkConfig.Connection::post).distinct().toList())};
    }
}
