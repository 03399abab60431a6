package org.neurite.morphology.cell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.spi.ReceptorConfig;
import org.neurite.morphology.synapse.PlacementDomain;
import org.neurite.morphology.synapse.SynapseGroup;

/**
 * The synapse sections of a cell spec, checked as far as the file alone allows (regions, locations
 * and populations are resolved later against the morphology and the network's spikes):
 * <pre>
 * "receptors": {"AMPA": {"kinetics": "exp2", "tau_rise": 0.2, "tau_decay": 2.0, "E_rev": 0.0}, …},
 * "synapses": [{                           // synapses with spike sources of their own
 *     "name": "background",                // default synapses[i]
 *     "receptors": {"AMPA": 0.5, "NMDA": 0.3},      // receptor → weight [nS] (or "receptor" + "weight")
 *     "region": "basal", "distance_um": [50, 200],  // where (default all, any distance)
 *     "count": 100 | "density_per_um": 0.1 | "density_per_um2": 0.01 | "locations": [loc, …],
 *     "distribute": "length" | "area",     // with "count": uniform per µm (default) or per µm²
 *     "source": {"type": "poisson", "rate": 5} | {"type": "spike_times", "spike_times": [[…], …]} | …,
 *     "delay_ms": 0, "seed": 1,
 *     "stp": {"model": "tsodyks2", "U": 0.5, "tau_rec": 800, "tau_fac": 0}}],
 * "replay": [{                             // synapses driven by a network's recorded spikes
 *     "population": "RecExc", "name": …, "receptors": …, "region": …, "distance_um": …,
 *     "count" | "density_per_um" | "density_per_um2" | "locations"   (optional with one_per_neuron),
 *     "mapping": "one_per_neuron" | {"neurons_per_synapse": k},
 *     "max_neurons": 1000 | "fraction": 0.25,   // a seeded subset of the presynaptic neurons
 *     "n_neurons": 4000,                   // population size, if the spike file does not give it
 *     "time_offset_ms": 0, "delay_ms": 0, "seed": 1, "stp": …}]
 * </pre>
 * Each synapses entry has one train per site. A density ρ over a domain of measure M gives
 * round(ρ·M) sites (deterministic count), placed uniformly and seeded.
 */
final class SynapseSpec {
    private static final Set<String> COMMON = Set.of("name", "receptors", "receptor", "weight", "region", "distance_um", "count",
            "density_per_um", "density_per_um2", "locations", "distribute", "delay_ms", "seed", "stp", "comment");
    private static final Set<String> SYNAPSES_ONLY = Set.of("source");
    private static final Set<String> REPLAY_ONLY = Set.of("population", "mapping", "max_neurons", "fraction", "n_neurons",
            "time_offset_ms");

    /** How many sites a group asks for. */
    enum Amount { COUNT, DENSITY_LENGTH, DENSITY_AREA, LOCATIONS, PER_NEURON }

    /** One entry of "synapses" or "replay", with its numbers checked. */
    static final class Group {
        final JsonValue node;
        final boolean replay;
        final String name;
        final List<Receptor> receptors = new ArrayList<>();
        final List<Double> weights = new ArrayList<>();
        final JsonValue region; // null: all
        final double minDistance;
        final double maxDistance;
        final Amount amount;
        final double amountValue;
        final JsonValue amountNode;
        final PlacementDomain.Measure distribute;
        final long seed;
        final double delayMs;
        final SynapseGroup.Tsodyks2 stp;
        // synapses
        final JsonValue source;
        // replay
        final String population;
        final int neuronsPerSynapse; // 0: one per neuron
        final int maxNeurons; // -1: none
        final double fraction; // NaN: none
        final int nNeurons; // -1: from the file
        final double offsetMs;

