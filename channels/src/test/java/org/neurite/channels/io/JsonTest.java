package org.neurite.channels.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neurite.channels.testing.ValidationData;

class JsonTest {

    @Test
    void parsesValuesAndKeepsLinesAndPaths() {
        String text = "{\n  \"a\": 1.5,\n  \"pops\": [\n    {\"n\": 4000, \"name\": \"RecExc\"},\n    {\"n\": -2e1}\n  ],\n  \"ok\": true, \"x\": null,\n  \"s\": \"t\\u00e9\\n\"\n}";
        JsonValue v = Json.parse(text, "net.json");
        assertEquals(1.5, v.getDouble("a"), 0);
        JsonValue second = v.require("pops").elements().get(1);
        assertEquals(-20, second.require("n").asInt());
        assertEquals(5, second.line());
        assertEquals("pops[1]", second.path());
        assertEquals("té\n", v.getString("s", ""));
        assertTrue(v.require("x").isNull());
        BadInputException e = assertThrows(BadInputException.class, () -> second.require("name"));
        assertEquals("net.json:5: pops[1]: missing key \"name\"", e.getMessage());
        BadInputException e2 = assertThrows(BadInputException.class, () -> v.require("pops").elements().get(0).require("name").asDouble());
        assertEquals("net.json:4: pops[0].name: must be a number, found the string \"RecExc\"", e2.getMessage());
    }

    @Test
    void syntaxErrorsNameFileAndLine() {
        assertEquals("f.json:3: invalid JSON: expected ',' or '}' in an object",
                assertThrows(BadInputException.class, () -> Json.parse("{\n\"a\": 1\n\"b\": 2}", "f.json")).getMessage());
        assertTrue(assertThrows(BadInputException.class, () -> Json.parse("[1, 2,]", "g.json")).getMessage().startsWith("g.json:1:"));
        assertTrue(assertThrows(BadInputException.class, () -> Json.parse("{\"a\": NaN}", "g.json")).getMessage().contains("unexpected character"));
        assertTrue(assertThrows(BadInputException.class, () -> Json.parse("", "e.json")).getMessage().contains("empty"));
        assertTrue(assertThrows(BadInputException.class, () -> Json.parse("01", null)).getMessage().contains("leading zeros"));
        assertTrue(assertThrows(BadInputException.class, () -> Json.read(Path.of("/no/such/file.json"))).getMessage()
                .equals("/no/such/file.json: file not found"));
    }

    @Test
    void unknownKeysAndWrongTypesAreCaught() {
        JsonValue v = Json.parse("{\"tau\": 5, \"tua\": 3}", "r.json");
        BadInputException e = assertThrows(BadInputException.class, () -> v.requireKnownKeys(Set.of("tau")));
        assertTrue(e.getMessage().contains("unknown key \"tua\""), e.getMessage());
        assertTrue(assertThrows(BadInputException.class, () -> Json.parse("{\"n\": 2.5}", null).require("n").asInt())
                .getMessage().contains("whole number"));
    }

    /** The allowed keys are listed in one order, whatever the set's iteration order. */
    @Test
    void unknownKeyMessagesListTheAllowedKeysSorted() {
        JsonValue v = Json.parse("{\"tua\": 3}", "r.json");
        BadInputException e = assertThrows(BadInputException.class, () -> v.requireKnownKeys(Set.of("tau", "delay", "weight", "E_rev")));
        assertEquals("r.json:1: tua: unknown key \"tua\" (allowed: E_rev, delay, tau, weight)", e.getMessage());
    }

    @Test
    void writesAndReadsBack() {
        Object data = Map.of("name", "fit", "coefficients", new double[] {-0.05, 0.001}, "rms_Hz", 0.36, "ok", true);
        JsonValue back = Json.parse(Json.write(data), null);
        assertArrayEquals(new double[] {-0.05, 0.001}, back.require("coefficients").asDoubleArray(), 0);
        assertEquals("fit", back.getString("name", null));
        assertEquals(List.of(1.0, "a"), Json.parse(Json.write(List.of(1.0, "a")), null).toJava());
    }

    /** The ntwk params.json files (decorative keys, repeated " " keys) parse as Python's json does. */
    @Test
    void readsTheSeedToolkitParamsFiles() throws Exception {
        Path dir = ValidationData.folder("meanfield_zerlaut/seed_configs");
        int files = 0;
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                JsonValue v = Json.read(p);
                assertTrue(v.isObject(), p.toString());
                files++;
            }
        }
        assertEquals(3, files);
        JsonValue rsfs = Json.read(dir.resolve("RS-FS_2017.params.json"));
        assertEquals(4000, rsfs.require("N_RecExc").asInt());
        assertEquals(List.of("RecExc", "RecInh"), rsfs.require("REC_POPS").asStringList());
    }
}
