package org.neurite.morphology.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurite.channels.io.BadInputException;

/** Each SWC fault gives one error naming file:line, or loads with a listed warning. */
class SwcProblemsTest {
    private static final String SOMA = "1 1 0 0 0 5 -1\n";

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("duplicate id", SOMA + "2 3 0 10 0 1 1\n2 3 0 20 0 1 2\n", "f.swc:3:", "duplicate sample id 2 (first defined at line 2)"),
                Arguments.of("missing parent", SOMA + "2 3 0 10 0 1 1\n3 3 0 20 0 1 7\n", "f.swc:3:", "parent 7 of sample 3 does not exist"),
                Arguments.of("cycle", SOMA + "2 3 0 10 0 1 3\n3 3 0 20 0 1 2\n", "f.swc:2:", "cycle"),
                Arguments.of("self parent", SOMA + "2 3 0 10 0 1 2\n", "f.swc:2:", "its own parent"),
                Arguments.of("negative radius", SOMA + "2 3 0 10 0 -1 1\n", "f.swc:2:", "negative radius"),
                Arguments.of("negative type", SOMA + "2 -3 0 10 0 1 1\n", "f.swc:2:", "negative type"),
                Arguments.of("six columns", SOMA + "2 3 0 10 0 1\n", "f.swc:2:", "expected 7 columns"),
                Arguments.of("not a number", "# c\n" + SOMA + "2 3 0 1O 0 1 1\n", "f.swc:3:", "y must be a number"),
                Arguments.of("fractional id", SOMA + "2.5 3 0 10 0 1 1\n", "f.swc:2:", "id must be an integer"),
                Arguments.of("empty", "# only comments\n\n", "f.swc:", "no samples"),
                Arguments.of("soma under a neurite", SOMA + "2 3 0 10 0 1 1\n3 1 0 20 0 1 2\n", "f.swc:3:", "soma sample 3 has a non-soma parent"),
                Arguments.of("branching soma", SOMA + "2 1 0 1 0 5 1\n3 1 0 2 0 5 2\n4 1 1 1 0 5 2\n", "f.swc:4:", "soma branches at sample 2"),
                Arguments.of("point soma of radius 0", "1 1 0 0 0 0 -1\n2 3 0 10 0 1 1\n", "f.swc:1:", "radius 0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void oneLineErrorNamingFileAndLine(String what, String text, String where, String message) {
        BadInputException e = assertThrows(BadInputException.class,
                () -> SwcLoader.load(SwcParser.parse(text, "f.swc"), SwcConvention.STRICT));
        assertTrue(e.getMessage().startsWith(where), what + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(message), what + ": " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    private static SwcMorphology load(String text) {
        return SwcLoader.load(SwcParser.parse(text, "f.swc"), SwcConvention.STRICT);
    }

    @Test
    void severalTreesLoadWithWarning() {
        SwcMorphology s = load(SOMA + "2 3 0 10 0 1 1\n3 3 0 20 0 1 2\n4 2 50 0 0 1 -1\n5 2 60 0 0 1 4\n");
        assertEquals(2, s.morphology().roots().length);
        assertTrue(s.warnings().get(0).contains("2 disconnected trees (roots at lines 1, 4)"), s.warnings().toString());
    }

    @Test
    void noSomaLoadsWithWarning() {
        SwcMorphology s = load("1 3 0 0 0 1 -1\n2 3 0 10 0 1 1\n");
        assertEquals(SomaStyle.NONE, s.soma());
        assertEquals(1, s.morphology().sectionCount());
        assertTrue(s.warnings().get(0).contains("no soma"), s.warnings().toString());
    }

    @Test
    void zeroRadiusKeptAndReported() {
        SwcMorphology s = load(SOMA + "2 3 0 10 0 1 1\n3 3 0 20 0 0 2\n");
        assertEquals(0.0, s.morphology().radius(1, 1), 0);
        assertTrue(s.warnings().get(0).contains("f.swc: 1 sample(s) with radius 0 (lines 3)"), s.warnings().toString());
    }

    @Test
    void zeroLengthSectionDropped() {
        // sample 2 sits at its parent's point and is alone in its section: its children hang from the soma
        SwcMorphology s = load("1 1 0 0 0 5 -1\n2 3 0 0 0 1 1\n3 3 0 10 0 1 2\n4 3 5 10 0 1 2\n");
        assertTrue(s.warnings().stream().anyMatch(w -> w.startsWith("f.swc:2: section of zero length")), s.warnings().toString());
        assertEquals(2, s.morphology().childCount(0));
    }

    @Test
    void unsortedIdsAndWindowsLineEnds() {
        String text = "# unsorted\r\n3 3 0 20 0 1 2\r\n1 1 0 0 0 5 -1\r\n\r\n2 3 0 10 0 1 1  # trailing comment\r\n";
        SwcMorphology s = load(text);
        assertEquals(2, s.morphology().sectionCount());
        assertEquals(10.0, s.morphology().length(1), 1e-12, "neurite from its first sample (sphere soma)");
        assertEquals(3, s.records().line()[1], "line numbers count CRLF lines");
    }

    @Test
    void closedContourSomaIsTheSphereOfMeanRadius() {
        // a square outline of half-side 5 around (0, 0): corners at distance 5√2 from the centroid
        String text = "1 1 -5 -5 0 1 -1\n2 1 5 -5 0 1 1\n3 1 5 5 0 1 2\n4 1 -5 5 0 1 3\n5 1 -5 -4.9 0 1 4\n"
                + "6 3 0 10 0 1 3\n7 3 0 30 0 1 6\n";
        SwcMorphology s = load(text);
        assertEquals(SomaStyle.CONTOUR, s.soma());
        double cy = (-5 - 5 + 5 + 5 - 4.9) / 5;
        double r = 0;
        double[][] p = {{-5, -5}, {5, -5}, {5, 5}, {-5, 5}, {-5, -4.9}};
        double cx = -1;
        for (double[] q : p) {
            r += Math.hypot(q[0] - cx, q[1] - cy) / 5;
        }
        assertEquals(4 * Math.PI * r * r, s.morphology().area(0), 1e-9);
        assertEquals(0.5, s.morphology().parentX(1), 0, "neurites hang from the centre");
        assertTrue(s.warnings().get(0).contains("soma contour of 5 samples"), s.warnings().toString());
    }
}
