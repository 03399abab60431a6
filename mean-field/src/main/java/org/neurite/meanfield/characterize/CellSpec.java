package org.neurite.meanfield.characterize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.Plugins;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.stats.Pathway;
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.NeuronModelPlugin;

/**
 * What to characterise: a single-cell transfer-function scan, read from a {@code CELL.json}.
 * <pre>
 * {
 *   "model": "AdExp",                         // any registered point-neuron model (neurite plugins)
 *   "parameters": {"Gl": 10, "Cm": 200, "El": -65, "Vthre": -50, "Vreset": -65, "deltaV": 2,
 *                  "a": 4, "b": 20, "tauw": 500, "Trefrac": 5},   // the model's own names; others default
 *   "integrator": "fast",                     // fast (default) | accurate
 *   "membrane": {"Gl_nS": 10, "Cm_pF": 200, "El_mV": -65, "Vthre_mV": -50, "I_pA": 0},
 *                                              // only for models whose leak parameters are not named
 *                                              // Gl/Cm/El/Vthre (ntwk) or g_L/C_m/E_L/V_th/I_e (NEST)
 *   "synapses": [                             // the input pathways, in this order everywhere
 *     {"name": "exc", "count": 400, "Q_nS": 1, "tau_ms": 5, "Erev_mV": 0},
 *     {"name": "inh", "count": 100, "Q_nS": 5, "tau_ms": 5, "Erev_mV": -80}
 *   ],                                         // NEST models: add "port": "ex" | "in"; tau_ms and
 *                                              // Erev_mV then default to tau_syn_ex/E_ex (…_in)
 *   "grid": {"exc": [0.5, 1, 2, 4], "inh": {"from": 0, "to": 20, "n": 5}},
 *                                              // per synapse: list of rates [Hz] or from/to/n;
 *                                              // Cartesian product, the first synapse varying fastest
 *   // or "grid": {"points": [[1.5, 0], [2, 5]]}   explicit points, rates in synapse order
 *   "seeds": 4,                               // independent cells per grid point (default 4)
 *   "seed": 1,                                // random seed (default 1)
 *   "duration_ms": 10000,                     // simulated time per point (default 10 000)
 *   "transient_ms": 0,                        // initial time not counted (default 0)
 *   "dt_ms": 0.05,                            // step (default 0.05, as the JCNS 2018 scans)
 *   "membrane_statistics": false              // also estimate mu_V, sigma_V, tau_V from V (default false)
 * }
 * </pre>
 * Every cell starts at rest (the model's initial state); its output rate is the number of spikes
 * after the transient divided by the remaining time. Units: ms, mV, nS, Hz.
 *
 * @param source the file, for messages
 * @param model the model's plugin name
 * @param parameters the model's validated parameters
 * @param integrator integration mode
 * @param membrane the passive membrane the transfer function is written for
 * @param synapses the input pathways
 * @param points the grid: rates [point][synapse] [Hz]
 * @param seeds cells per point
 * @param seed random seed
 * @param durationMs simulated time per point [ms]
 * @param transientMs initial time not counted [ms]
 * @param dtMs step [ms]
 * @param membraneStatistics whether to estimate the membrane statistics from V
 * @param json the file's text as read (stored with the results)
 */
