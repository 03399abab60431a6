package org.neurite.channels.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.channels.io.BadInputException;

/**
 * Validated parameter values for one plugin instance. Built transactionally: every given value is
 * checked (known name, finite, in range) before the set exists, so a bad value never leaves a
 * half-configured object behind. Errors name the owner and the parameter.
 */
public final class ParameterSet {
    private final String owner;
    private final Map<String, Double> values;

    private ParameterSet(String owner, Map<String, Double> values) {
        this.owner = owner;
        this.values = values;
    }

    /**
     * Checks given values against specs and fills in defaults.
     *
     * @param owner who the parameters belong to, for messages (e.g. {@code receptor "AMPA"})
     * @param specs the allowed parameters
     * @param given the user's values (names as in the specs)
     * @return the complete set
     * @throws BadInputException on an unknown name, a missing required value, NaN or a value out of range
     */
    public static ParameterSet of(String owner, List<ParameterSpec> specs, Map<String, Double> given) {
        Map<String, ParameterSpec> byName = new LinkedHashMap<>();
        for (ParameterSpec s : specs) {
            byName.put(s.name(), s);
        }
        for (String name : given.keySet()) {
            if (!byName.containsKey(name)) {
                throw BadInputException.parameter(owner + " " + name,
                        "unknown parameter (" + known(byName.keySet()) + ")");
            }
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParameterSpec s : specs) {
            Double v = given.get(s.name());
            if (v == null) {
                if (s.required()) {
                    throw BadInputException.parameter(owner + " " + s.name(), "is required [" + s.unit() + "]");
                }
                v = s.defaultValue();
            }
            check(owner, s, v);
            values.put(s.name(), v);
        }
        return new ParameterSet(owner, Collections.unmodifiableMap(values));
    }

    /**
     * Reads the numeric members of a JSON object named in the specs; other keys must be in
     * {@code otherKeys} (settings the caller reads itself) or they are an error naming the key.
     *
     * @param owner who the parameters belong to, for messages
     * @param specs the numeric parameters
     * @param config a JSON object
     * @param otherKeys keys allowed besides the specs
     * @return the validated set
     */
    public static ParameterSet fromJson(String owner, List<ParameterSpec> specs, org.neurite.channels.io.JsonValue config,
                                        java.util.Set<String> otherKeys) {
        Map<String, Double> given = new LinkedHashMap<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (ParameterSpec s : specs) {
            names.add(s.name());
        }
        for (String key : config.keys()) {
            if (names.contains(key)) {
                org.neurite.channels.io.JsonValue v = config.get(key);
                double d = v.asDouble();
                ParameterSpec spec = specs.stream().filter(s -> s.name().equals(key)).findFirst().orElseThrow();
                if (d < spec.min() || d > spec.max()) {
                    throw v.error("must be " + spec.rangeText() + " [" + spec.unit() + "], got " + d);
                }
                given.put(key, d);
            } else if (!otherKeys.contains(key)) {
                java.util.List<String> allowed = new ArrayList<>(names);
                allowed.addAll(otherKeys);
                throw config.get(key).error("unknown parameter \"" + key + "\" for " + owner + " (" + known(allowed) + ")");
            }
        }
        return of(owner, specs, given);
    }

    /** Checks one value against its spec. */
    public static void check(String owner, ParameterSpec s, double v) {
        if (!Double.isFinite(v)) {
            throw BadInputException.parameter(owner + " " + s.name(), "must be a finite number, got " + v);
        }
        if (v < s.min() || v > s.max()) {
            throw BadInputException.parameter(owner + " " + s.name(),
                    "must be " + s.rangeText() + " [" + s.unit() + "], got " + v);
        }
    }

    /** The value of a parameter. */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException(owner + " has no parameter " + name);
        }
        return v;
    }

    /** Who the parameters belong to. */
    public String owner() {
        return owner;
    }

    /** All values, in spec order. */
    public Map<String, Double> asMap() {
        return values;
    }

    /** Names in spec order. */
    public List<String> names() {
        return new ArrayList<>(values.keySet());
    }

    /** "known: a, b" or, for an owner without parameters, says so. */
    private static String known(java.util.Collection<String> names) {
        return names.isEmpty() ? "it takes no parameters" : "known: " + String.join(", ", names);
    }
}
