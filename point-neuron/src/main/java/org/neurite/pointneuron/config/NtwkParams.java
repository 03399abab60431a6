package org.neurite.pointneuron.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.spi.ParameterSpec;
import org.neurite.channels.spi.Plugins;
import org.neurite.pointneuron.model.NeuronModelPlugin;

/**
 * Reads an ntwk {@code params.json} (the {@code neural_network_dynamics} toolkit's format, units
 * ms, mV, pF, nS, pA, Hz) and translates it into the neurite network format, run as ntwk runs it:
 * <ul>
 *   <li>recurrent populations {@code REC_POPS} (or, without that key, every X with {@code N_X} and
 *       cell parameters {@code X_Gl}…) are ntwk {@code AdExp} cells with the ten
 *       {@code <pop>_<param>} values (ΔV = 0 gives the LIF, as in ntwk);</li>
 *   <li>a presynaptic population whose name contains "Exc" acts through the receptor "Exc"
 *       (exponential, {@code Tsyn_Exc}, {@code Erev_Exc}), "Inh" through "Inh" — ntwk's
 *       classification; pathways of the same type are summed in one conductance (identical to
 *       one conductance per pathway, since the kinetics are linear and shared);</li>
 *   <li>{@code p_<pre>_<post>} &gt; 0 with {@code Q_<pre>_<post>} ≠ 0: ntwk's rule, a fixed in-degree
 *       round(p·N_pre) per target, multapses allowed, no autapses, weight Q [nS], no delay
 *       (Brian2's default: the spike acts from the next step);</li>
 *   <li>afferent populations {@code AFF_POPS} (or every X with {@code N_X} and no cell parameters)
 *       drive each target neuron with an independent Poisson train of rate
 *       p·N_aff·F_aff(t) and weight Q ({@code construct_feedforward_input});
 *       {@code F_<aff>} is the rate [Hz]; the keys {@code <aff>_IncreasingStep_onset, _baseline,
 *       _length, _size, _smoothing} add a step of height {@code size} from onset for
 *       {@code length} ms with edges smoothed by erf of width {@code smoothing} on top of
 *       {@code baseline} (neurite's reading of that waveform);</li>
 *   <li>{@code dt}, {@code tstop}, {@code SEED}; every recurrent population's spikes are recorded
 *       with a 5 ms population rate. Keys of other ntwk tools (TF scans, single-cell rates) and
 *       decorative keys are ignored.</li>
 * </ul>
 */
public final class NtwkParams {
    private static final String[] CELL = {"Gl", "Cm", "Trefrac", "El", "Vthre", "Vreset", "deltaV", "a", "b", "tauw"};

    private NtwkParams() {
    }

    /** The neurite network document equivalent to an ntwk params file. */
    public static JsonValue translate(JsonValue root) {
        List<String> rec = pops(root, "REC_POPS", true);
        List<String> aff = pops(root, "AFF_POPS", false);
        if (rec.isEmpty()) {
            throw root.error("no recurrent population found (REC_POPS, or N_<pop> with <pop>_Gl ...)");
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("description", "translated from the ntwk params file " + root.file());
        doc.put("dt", number(root, "dt", 0.1, true));
        doc.put("tstop", number(root, "tstop", 1000.0, false));
        doc.put("seed", root.has("SEED") ? (double) root.get("SEED").asLong() : 1.0);
        Map<String, Object> receptors = new LinkedHashMap<>();
        List<Object> groups = new ArrayList<>();
        List<Object> connections = new ArrayList<>();
        List<Object> devices = new ArrayList<>();
        NeuronModelPlugin adexp = Plugins.find(NeuronModelPlugin.class, "AdExp");
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (String p : rec) {
            sizes.put(p, size(root, p));
        }
        for (String p : aff) {
            sizes.put(p, size(root, p));
        }
        for (String p : rec) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("name", p);
            g.put("size", (double) sizes.get(p));
            g.put("neuron_type", p.contains("Inh") ? -1.0 : 1.0);
            g.put("model", "AdExp");
            Map<String, Object> params = new LinkedHashMap<>();
            for (String c : CELL) {
                String key = p + "_" + c;
                if (root.has(key)) {
                    double v = root.get(key).asDouble();
                    ParameterSpec spec = adexp.parameters().stream().filter(s -> s.name().equals(c)).findFirst().orElseThrow();
                    if (!(v >= spec.min() && v <= spec.max())) {
                        throw root.get(key).error("must be " + spec.rangeText() + " [" + spec.unit() + "], got " + v);
                    }
                    params.put(c, v);
                }
            }
            g.put("params", params);
            groups.add(g);
        }
        for (String pre : rec) {
            for (String post : rec) {
                double p = probability(root, pre, post);
                double q = weight(root, pre, post);
                if (p > 0 && q != 0) {
                    String type = type(root, pre);
                    receptor(root, receptors, type);
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("pre", pre);
                    c.put("post", post);
                    c.put("rule", Map.of("rule", "fixed_indegree", "indegree", (double) Math.round(p * sizes.get(pre))));
                    c.put("autapses", false);
                    c.put("multapses", true);
                    c.put("weight", q);
                    c.put("delay", 0.0);
                    c.put("receptor", type);
                    connections.add(c);
                }
            }
        }
        for (String a : aff) {
            Object rate = rate(root, a);
            for (String post : rec) {
                double p = probability(root, a, post);
                double q = weight(root, a, post);
                if (p > 0 && q != 0 && rate != null) {
                    String type = type(root, a);
                    receptor(root, receptors, type);
                    Map<String, Object> d = new LinkedHashMap<>();
                    d.put("type", "poisson_generator");
                    d.put("name", a + "->" + post);
                    d.put("target", post);
                    d.put("rate", rate);
                    d.put("n_sources", p * sizes.get(a));
                    d.put("weight", q);
                    d.put("receptor", type);
                    d.put("delay", 0.0);
                    devices.add(d);
                }
            }
        }
        for (String p : rec) {
            devices.add(Map.of("type", "spike_recorder", "name", "spikes-" + p, "target", p));
            devices.add(Map.of("type", "population_rate", "name", "rate-" + p, "target", p, "bin", 5.0));
        }
        doc.put("receptors", receptors);
        doc.put("groups", groups);
        doc.put("connections", connections);
        doc.put("devices", devices);
        return Json.parse(Json.write(doc), root.file() == null ? "ntwk params" : root.file() + " (as translated)");
    }

