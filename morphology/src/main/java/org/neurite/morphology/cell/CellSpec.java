package org.neurite.morphology.cell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.discretize.CvPolicy;
import org.neurite.morphology.io.SwcConvention;

/**
 * The JSON specification of one detailed-cell run ({@code neurite cell run SPEC.json}), read with
 * line numbers so that every error names file:line and the key. Keys (units in the names; NEURON's
 * units for cable densities):
 * <pre>
 * {
 *   "morphology": "cell.swc",                 // SWC or NeuroML2, relative to the spec file
 *   "convention": "neuron" | "strict",        // SWC only (default neuron)
 *   "cell": "pyr_4_sym",                      // NeuroML cell id (default: the first)
 *   "discretization": {"policy": "d_lambda", "value": 0.1, "frequency_hz": 100}
 *                   | {"policy": "fixed_per_section", "value": 3} | {"policy": "max_length_um", "value": 20}
 *                   | {"policy": "per_segment"},
 *   "passive": [{"region": "all", "Ra": 150, "cm": 1, "g_pas": 5e-5, "e_pas": -70}, …],
 *   "current_clamps": [{"location": "soma", "amp_nA": 0.1, "delay_ms": 20, "dur_ms": 200}
 *                     | {"location": …, "times_ms": [..], "amps_nA": [..]}],
 *   "probes": [{"name": "soma", "location": "soma"}, {"name": "tip", "location": {"swc_id": 882}},
 *              {"name": "d4", "location": {"section": "dend[4]", "x": 0.5}}],
 *   "dt": 0.025, "tstop": 300, "v_init": -70, "celsius": 6.3,
 *   "solver": "backward_euler" | "crank_nicolson",
 *   "probe_every_ms": 0.1, "record_all_every_ms": 1.0,
 *   "channels": {"celsius": 34, "reversals_mV": {"na": 50, "k": -85, "ca": "nernst"},
 *                "densities": [{"channel": "hh_na", "region": "all", "gbar": 0.12},
 *                              {"channel": "ih", "region": "apical",
 *                               "gbar": {"profile": "exponential", "g0": 2e-5, "length_um": 323}}],
 *                "ca_pools": [{"model": "ca_shell", "region": "soma", "tau_ms": 80}]}
 * }
 * </pre>
 * The {@code channels} section (channel densities uniform or as linear / exponential / sigmoid
 * functions of path distance, reversal potentials per ion, calcium pools, temperature; a NeuroML
 * cell's own channels are painted first) is described in full in {@link ChannelSpec}.
 * Synapses: "receptors", "synapses" and "replay" sections (described in SynapseSpec).
 * Regions: "all", "soma", "axon", "basal" (or "dend"), "apical", a NeuroML segment group id,
 * {"swc_type": k}, {"distance_um": [min, max]}, {"union": [regions…]} or an array of regions.
 * Later passive entries win where regions overlap. Ra [Ω·cm], cm [µF/cm²], g_pas [S/cm²], e_pas [mV].
 */
public final class CellSpec {
    private static final Set<String> KEYS = Set.of("morphology", "convention", "cell", "discretization", "passive",
            "current_clamps", "probes", "dt", "tstop", "v_init", "celsius", "solver", "probe_every_ms",
            "record_all_every_ms", "comment", "name", "receptors", "synapses", "replay",
            "channels");

    final Path file;
    final JsonValue root;
    final Path morphology;
    final SwcConvention convention;
    final String cellId;
    final CvPolicy policy;
    final List<JsonValue> passive;
    final List<JsonValue> clamps;
    final List<JsonValue> probes;
    final double dt;
    final double tstop;
    final double vInit; // NaN: from the NeuroML cell or -65
    final double celsius;
    final TimeStepping solver;
    final double probeEveryMs;
    final double recordAllEveryMs; // NaN: none
    final String name;
    final SynapseSpec synapses;
    final ChannelSpec channels;