public record CellSpec(String source, String model, ParameterSet parameters, Integrator integrator, Membrane membrane,
                       List<SynapseSpec> synapses, double[][] points, int seeds, long seed, double durationMs, double transientMs,
                       double dtMs, boolean membraneStatistics, String json) {
    private static final Set<String> KEYS = Set.of("model", "parameters", "integrator", "membrane", "synapses", "grid", "seeds",
            "seed", "duration_ms", "transient_ms", "dt_ms", "membrane_statistics");

    /** The pathways, in synapse order. */
    public List<Pathway> pathways() {
        List<Pathway> out = new ArrayList<>();
        for (SynapseSpec s : synapses) {
            out.add(s.pathway());
        }
        return out;
    }

    /** Reads and checks a CELL.json. */
    public static CellSpec read(Path file) {
        JsonValue root = Json.read(file);
        if (!root.isObject()) {
            throw root.error("a cell specification must be a JSON object");
        }
        root.requireKnownKeys(new java.util.TreeSet<>(KEYS));
        String model = root.require("model").asString();
        NeuronModelPlugin plugin;
        try {
            plugin = Plugins.find(NeuronModelPlugin.class, model);
        } catch (BadInputException e) {
            throw root.require("model").error(e.getMessage());
        }
        JsonValue pj = root.get("parameters");
        ParameterSet params;
        if (pj == null) {
            params = ParameterSet.of("model " + model, plugin.parameters(), Map.of());
        } else {
            if (!pj.isObject()) {
                throw pj.error("must be an object of parameter values");
            }
            params = ParameterSet.fromJson("model " + model, plugin.parameters(), pj, Set.of());
        }
        Integrator integrator = Integrator.FAST;
        JsonValue ij = root.get("integrator");
        if (ij != null) {
            String s = ij.asString().toLowerCase(Locale.ROOT);
            if (s.equals("fast")) {
                integrator = Integrator.FAST;
            } else if (s.equals("accurate")) {
                integrator = Integrator.ACCURATE;
            } else {
                throw ij.error("must be \"fast\" or \"accurate\"");
            }
        }
        Membrane membrane = membrane(root, params, model);
        List<SynapseSpec> synapses = synapses(root.require("synapses"), params);
        double[][] points = grid(root.require("grid"), synapses);
        int seeds = positiveInt(root, "seeds", 4);
        long seed = root.getLong("seed", 1);
        double dt = positive(root, "dt_ms", 0.05);
        double duration = positive(root, "duration_ms", 10_000);
        double transientMs = root.getDouble("transient_ms", 0);
        if (!(transientMs >= 0) || transientMs >= duration) {
            throw root.require("transient_ms").error("must be >= 0 and shorter than duration_ms (" + duration + ")");
        }
        boolean stats = root.getBoolean("membrane_statistics", false);
        return new CellSpec(file.toString(), model, params, integrator, membrane, synapses, points, seeds, seed, duration, transientMs,
                dt, stats, root.toString());
    }

    private static Membrane membrane(JsonValue root, ParameterSet p, String model) {
        JsonValue m = root.get("membrane");
        if (m != null) {
            m.requireKnownKeys(Set.of("Gl_nS", "Cm_pF", "El_mV", "Vthre_mV", "I_pA"));
            try {
                return new Membrane(m.getDouble("Gl_nS"), m.getDouble("Cm_pF"), m.getDouble("El_mV"), m.getDouble("Vthre_mV", Double.NaN),
                        m.getDouble("I_pA", 0.0));
            } catch (BadInputException e) {
                throw m.error(e.getMessage());
            }
        }
        Map<String, Double> v = p.asMap();
        if (v.containsKey("Gl") && v.containsKey("Cm") && v.containsKey("El")) {
            return new Membrane(v.get("Gl"), v.get("Cm"), v.get("El"), v.getOrDefault("Vthre", Double.NaN));
        }
        if (v.containsKey("g_L") && v.containsKey("C_m") && v.containsKey("E_L")) {
            return new Membrane(v.get("g_L"), v.get("C_m"), v.get("E_L"), v.getOrDefault("V_th", Double.NaN), v.getOrDefault("I_e", 0.0));
        }
        throw root.error("model " + model + " has no leak parameters named Gl/Cm/El or g_L/C_m/E_L: give \"membrane\" "
                + "{\"Gl_nS\", \"Cm_pF\", \"El_mV\", \"Vthre_mV\"}");
    }

    private static List<SynapseSpec> synapses(JsonValue arr, ParameterSet p) {
        if (!arr.isArray() || arr.size() == 0) {
            throw arr.error("must be a non-empty array of synapses");
        }
        Set<String> keys = Set.of("name", "count", "Q_nS", "tau_ms", "Erev_mV", "port");
        List<SynapseSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<String, Double> v = p.asMap();
        for (JsonValue s : arr.elements()) {
            s.requireKnownKeys(keys);
            String name = s.require("name").asString();
            if (!names.add(name)) {
                throw s.require("name").error("synapse \"" + name + "\" is defined twice");
            }
            String port = s.getString("port", name);
            Double tauDefault = v.get("tau_syn_" + port);
            Double eDefault = v.get("E_" + port);
            double tau = s.has("tau_ms") ? s.getDouble("tau_ms") : tauDefault != null ? tauDefault : Double.NaN;
            double e = s.has("Erev_mV") ? s.getDouble("Erev_mV") : eDefault != null ? eDefault : Double.NaN;
            if (Double.isNaN(tau) || Double.isNaN(e)) {
                throw s.error("synapse " + name + " needs tau_ms and Erev_mV (the model has no tau_syn_" + port + "/E_" + port + ")");
            }
            if (tauDefault != null && Math.abs(tau - tauDefault) > 1e-12 * Math.abs(tauDefault)) {
                throw s.require("tau_ms").error("differs from the model's tau_syn_" + port + " = " + tauDefault + " ms");
            }
            if (eDefault != null && Math.abs(e - eDefault) > 1e-12 * Math.max(1, Math.abs(eDefault))) {
                throw s.require("Erev_mV").error("differs from the model's E_" + port + " = " + eDefault + " mV");
            }
            try {
                out.add(new SynapseSpec(new Pathway(name, s.getDouble("count"), s.getDouble("Q_nS"), tau, e), port));
            } catch (BadInputException ex) {
                throw s.error(ex.getMessage());
            }
        }
        return out;
    }

    private static double[][] grid(JsonValue g, List<SynapseSpec> synapses) {
        if (!g.isObject()) {
            throw g.error("must be an object: rates per synapse name, or \"points\"");
        }
        int ns = synapses.size();
        if (g.has("points")) {
            if (g.size() != 1) {
                throw g.error("\"points\" cannot be combined with per-synapse rates");
            }
            JsonValue pts = g.require("points");
            if (!pts.isArray() || pts.size() == 0) {
                throw pts.error("must be a non-empty array of rate lists");
            }
            double[][] out = new double[pts.size()][];
            for (int k = 0; k < out.length; k++) {
                JsonValue pt = pts.elements().get(k);
                out[k] = pt.asDoubleArray();
                if (out[k].length != ns) {
                    throw pt.error("needs " + ns + " rates (one per synapse), found " + out[k].length);
                }
                for (double r : out[k]) {
                    if (!(r >= 0)) {
                        throw pt.error("rates must be >= 0 [Hz], found " + r);
                    }
                }
            }
            return out;
        }
        Map<String, double[]> levels = new LinkedHashMap<>();
        for (SynapseSpec s : synapses) {
            JsonValue l = g.get(s.pathway().name());
            if (l == null) {
                throw g.error("no rates for synapse \"" + s.pathway().name() + "\"");
            }
            levels.put(s.pathway().name(), levels(l));
        }
        for (String key : g.keys()) {
            if (!levels.containsKey(key)) {
                throw g.get(key).error("no synapse named \"" + key + "\"");
            }
        }
        int total = 1;
        for (double[] l : levels.values()) {
            total = Math.multiplyExact(total, l.length);
        }
        double[][] out = new double[total][ns];
        List<double[]> ls = new ArrayList<>(levels.values());
        for (int k = 0; k < total; k++) {
            int x = k;
            for (int s = 0; s < ns; s++) {
                double[] l = ls.get(s);
                out[k][s] = l[x % l.length];
                x /= l.length;
            }
        }
        return out;
    }

    private static double[] levels(JsonValue l) {
        double[] out;
        if (l.isArray()) {
            out = l.asDoubleArray();
            if (out.length == 0) {
                throw l.error("needs at least one rate");
            }
        } else if (l.isObject()) {
            l.requireKnownKeys(Set.of("from", "to", "n"));
            double from = l.getDouble("from");
            double to = l.getDouble("to");
            int n = l.require("n").asInt();
            if (n < 1 || (n > 1 && !(to > from))) {
                throw l.error("needs n >= 1 and to > from");
            }
            out = new double[n];
            for (int k = 0; k < n; k++) {
                out[k] = n == 1 ? from : from + (to - from) * k / (n - 1);
            }
        } else {
            throw l.error("must be a list of rates or {\"from\", \"to\", \"n\"}");
        }
        for (double r : out) {
            if (!(r >= 0)) {
                throw l.error("rates must be >= 0 [Hz], found " + r);
            }
        }
        return out;
    }

    private static int positiveInt(JsonValue root, String key, int dflt) {
        int v = root.getInt(key, dflt);
        if (v < 1) {
            throw root.require(key).error("must be >= 1, got " + v);
        }
        return v;
    }

    private static double positive(JsonValue root, String key, double dflt) {
        double v = root.getDouble(key, dflt);
        if (!(v > 0)) {
            throw root.require(key).error("must be > 0, got " + v);
        }
        return v;
    }
}