        Group(JsonValue g, boolean replay, String defaultName, Map<String, Receptor> defined) {
            this.node = g;
            this.replay = replay;
            if (!g.isObject()) {
                throw g.error("a " + (replay ? "replay" : "synapses") + " entry is an object");
            }
            Set<String> keys = new java.util.TreeSet<>(COMMON);
            keys.addAll(replay ? REPLAY_ONLY : SYNAPSES_ONLY);
            g.requireKnownKeys(keys);
            population = replay ? g.require("population").asString() : null;
            name = g.has("name") ? g.require("name").asString() : defaultName;
            receptors(g, defined);
            region = g.get("region");
            if (g.has("distance_um")) {
                double[] d = g.require("distance_um").asDoubleArray();
                if (d.length != 2 || !(d[0] >= 0) || !(d[0] <= d[1])) {
                    throw g.require("distance_um").error("must be [min, max] with 0 <= min <= max [um]");
                }
                minDistance = d[0];
                maxDistance = d[1];
            } else {
                minDistance = 0;
                maxDistance = Double.POSITIVE_INFINITY;
            }
            List<String> given = new ArrayList<>();
            for (String k : List.of("count", "density_per_um", "density_per_um2", "locations")) {
                if (g.has(k)) {
                    given.add(k);
                }
            }
            if (given.size() > 1) {
                throw g.require(given.get(1)).error("give one of count, density_per_um, density_per_um2, locations (also found "
                        + given.get(0) + ")");
            }
            neuronsPerSynapse = replay ? mapping(g) : 0;
            if (given.isEmpty()) {
                if (!replay || neuronsPerSynapse > 0) {
                    throw g.error("how many synapses? give count, density_per_um, density_per_um2 or locations");
                }
                amount = Amount.PER_NEURON;
                amountValue = Double.NaN;
                amountNode = g;
            } else {
                String k = given.get(0);
                amountNode = g.require(k);
                switch (k) {
                    case "count": {
                        int c = amountNode.asInt();
                        if (c < 1) {
                            throw amountNode.error("must be >= 1, got " + c);
                        }
                        amount = Amount.COUNT;
                        amountValue = c;
                        break;
                    }
                    case "density_per_um":
                    case "density_per_um2": {
                        double d = amountNode.asDouble();
                        if (!(d > 0) || !Double.isFinite(d)) {
                            throw amountNode.error("must be a density > 0, got " + d);
                        }
                        amount = k.equals("density_per_um") ? Amount.DENSITY_LENGTH : Amount.DENSITY_AREA;
                        amountValue = d;
                        break;
                    }
                    default:
                        if (!amountNode.isArray() || amountNode.size() == 0) {
                            throw amountNode.error("must be a non-empty list of locations");
                        }
                        if (g.has("region") || g.has("distance_um")) {
                            throw amountNode.error("explicit locations take no region or distance_um");
                        }
                        amount = Amount.LOCATIONS;
                        amountValue = amountNode.size();
                }
            }
            String dist = g.getString("distribute", amount == Amount.DENSITY_AREA ? "area" : "length");
            if (!dist.equals("length") && !dist.equals("area")) {
                throw g.require("distribute").error("must be \"length\" or \"area\", got \"" + dist + "\"");
            }
            if (g.has("distribute") && (amount == Amount.DENSITY_LENGTH || amount == Amount.DENSITY_AREA || amount == Amount.LOCATIONS)) {
                throw g.require("distribute").error("goes with count (densities say per um or per um2 themselves)");
            }
            distribute = dist.equals("area") ? PlacementDomain.Measure.AREA : PlacementDomain.Measure.LENGTH;
            seed = g.has("seed") ? g.require("seed").asLong() : 1L;
            delayMs = g.getDouble("delay_ms", 0.0);
            if (!(delayMs >= 0) || !Double.isFinite(delayMs)) {
                throw g.require("delay_ms").error("must be >= 0 ms, got " + delayMs);
            }
            stp = g.has("stp") ? stp(g.require("stp")) : null;
            if (replay) {
                source = null;
                maxNeurons = g.has("max_neurons") ? g.require("max_neurons").asInt() : -1;
                if (g.has("max_neurons") && maxNeurons < 1) {
                    throw g.require("max_neurons").error("must be >= 1, got " + maxNeurons);
                }
                fraction = g.has("fraction") ? g.require("fraction").asDouble() : Double.NaN;
                if (g.has("fraction") && !(fraction > 0 && fraction <= 1)) {
                    throw g.require("fraction").error("must lie in (0, 1], got " + fraction);
                }
                if (g.has("fraction") && g.has("max_neurons")) {
                    throw g.require("fraction").error("give max_neurons or fraction, not both");
                }
                nNeurons = g.has("n_neurons") ? g.require("n_neurons").asInt() : -1;
                if (g.has("n_neurons") && nNeurons < 1) {
                    throw g.require("n_neurons").error("must be >= 1, got " + nNeurons);
                }
                offsetMs = g.getDouble("time_offset_ms", 0.0);
                if (!Double.isFinite(offsetMs)) {
                    throw g.require("time_offset_ms").error("must be finite");
                }
            } else {
                source = g.require("source");
                if (!source.isObject() || !source.has("type")) {
                    throw source.error("a source is an object with a \"type\" (poisson, inhomogeneous_poisson, regular, spike_times)");
                }
                maxNeurons = -1;
                fraction = Double.NaN;
                nNeurons = -1;
                offsetMs = 0;
            }
        }

        private void receptors(JsonValue g, Map<String, Receptor> defined) {
            if (g.has("receptors") == g.has("receptor")) {
                throw g.error("give \"receptors\": {name: weight_nS, ...} or \"receptor\": name with \"weight\"");
            }
            if (g.has("receptor")) {
                JsonValue r = g.require("receptor");
                receptors.add(lookUp(r, r.asString(), defined));
                JsonValue w = g.require("weight");
                weights.add(w.asDouble());
                checkWeight(w, receptors.get(0));
            } else {
                if (g.has("weight")) {
                    throw g.require("weight").error("with \"receptors\" the weights are its values");
                }
                JsonValue rs = g.require("receptors");
                if (!rs.isObject() || rs.keys().isEmpty()) {
                    throw rs.error("must be an object of receptor names and weights, e.g. {\"AMPA\": 0.5, \"NMDA\": 0.3}");
                }
                for (String name : rs.keys()) {
                    JsonValue w = rs.require(name);
                    Receptor r = lookUp(w, name, defined);
                    receptors.add(r);
                    weights.add(w.asDouble());
                    checkWeight(w, r);
                }
            }
        }

