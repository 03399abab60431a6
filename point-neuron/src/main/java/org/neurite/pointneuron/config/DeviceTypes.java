package org.neurite.pointneuron.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.neurite.channels.io.JsonValue;

/** The device types of the network format and the keys each accepts. */
public final class DeviceTypes {
    private DeviceTypes() {
    }

    /** NEST current generator names → channels current-source plugin names. */
    public static final Map<String, String> CURRENT = Map.of(
            "dc_generator", "dc",
            "step_current_generator", "step",
            "ac_generator", "ac",
            "noise_generator", "noise",
            "ou_noise_generator", "ou_noise");

    /** Recorder types (may name several targets). */
    public static final Set<String> RECORDERS = Set.of("spike_recorder", "multimeter", "population_rate", "weight_recorder");

    /** NEST's weight_recorder: names a plastic pathway instead of a target. */
    public static final String WEIGHT_RECORDER = "weight_recorder";

    private static final Map<String, Set<String>> KEYS = new LinkedHashMap<>();

    static {
        Set<String> base = Set.of("type", "name", "target");
        KEYS.put("poisson_generator", with(base, "rate", "start", "stop", "weight", "delay", "receptor", "mode", "n_sources"));
        KEYS.put("spike_generator", with(base, "spike_times", "weight", "delay", "receptor"));
        KEYS.put("spike_source", with(base, "source", "per_target", "weight", "delay", "receptor"));
        for (String c : CURRENT.keySet()) {
            KEYS.put(c, with(base, "params", "per_target", "delay"));
        }
        KEYS.put("spike_recorder", base);
        KEYS.put("multimeter", with(base, "record_from", "interval"));
        KEYS.put("population_rate", with(base, "bin", "start"));
        KEYS.put(WEIGHT_RECORDER, Set.of("type", "name", "pathway", "senders", "targets"));
    }

    /** Every type, sorted. */
    public static final Set<String> ALL = new TreeSet<>(KEYS.keySet());

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> s = new TreeSet<>(base);
        s.addAll(List.of(more));
        return s;
    }

    /** Fails on a key the type does not take. */
    static void checkKeys(String type, JsonValue d) {
        d.requireKnownKeys(KEYS.get(type));
    }
}
