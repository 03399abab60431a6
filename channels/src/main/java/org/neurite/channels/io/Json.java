package org.neurite.channels.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader (RFC 8259) that keeps line numbers, and a small writer.
 *
 * <p>Every syntax error is reported as one line {@code file:line: message}. Numbers are read as
 * doubles; NaN and infinities are not JSON and are rejected.
 */
public final class Json {
    private final String text;
    private final String file;
    private int pos;
    private int line = 1;

    private Json(String text, String file) {
        this.text = text;
        this.file = file;
    }

    /**
     * Reads and parses a file.
     *
     * @param path the file
     * @return the root value
     * @throws BadInputException if the file cannot be read or is not valid JSON
     */
    public static JsonValue read(Path path) {
        String name = path.toString();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InputFiles.cannotRead(path, e);
        }
        return parse(text, name);
    }

    /**
     * Parses JSON text.
     *
     * @param text the text
     * @param file the name to use in error messages (may be null)
     * @return the root value
     */
    public static JsonValue parse(String text, String file) {
        Json p = new Json(text, file);
        p.skipSpace();
        if (p.pos >= text.length()) {
            throw BadInputException.at(file, p.line, "empty document, expected a JSON value");
        }
        JsonValue v = p.value("");
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.fail("unexpected text after the JSON value");
        }
        return v;
    }

    private BadInputException fail(String message) {
        return BadInputException.at(file, line, "invalid JSON: " + message);
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
            } else if (c != ' ' && c != '\t' && c != '\r' && c != '\ufeff') {
                return;
            }
            pos++;
        }
    }

    private JsonValue value(String path) {
        skipSpace();
        if (pos >= text.length()) {
            throw fail("unexpected end of file");
        }
        int startLine = line;
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(path, startLine);
            case '[':
                return array(path, startLine);
            case '"':
                return new JsonValue(JsonValue.Kind.STRING, string(), file, startLine, path);
            case 't':
                literal("true");
                return new JsonValue(JsonValue.Kind.BOOLEAN, Boolean.TRUE, file, startLine, path);
            case 'f':
                literal("false");
                return new JsonValue(JsonValue.Kind.BOOLEAN, Boolean.FALSE, file, startLine, path);
            case 'n':
                literal("null");
                return new JsonValue(JsonValue.Kind.NULL, null, file, startLine, path);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return new JsonValue(JsonValue.Kind.NUMBER, number(), file, startLine, path);
                }
                throw fail("unexpected character '" + c + "'");
        }
    }

    private void literal(String word) {
        if (!text.startsWith(word, pos)) {
            throw fail("unexpected token, expected " + word);
        }
        pos += word.length();
    }

    private JsonValue object(String path, int startLine) {
        pos++; // {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
            return new JsonValue(JsonValue.Kind.OBJECT, members, file, startLine, path);
        }
        while (true) {
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != '"') {
                throw fail("expected a quoted key");
            }
            String key = string();
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != ':') {
                throw fail("expected ':' after key \"" + key + "\"");
            }
            pos++;
            String childPath = path.isEmpty() ? key : path + "." + key;
            // last one wins, and keeps its own position in the order: ntwk's params.json files repeat
            // keys on purpose (separator lines such as " ---- " used as keys), so a repeat is not an error
            members.remove(key);
            members.put(key, value(childPath));
            skipSpace();
            if (pos >= text.length()) {
                throw fail("unexpected end of file in an object");
            }
            char c = text.charAt(pos++);
            if (c == '}') {
                return new JsonValue(JsonValue.Kind.OBJECT, members, file, startLine, path);
            }
            if (c != ',') {
                throw fail("expected ',' or '}' in an object");
            }
        }
    }

    private JsonValue array(String path, int startLine) {
        pos++; // [
        List<JsonValue> elements = new ArrayList<>();
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == ']') {
            pos++;
            return new JsonValue(JsonValue.Kind.ARRAY, elements, file, startLine, path);
        }
        while (true) {
            elements.add(value(path + "[" + elements.size() + "]"));
            skipSpace();
            if (pos >= text.length()) {
                throw fail("unexpected end of file in an array");
            }
            char c = text.charAt(pos++);
            if (c == ']') {
                return new JsonValue(JsonValue.Kind.ARRAY, elements, file, startLine, path);
            }
            if (c != ',') {
                throw fail("expected ',' or ']' in an array");
            }
        }
    }

    private String string() {
        pos++; // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw fail("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\n') {
                throw fail("line break inside a string");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw fail("unterminated string");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"':
                case '\\':
                case '/':
                    sb.append(e);
                    break;
                case 'b':
                    sb.append('\b');
                    break;
                case 'f':
                    sb.append('\f');
                    break;
                case 'n':
                    sb.append('\n');
                    break;
                case 'r':
                    sb.append('\r');
                    break;
                case 't':
                    sb.append('\t');
                    break;
                case 'u':
                    if (pos + 4 > text.length()) {
                        throw fail("bad \\u escape");
                    }
                    try {
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw fail("bad \\u escape");
                    }
                    pos += 4;
                    break;
                default:
                    throw fail("bad escape \\" + e);
            }
        }
    }

    private Double number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        if (pos >= text.length() || !Character.isDigit(text.charAt(pos))) {
            throw fail("bad number");
        }
        if (text.charAt(pos) == '0' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
            throw fail("numbers may not have leading zeros");
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            if (pos >= text.length() || !Character.isDigit(text.charAt(pos))) {
                throw fail("bad number: digits must follow '.'");
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= text.length() || !Character.isDigit(text.charAt(pos))) {
                throw fail("bad number: digits must follow the exponent");
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        double d = Double.parseDouble(text.substring(start, pos));
        if (Double.isInfinite(d)) {
            throw fail("number out of range");
        }
        return d;
    }

    /**
     * Writes plain Java values as indented JSON: Map (string keys), List, double[], int[],
     * Number, String, Boolean, null. Non-finite numbers are written as null.
     */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v, int indent) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String) {
            quote(sb, (String) v);
        } else if (v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (!Double.isFinite(d)) {
                sb.append("null");
            } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                sb.append((long) d).append(".0");
            } else {
                sb.append(d);
            }
        } else if (v instanceof Number) {
            sb.append(v);
        } else if (v instanceof double[]) {
            List<Object> l = new ArrayList<>();
            for (double d : (double[]) v) {
                l.add(d);
            }
            writeList(sb, l, indent, true);
        } else if (v instanceof int[]) {
            List<Object> l = new ArrayList<>();
            for (int i : (int[]) v) {
                l.add(i);
            }
            writeList(sb, l, indent, true);
        } else if (v instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) v;
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                pad(sb, indent + 2);
                quote(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                write(sb, e.getValue(), indent + 2);
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            pad(sb, indent);
            sb.append('}');
        } else if (v instanceof List) {
            List<?> l = (List<?>) v;
            boolean flat = l.stream().allMatch(x -> x == null || x instanceof Number || x instanceof String || x instanceof Boolean);
            writeList(sb, l, indent, flat);
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass() + " as JSON");
        }
    }

    private static void writeList(StringBuilder sb, List<?> l, int indent, boolean flat) {
        if (l.isEmpty()) {
            sb.append("[]");
            return;
        }
        if (flat) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                write(sb, l.get(i), indent);
            }
            sb.append(']');
            return;
        }
        sb.append("[\n");
        for (int i = 0; i < l.size(); i++) {
            pad(sb, indent + 2);
            write(sb, l.get(i), indent + 2);
            sb.append(i + 1 < l.size() ? ",\n" : "\n");
        }
        pad(sb, indent);
        sb.append(']');
    }

    private static void pad(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(' ');
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}
