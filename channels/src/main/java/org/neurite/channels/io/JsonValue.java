package org.neurite.channels.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed JSON value that remembers where it came from (file, line) and its path inside the
 * document (e.g. {@code populations[2].size}), so that every error about it can name both.
 * Objects keep key order; a key given twice keeps its last value (as Python's json does).
 */
public final class JsonValue {
    /** The JSON type of a value. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    private final Kind kind;
    private final Object value;
    private final String file;
    private final int line;
    private final String path;

    JsonValue(Kind kind, Object value, String file, int line, String path) {
        this.kind = kind;
        this.value = value;
        this.file = file;
        this.line = line;
        this.path = path;
    }

    public Kind kind() {
        return kind;
    }

    /** File the value was read from (may be null for text parsed from a string). */
    public String file() {
        return file;
    }

    /** 1-based line where the value starts. */
    public int line() {
        return line;
    }

    /** Path of the value inside the document; empty for the root. */
    public String path() {
        return path;
    }

    /** Builds an error located at this value. */
    public BadInputException error(String message) {
        String where = path.isEmpty() ? "" : path + ": ";
        return BadInputException.at(file, line, where + message);
    }

    public boolean isObject() {
        return kind == Kind.OBJECT;
    }

    public boolean isArray() {
        return kind == Kind.ARRAY;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isString() {
        return kind == Kind.STRING;
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    @SuppressWarnings("unchecked")
    private Map<String, JsonValue> map() {
        if (kind != Kind.OBJECT) {
            throw error("must be an object, found " + describe());
        }
        return (Map<String, JsonValue>) value;
    }

    @SuppressWarnings("unchecked")
    private List<JsonValue> list() {
        if (kind != Kind.ARRAY) {
            throw error("must be an array, found " + describe());
        }
        return (List<JsonValue>) value;
    }

    private String describe() {
        switch (kind) {
            case STRING:
                return "the string \"" + value + "\"";
            case NUMBER:
                return "the number " + value;
            case BOOLEAN:
                return value.toString();
            case NULL:
                return "null";
            case ARRAY:
                return "an array";
            default:
                return "an object";
        }
    }

    /** The keys of an object, in document order. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(map().keySet());
    }

    /** Whether an object has the key. */
    public boolean has(String key) {
        return map().containsKey(key);
    }

    /** The member, or null when absent. */
    public JsonValue get(String key) {
        return map().get(key);
    }

    /** The member, or an error naming the key when absent. */
    public JsonValue require(String key) {
        JsonValue v = map().get(key);
        if (v == null) {
            throw error("missing key \"" + key + "\"");
        }
        return v;
    }

    /** Elements of an array. */
    public List<JsonValue> elements() {
        return Collections.unmodifiableList(list());
    }

    /** Size of an array or object. */
    public int size() {
        return kind == Kind.OBJECT ? map().size() : list().size();
    }

    /** The number as a finite double. */
    public double asDouble() {
        if (kind != Kind.NUMBER) {
            throw error("must be a number, found " + describe());
        }
        return (Double) value;
    }

    /** The number as an int; fails when it has a fraction or is out of range. */
    public int asInt() {
        double d = asDouble();
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw error("must be a whole number, found " + value);
        }
        return (int) d;
    }

    /** The number as a long; fails when it has a fraction. */
    public long asLong() {
        double d = asDouble();
        if (d != Math.rint(d) || Math.abs(d) > 9.007199254740992E15) {
            throw error("must be a whole number, found " + value);
        }
        return (long) d;
    }

    public String asString() {
        if (kind != Kind.STRING) {
            throw error("must be a string, found " + describe());
        }
        return (String) value;
    }

    public boolean asBoolean() {
        if (kind != Kind.BOOLEAN) {
            throw error("must be true or false, found " + describe());
        }
        return (Boolean) value;
    }

    /** An array of numbers as a double[]. */
    public double[] asDoubleArray() {
        List<JsonValue> l = list();
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = l.get(i).asDouble();
        }
        return out;
    }

    /** An array of whole numbers as an int[]. */
    public int[] asIntArray() {
        List<JsonValue> l = list();
        int[] out = new int[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = l.get(i).asInt();
        }
        return out;
    }

    /** An array of strings. */
    public List<String> asStringList() {
        List<String> out = new ArrayList<>();
        for (JsonValue v : list()) {
            out.add(v.asString());
        }
        return out;
    }

    /** Member as a double, or the default when absent. */
    public double getDouble(String key, double dflt) {
        JsonValue v = get(key);
        return v == null ? dflt : v.asDouble();
    }

    /** Member as a double; error when absent. */
    public double getDouble(String key) {
        return require(key).asDouble();
    }

    public int getInt(String key, int dflt) {
        JsonValue v = get(key);
        return v == null ? dflt : v.asInt();
    }

    public long getLong(String key, long dflt) {
        JsonValue v = get(key);
        return v == null ? dflt : v.asLong();
    }

    public String getString(String key, String dflt) {
        JsonValue v = get(key);
        return v == null ? dflt : v.asString();
    }

    public boolean getBoolean(String key, boolean dflt) {
        JsonValue v = get(key);
        return v == null ? dflt : v.asBoolean();
    }

    /**
     * Fails on the first key that is not in the allowed set, naming it and what is allowed:
     * this is how a misspelt parameter is caught instead of silently ignored.
     */
    public void requireKnownKeys(Set<String> allowed) {
        for (Map.Entry<String, JsonValue> e : map().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw e.getValue().error("unknown key \"" + e.getKey() + "\" (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    /** The value as plain Java objects (Map, List, String, Double, Boolean, null). */
    public Object toJava() {
        switch (kind) {
            case OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                for (Map.Entry<String, JsonValue> e : map().entrySet()) {
                    m.put(e.getKey(), e.getValue().toJava());
                }
                return m;
            }
            case ARRAY: {
                List<Object> l = new ArrayList<>();
                for (JsonValue v : list()) {
                    l.add(v.toJava());
                }
                return l;
            }
            default:
                return value;
        }
    }

    @Override
    public String toString() {
        return Json.write(toJava());
    }
}
