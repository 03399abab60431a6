package org.neurite.morphology.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.ion.CalciumDecay;
import org.neurite.channels.ion.ChannelType;
import org.neurite.channels.ion.SquidHh;
import org.neurite.channels.spi.ChannelPlugin;
import org.neurite.channels.spi.ConcentrationPlugin;
import org.neurite.channels.spi.Plugin;
import org.neurite.channels.spi.Plugins;
import org.neurite.morphology.io.MorphologyFile;
import org.neurite.morphology.region.Region;

/**
 * The {@code "channels"} section of a cell spec: channel densities on regions (uniform or a
 * function of path distance), reversal potentials per ion, calcium pools, and the temperature.
 * Read (and checked, with file:line errors) with the spec; painted once the morphology is loaded.
 * <pre>
 * "channels": {
 *   "celsius": 34,                                   // same as the spec's top-level "celsius"
 *   "neuroml": true,                                 // paint a NeuroML cell's own channels (default true)
 *   "reversals_mV": {"na": 50, "k": -85, "ca": "nernst"},
 *   "ca_out_mM": 2,                                  // [Ca]o of a "nernst" reversal and of GHK currents (default 2)
 *   "ca_in_mM": 5e-5,                                // [Ca]i where no pool is painted (default 5e-5)
 *   "densities": [
 *     {"channel": "hh_na", "region": "all", "gbar": 0.12, "tabulated": true},
 *     {"channel": "ka_dist", "region": "apical", "e_mV": -90,
 *      "gbar": {"profile": "linear", "g0": 0.008, "slope_per_um": 8e-5, "max": 0.048}},
 *     {"channel": "ih", "region": "all",
 *      "gbar": {"profile": "exponential", "offset": -8.7e-5, "g0": 2.1e-4, "length_um": 323}},
 *     {"channel": "hh_na", "region": {"distance_um": [0, 300]},
 *      "gbar": {"profile": "sigmoid", "g_min": 0.02, "g_max": 0.1, "midpoint_um": 150, "width_um": 30}}
 *   ],
 *   "ca_pools": [{"model": "ca_shell", "region": "soma", "depth_um": 0.1, "tau_ms": 80, "rest_mM": 1e-4,
 *                 "initial_mM": 1e-4}]
 * }
 * </pre>
 * A channel is a channel plugin ({@code neurite plugins}: hh_na, hh_k, hh_leak, pas, traub_na,
 * traub_k, ka_prox, ka_dist, km, kahp, ih, cat, ca_hva, cal_ghk, bk, …) or an ion channel defined in the NeuroML
 * morphology file. {@code gbar} [S/cm²] is a number or a profile of the path distance d [µm] from the
 * soma centre: {@code uniform} (value), {@code linear} (g0 + slope_per_um·d), {@code exponential}
 * (offset + g0·exp(d/length_um)), {@code sigmoid} (g_min + (g_max − g_min)/(1 + exp(−(d −
 * midpoint_um)/width_um))), each optionally clamped by {@code min}/{@code max}. {@code e_mV}
 * overrides the ion's reversal for one density; {@code tabulated} uses NEURON's rate tables
 * (−100…100 mV in 200 steps, as NEURON's built-in {@code hh}). Later densities of the same channel
 * win where regions overlap; the spec's densities come after a NeuroML cell's own. A pool
 * {@code model} is a concentration plugin ({@code ca_shell}) or a NeuroML concentration model of
 * the file; {@code depth_um} (shell depth, or ρ for a fixed-factor model), {@code tau_ms} and
 * {@code rest_mM} override its parameters.
 */
public final class ChannelSpec {
    private static final Set<String> KEYS = Set.of("celsius", "neuroml", "reversals_mV", "ca_out_mM", "ca_in_mM", "densities", "ca_pools", "comment");
    private static final Set<String> DENSITY_KEYS = Set.of("channel", "region", "gbar", "e_mV", "tabulated", "comment");
    private static final Set<String> POOL_KEYS = Set.of("model", "region", "depth_um", "tau_ms", "rest_mM", "initial_mM", "comment");

    private final JsonValue section; // null: none
    private final boolean neuroml;