    private CellSpec(Path file, JsonValue root) {
        this.file = file;
        this.root = root;
        root.requireKnownKeys(KEYS);
        JsonValue m = root.require("morphology");
        Path base = file.toAbsolutePath().getParent();
        this.morphology = base.resolve(m.asString());
        if (!this.morphology.toFile().isFile()) {
            throw m.error("morphology file " + m.asString() + " not found (looked for " + this.morphology + ")");
        }
        String conv = root.getString("convention", "neuron");
        switch (conv) {
            case "neuron":
                convention = SwcConvention.NEURON;
                break;
            case "strict":
                convention = SwcConvention.STRICT;
                break;
            default:
                throw root.require("convention").error("must be \"neuron\" or \"strict\", got \"" + conv + "\"");
        }
        cellId = root.has("cell") ? root.require("cell").asString() : null;
        policy = root.has("discretization") ? policy(root.require("discretization")) : new CvPolicy.DLambda(0.1);
        passive = list(root, "passive");
        clamps = list(root, "current_clamps");
        probes = list(root, "probes");
        dt = positive(root, "dt", 0.025);
        tstop = nonNegative(root, "tstop");
        vInit = root.has("v_init") ? root.require("v_init").asDouble() : Double.NaN;
        celsius = ChannelSpec.celsius(root);
        channels = ChannelSpec.read(root.get("channels"));
        JsonValue s = root.get("solver");
        try {
            solver = s == null ? TimeStepping.BACKWARD_EULER : TimeStepping.of(s.asString());
        } catch (org.neurite.channels.io.BadInputException e) {
            throw s.error("must be backward_euler or crank_nicolson, got \"" + s.asString() + "\"");
        }
        probeEveryMs = root.has("probe_every_ms") ? positive(root, "probe_every_ms", dt) : dt;
        recordAllEveryMs = root.has("record_all_every_ms") ? positive(root, "record_all_every_ms", 1) : Double.NaN;
        name = root.getString("name", file.getFileName().toString().replaceFirst("\\.json$", ""));
        checkMultiple(root, "probe_every_ms", probeEveryMs);
        if (!Double.isNaN(recordAllEveryMs)) {
            checkMultiple(root, "record_all_every_ms", recordAllEveryMs);
        }
        synapses = SynapseSpec.read(root);
    }

    /** Reads a spec file. */
    public static CellSpec read(Path file) {
        return new CellSpec(file, Json.read(file));
    }

    private void checkMultiple(JsonValue r, String key, double every) {
        double k = every / dt;
        if (Math.abs(k - Math.rint(k)) > 1e-9 * Math.max(1, k) || Math.rint(k) < 1) {
            throw r.require(key).error("must be a positive multiple of dt = " + dt + " ms, got " + every);
        }
    }

    private static List<JsonValue> list(JsonValue r, String key) {
        JsonValue v = r.get(key);
        return v == null ? List.of() : new ArrayList<>(v.elements());
    }

    private static double positive(JsonValue r, String key, double dflt) {
        JsonValue v = r.get(key);
        if (v == null) {
            return dflt;
        }
        double d = v.asDouble();
        if (!(d > 0)) {
            throw v.error("must be > 0, got " + d);
        }
        return d;
    }

    private static double nonNegative(JsonValue r, String key) {
        JsonValue v = r.require(key);
        double d = v.asDouble();
        if (!(d >= 0)) {
            throw v.error("must be >= 0, got " + d);
        }
        return d;
    }

    private static CvPolicy policy(JsonValue d) {
        d.requireKnownKeys(Set.of("policy", "value", "frequency_hz"));
        String p = d.require("policy").asString();
        switch (p) {
            case "d_lambda": {
                double v = d.has("value") ? d.require("value").asDouble() : 0.1;
                double f = d.getDouble("frequency_hz", 100);
                if (!(v > 0) || !(f > 0)) {
                    throw d.error("d_lambda value and frequency_hz must be > 0");
                }
                return new CvPolicy.DLambda(v, f);
            }
            case "fixed_per_section": {
                int n = d.require("value").asInt();
                if (n < 1) {
                    throw d.require("value").error("must be >= 1, got " + n);
                }
                return new CvPolicy.FixedPerSection(n);
            }
            case "max_length_um": {
                double v = d.require("value").asDouble();
                if (!(v > 0)) {
                    throw d.require("value").error("must be > 0, got " + v);
                }
                return new CvPolicy.MaxLength(v);
            }
            case "per_segment":
                return new CvPolicy.PerSegment();
            default:
                throw d.require("policy").error("must be d_lambda, fixed_per_section, max_length_um or per_segment, got \"" + p + "\"");
        }
    }

    /** The spec file. */
    public Path file() {
        return file;
    }

    /** The morphology file (resolved). */
    public Path morphology() {
        return morphology;
    }

    public double dt() {
        return dt;
    }

    public double tstop() {
        return tstop;
    }

    public TimeStepping solver() {
        return solver;
    }

    public CvPolicy policy() {
        return policy;
    }

    /** Whether the spec replays network populations (its "replay" section). */
    public boolean hasReplay() {
        return !synapses.replay.isEmpty();
    }
}