    private static boolean decorative(String key) {
        return key.isBlank() || key.startsWith(" ") || key.startsWith("-") || key.startsWith("#");
    }

    private static List<String> pops(JsonValue root, String key, boolean recurrent) {
        if (root.has(key)) {
            return root.get(key).asStringList();
        }
        List<String> out = new ArrayList<>();
        for (String k : root.keys()) {
            if (!decorative(k) && k.startsWith("N_")) {
                String p = k.substring(2);
                boolean hasCell = root.has(p + "_Gl") || root.has(p + "_Cm");
                if (hasCell == recurrent) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static int size(JsonValue root, String p) {
        JsonValue v = root.require("N_" + p);
        int n = v.asInt();
        if (n < 0) {
            throw v.error("must be >= 0, got " + n);
        }
        return n;
    }

    private static double number(JsonValue root, String key, double dflt, boolean strictlyPositive) {
        if (!root.has(key)) {
            return dflt;
        }
        double v = root.get(key).asDouble();
        if (strictlyPositive ? !(v > 0) : !(v >= 0)) {
            throw root.get(key).error("must be " + (strictlyPositive ? "> 0" : ">= 0") + ", got " + v);
        }
        return v;
    }

    private static double probability(JsonValue root, String pre, String post) {
        String key = "p_" + pre + "_" + post;
        if (!root.has(key)) {
            return 0;
        }
        double p = root.get(key).asDouble();
        if (!(p >= 0 && p <= 1)) {
            throw root.get(key).error("a connection probability must be in [0, 1], got " + p);
        }
        return p;
    }

    private static double weight(JsonValue root, String pre, String post) {
        String key = "Q_" + pre + "_" + post;
        if (!root.has(key)) {
            return 0;
        }
        double q = root.get(key).asDouble();
        if (!(q >= 0)) {
            throw root.get(key).error("a synaptic weight must be >= 0 [nS], got " + q);
        }
        return q;
    }

    private static String type(JsonValue root, String pop) {
        if (pop.contains("Exc")) {
            return "Exc";
        }
        if (pop.contains("Inh")) {
            return "Inh";
        }
        throw root.error("population \"" + pop + "\" is neither excitatory nor inhibitory: ntwk classifies by \"Exc\"/\"Inh\" in the name");
    }

    private static void receptor(JsonValue root, Map<String, Object> receptors, String type) {
        if (receptors.containsKey(type)) {
            return;
        }
        double tau = number(root, "Tsyn_" + type, 5.0, true);
        if (!root.has("Erev_" + type)) {
            throw root.error("missing key \"Erev_" + type + "\"");
        }
        receptors.put(type, Map.of("kinetics", "exp", "tau", tau, "E_rev", root.get("Erev_" + type).asDouble()));
    }

    /** F_<aff> (constant) or with the IncreasingStep waveform, as a network-format rate; null if 0. */
    private static Object rate(JsonValue root, String a) {
        double f = root.has("F_" + a) ? root.get("F_" + a).asDouble() : 0.0;
        if (!(f >= 0)) {
            throw root.get("F_" + a).error("a rate must be >= 0 [Hz], got " + f);
        }
        String w = a + "_IncreasingStep_";
        if (!root.has(w + "onset")) {
            return f > 0 ? f : null;
        }
        double onset = root.get(w + "onset").asDouble();
        double base = root.has(w + "baseline") ? root.get(w + "baseline").asDouble() : 0.0;
        double length = root.has(w + "length") ? root.get(w + "length").asDouble() : 0.0;
        double size = root.has(w + "size") ? root.get(w + "size").asDouble() : 0.0;
        double smooth = root.has(w + "smoothing") ? root.get(w + "smoothing").asDouble() : 0.0;
        double tstop = number(root, "tstop", 1000.0, false);
        int n = (int) Math.ceil(tstop) + 2;
        List<Object> times = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double t = k;
            double step = smooth > 0
                    ? 0.5 * (erf((t - onset) / smooth) - erf((t - onset - length) / smooth))
                    : (t >= onset && t < onset + length ? 1.0 : 0.0);
            times.add(t);
            values.add(Math.max(0.0, f + base + size * step));
        }
        return Map.of("times", times, "values", values);
    }

    private static double erf(double x) {
        return org.apache.commons.math3.special.Erf.erf(x);
    }
}