    private ChannelSpec(JsonValue section) {
        this.section = section;
        if (section == null) {
            neuroml = true;
            return;
        }
        if (!section.isObject()) {
            throw section.error("\"channels\" must be an object");
        }
        section.requireKnownKeys(KEYS);
        neuroml = section.getBoolean("neuroml", true);
        JsonValue rev = section.get("reversals_mV");
        if (rev != null) {
            for (String ion : rev.keys()) {
                JsonValue e = rev.require(ion);
                if (e.isString() ? !(ion.equals("ca") && e.asString().equals("nernst")) : !Double.isFinite(e.asDouble())) {
                    throw e.error("a reversal is a number [mV]" + (ion.equals("ca") ? " or \"nernst\"" : ""));
                }
            }
        }
        positiveIfGiven("ca_out_mM");
        if (section.has("ca_in_mM") && !(section.require("ca_in_mM").asDouble() >= 0)) {
            throw section.require("ca_in_mM").error("must be >= 0 mM");
        }
        for (JsonValue d : list("densities")) {
            d.requireKnownKeys(DENSITY_KEYS);
            d.require("channel").asString();
            profile(d.require("gbar"));
            if (d.has("e_mV") && !Double.isFinite(d.require("e_mV").asDouble())) {
                throw d.require("e_mV").error("must be finite");
            }
        }
        for (JsonValue p : list("ca_pools")) {
            p.requireKnownKeys(POOL_KEYS);
            for (String k : new String[] {"depth_um", "tau_ms"}) {
                if (p.has(k) && !(p.require(k).asDouble() > 0)) {
                    throw p.require(k).error("must be > 0");
                }
            }
            for (String k : new String[] {"rest_mM", "initial_mM"}) {
                if (p.has(k) && !(p.require(k).asDouble() >= 0)) {
                    throw p.require(k).error("must be >= 0");
                }
            }
        }
    }

    /** Reads the section (null: no section). */
    static ChannelSpec read(JsonValue section) {
        return new ChannelSpec(section);
    }

    /**
     * The temperature [°C] of a spec: its top-level {@code celsius} or the channels section's (both
     * may be given if they agree); 6.3 °C (NEURON's default) when neither is.
     */
    static double celsius(JsonValue root) {
        JsonValue top = root.get("celsius");
        JsonValue ch = root.get("channels");
        JsonValue inner = ch != null && ch.isObject() ? ch.get("celsius") : null;
        if (top != null && inner != null && top.asDouble() != inner.asDouble()) {
            throw inner.error("differs from the top-level \"celsius\" (" + top.asDouble() + "); give the temperature once");
        }
        JsonValue v = inner != null ? inner : top;
        if (v == null) {
            return 6.3;
        }
        double c = v.asDouble();
        if (!(c > -273.15) || Double.isInfinite(c)) {
            throw v.error("must be above absolute zero (-273.15), got " + c);
        }
        return c;
    }

    private void positiveIfGiven(String key) {
        if (section.has(key) && !(section.require(key).asDouble() > 0)) {
            throw section.require(key).error("must be > 0");
        }
    }

    private List<JsonValue> list(String key) {
        if (section == null || !section.has(key)) {
            return List.of();
        }
        JsonValue v = section.require(key);
        if (!v.isArray()) {
            throw v.error("\"" + key + "\" must be an array");
        }
        return new ArrayList<>(v.elements());
    }