        private static Receptor lookUp(JsonValue at, String name, Map<String, Receptor> defined) {
            Receptor r = defined.get(name);
            if (r == null) {
                throw at.error("unknown receptor \"" + name + "\" (defined in \"receptors\": "
                        + (defined.isEmpty() ? "none" : String.join(", ", defined.keySet())) + ")");
            }
            return r;
        }

        private static void checkWeight(JsonValue w, Receptor r) {
            double v = w.asDouble();
            if (!Double.isFinite(v) || (r.isConductanceBased() && v < 0)) {
                throw w.error("weight of " + r.name() + " must be " + (r.isConductanceBased() ? ">= 0 [nS]" : "finite [pA]") + ", got " + v);
            }
        }

        private static int mapping(JsonValue g) {
            JsonValue m = g.get("mapping");
            if (m == null) {
                return 0;
            }
            if (m.isString()) {
                if (!m.asString().equals("one_per_neuron")) {
                    throw m.error("must be \"one_per_neuron\" or {\"neurons_per_synapse\": k}, got \"" + m.asString() + "\"");
                }
                return 0;
            }
            m.requireKnownKeys(Set.of("neurons_per_synapse"));
            int k = m.require("neurons_per_synapse").asInt();
            if (k < 1) {
                throw m.require("neurons_per_synapse").error("must be >= 1, got " + k);
            }
            return k;
        }

        private static SynapseGroup.Tsodyks2 stp(JsonValue s) {
            s.requireKnownKeys(Set.of("model", "U", "tau_rec", "tau_fac"));
            String model = s.getString("model", "tsodyks2");
            if (!model.equals("tsodyks2")) {
                throw s.require("model").error("only \"tsodyks2\" (NEST's Tsodyks-Markram synapse) is known, got \"" + model + "\"");
            }
            double u = s.require("U").asDouble();
            double rec = s.require("tau_rec").asDouble();
            double fac = s.getDouble("tau_fac", 0.0);
            if (!(u > 0 && u <= 1)) {
                throw s.require("U").error("must lie in (0, 1], got " + u);
            }
            if (!(rec > 0) || !Double.isFinite(rec)) {
                throw s.require("tau_rec").error("must be > 0 ms, got " + rec);
            }
            if (!(fac >= 0) || !Double.isFinite(fac)) {
                throw s.require("tau_fac").error("must be >= 0 ms, got " + fac);
            }
            return new SynapseGroup.Tsodyks2(u, rec, fac);
        }
    }

    final Map<String, Receptor> receptors;
    final List<Group> synapses = new ArrayList<>();
    final List<Group> replay = new ArrayList<>();
    final JsonValue replayNode; // null without a replay section

    private SynapseSpec(JsonValue root) {
        receptors = new LinkedHashMap<>(ReceptorConfig.readAll(root.get("receptors")));
        JsonValue syn = root.get("synapses");
        if (syn != null) {
            if (!syn.isArray()) {
                throw syn.error("must be a list of synapse groups");
            }
            for (int i = 0; i < syn.size(); i++) {
                synapses.add(new Group(syn.elements().get(i), false, "synapses[" + i + "]", receptors));
            }
        }
        replayNode = root.get("replay");
        if (replayNode != null) {
            if (!replayNode.isArray() || replayNode.size() == 0) {
                throw replayNode.error("must be a non-empty list of replayed populations");
            }
            // default name: the population, or population[k] when several entries replay it
            List<String> pops = new ArrayList<>();
            for (JsonValue r : replayNode.elements()) {
                pops.add(r.isObject() && r.has("population") ? r.require("population").asString() : "");
            }
            for (int i = 0; i < replayNode.size(); i++) {
                String pop = pops.get(i);
                long total = pops.stream().filter(pop::equals).count();
                long before = pops.subList(0, i).stream().filter(pop::equals).count();
                String dflt = total > 1 ? pop + "[" + before + "]" : pop;
                replay.add(new Group(replayNode.elements().get(i), true, dflt, receptors));
            }
        }
        Set<String> names = new HashSet<>();
        for (Group g : all()) {
            if (!names.add(g.name)) {
                throw (g.node.has("name") ? g.node.require("name") : g.node).error("synapse group name \"" + g.name + "\" used twice");
            }
        }
    }

    /** Reads the synapse sections of a spec's root object. */
    static SynapseSpec read(JsonValue root) {
        return new SynapseSpec(root);
    }

    /** Every group: synapses entries, then replay entries. */
    List<Group> all() {
        List<Group> out = new ArrayList<>(synapses);
        out.addAll(replay);
        return out;
    }

    boolean isEmpty() {
        return synapses.isEmpty() && replay.isEmpty();
    }
}