    /** A density profile from a number or a {"profile": …} object. */
    static DensityProfile profile(JsonValue g) {
        if (g.isNumber()) {
            double v = g.asDouble();
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw g.error("a density must be >= 0 S/cm2, got " + v);
            }
            return new DensityProfile.Uniform(v);
        }
        if (!g.isObject()) {
            throw g.error("gbar is a number [S/cm2] or {\"profile\": \"uniform\" | \"linear\" | \"exponential\" | \"sigmoid\", …}");
        }
        String kind = g.require("profile").asString();
        DensityProfile p;
        try {
            switch (kind) {
                case "uniform":
                    g.requireKnownKeys(Set.of("profile", "value", "min", "max"));
                    p = new DensityProfile.Uniform(g.require("value").asDouble());
                    break;
                case "linear":
                    g.requireKnownKeys(Set.of("profile", "g0", "slope_per_um", "min", "max"));
                    p = new DensityProfile.Linear(g.require("g0").asDouble(), g.require("slope_per_um").asDouble());
                    break;
                case "exponential":
                    g.requireKnownKeys(Set.of("profile", "offset", "g0", "length_um", "min", "max"));
                    p = new DensityProfile.Exponential(g.getDouble("offset", 0), g.require("g0").asDouble(), g.require("length_um").asDouble());
                    break;
                case "sigmoid":
                    g.requireKnownKeys(Set.of("profile", "g_min", "g_max", "midpoint_um", "width_um", "min", "max"));
                    p = new DensityProfile.Sigmoid(g.require("g_min").asDouble(), g.require("g_max").asDouble(),
                            g.require("midpoint_um").asDouble(), g.require("width_um").asDouble());
                    break;
                default:
                    throw g.require("profile").error("must be uniform, linear, exponential or sigmoid, got \"" + kind + "\"");
            }
            if (g.has("min") || g.has("max")) {
                p = new DensityProfile.Clamped(p, g.getDouble("min", 0), g.getDouble("max", Double.POSITIVE_INFINITY));
            }
        } catch (BadInputException e) {
            if (e.getMessage().startsWith("parameter ")) {
                throw g.error(e.getMessage().substring("parameter ".length()));
            }
            throw e;
        }
        return p;
    }

    /**
     * Paints a NeuroML cell's own channels (unless {@code "neuroml": false}), then the section's
     * reversals, densities and pools.
     */
    void paint(CellModel.Builder b, SpecResolver resolve, MorphologyFile file, double celsius) {
        if (neuroml && file.neuroml() != null) {
            NeuromlMembrane.paint(b, file.neuroml());
        }
        if (section == null) {
            return;
        }
        JsonValue rev = section.get("reversals_mV");
        if (rev != null) {
            for (String ion : rev.keys()) {
                JsonValue e = rev.require(ion);
                if (e.isString()) {
                    b.calciumNernst(section.getDouble("ca_out_mM", org.neurite.channels.ion.Ions.NEURON_CAO0_MM));
                } else {
                    b.reversal(ion, e.asDouble());
                }
            }
        }
        if (section.has("ca_out_mM")) {
            b.calciumOutside(section.require("ca_out_mM").asDouble());
        }
        if (section.has("ca_in_mM")) {
            b.calciumDefault(section.require("ca_in_mM").asDouble());
        }
        for (JsonValue p : list("ca_pools")) {
            Region r = p.has("region") ? resolve.region(p.require("region")) : Region.all();
            CalciumDecay model = pool(p.has("model") ? p.require("model") : null, file);
            if (p.has("depth_um")) {
                model = model.withGeometryValue(p.require("depth_um").asDouble());
            }
            if (p.has("tau_ms")) {
                model = model.withTau(p.require("tau_ms").asDouble());
            }
            if (p.has("rest_mM")) {
                model = model.withRest(p.require("rest_mM").asDouble());
            }
            b.calciumPool(r, model, p.getDouble("initial_mM", model.restMM()));
        }
        for (JsonValue d : list("densities")) {
            Region r = d.has("region") ? resolve.region(d.require("region")) : Region.all();
            ChannelType type = channel(d.require("channel"), file);
            if (d.getBoolean("tabulated", false)) {
                type = SquidHh.neuronTabulated(type, celsius);
            }
            if (type.ghk() && d.has("e_mV")) {
                throw d.require("e_mV").error("channel " + type.name() + " carries a GHK current, which has no reversal"
                        + " (it sees [Ca]i and ca_out_mM): remove e_mV");
            }
            try {
                b.channel(r, type, profile(d.require("gbar")), d.getDouble("e_mV", Double.NaN));
            } catch (BadInputException e) {
                throw d.error(e.getMessage().replaceFirst("^parameter ", ""));
            }
        }
    }

    private static ChannelType channel(JsonValue name, MorphologyFile file) {
        String n = name.asString();
        if (file.neuroml() != null && (file.neuroml().channels().channels().containsKey(n) || file.neuroml().channels().problems().containsKey(n))) {
            try {
                return file.neuroml().channels().channel(n, file.file());
            } catch (BadInputException e) {
                throw name.error(e.getMessage());
            }
        }
        for (ChannelPlugin p : Plugins.of(ChannelPlugin.class)) {
            if (p.name().equals(n)) {
                return p.create();
            }
        }
        List<String> known = new ArrayList<>(Plugins.of(ChannelPlugin.class).stream().map(Plugin::name).toList());
        if (file.neuroml() != null) {
            known.addAll(file.neuroml().channels().channels().keySet());
        }
        throw name.error("unknown channel \"" + n + "\" (known: " + String.join(", ", known) + ")");
    }

    private static CalciumDecay pool(JsonValue name, MorphologyFile file) {
        String n = name == null ? "ca_shell" : name.asString();
        if (file.neuroml() != null && file.neuroml().channels().pools().containsKey(n)) {
            return file.neuroml().channels().pools().get(n);
        }
        for (ConcentrationPlugin p : Plugins.of(ConcentrationPlugin.class)) {
            if (p.name().equals(n)) {
                return p.create();
            }
        }
        throw (name == null ? new BadInputException("no ca_shell concentration plugin") : name.error("unknown calcium pool model \"" + n
                + "\" (known: " + String.join(", ", Plugins.of(ConcentrationPlugin.class).stream().map(Plugin::name).toList()) + ")"));
    }
}
