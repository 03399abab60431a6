package org.neurite.morphology.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.testing.ValidationData;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * Every file of validation/morphology_swc loads (in both conventions) as its MANIFEST says: sample
 * counts per type, soma style, number of trees; and the facts the source projects assert (NeuroM,
 * MorphIO, Arbor — the {@code source_project_expectation} entries) are checked one by one below.
 */
class SwcManifestTest {
    private static Path folder() {
        return ValidationData.folder("morphology_swc");
    }

    static Stream<Arguments> files() {
        JsonValue m = Json.read(folder().resolve("MANIFEST.json"));
        List<Arguments> out = new ArrayList<>();
        for (JsonValue f : m.require("files").elements()) {
            out.add(Arguments.of(f.require("file").asString(), f));
        }
        return out.stream();
    }

    private static SwcMorphology load(String file, SwcConvention c) {
        for (String sub : new String[] {"real", "synthetic"}) {
            Path p = folder().resolve(sub).resolve(file);
            if (p.toFile().isFile()) {
                return SwcLoader.load(p, c);
            }
        }
        throw new AssertionError("no file " + file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void loadsAsManifestSays(String file, JsonValue entry) {
        for (SwcConvention c : SwcConvention.values()) {
            SwcMorphology s = load(file, c);
            assertEquals(entry.require("samples").asInt(), s.records().size(), file + " samples");
            Map<Integer, Integer> types = new TreeMap<>();
            JsonValue t = entry.require("types");
            for (String k : t.keys()) {
                types.put(Integer.parseInt(k), t.require(k).asInt());
            }
            assertEquals(types, s.samplesPerType(), file + " samples per type");
            assertEquals(entry.require("comment_lines").asInt(), s.records().commentLines(), file + " comment lines");
            assertEquals(entry.require("roots").asInt(), s.morphology().roots().length, file + " trees");
            String soma = entry.require("soma").asString();
            SomaStyle expected = soma.startsWith("3-point") ? SomaStyle.THREE_POINT
                    : soma.startsWith("single") ? SomaStyle.SINGLE_POINT : SomaStyle.CHAIN;
            assertEquals(expected, s.soma(), file + " soma style");
            // neurite length per type: the MANIFEST's measure (sum of sample-to-parent distances of
            // non-soma samples) equals section lengths plus the soma-to-neurite links our sections omit
            Map<Integer, Double> lengths = sectionLengthPerType(s.morphology());
            JsonValue nl = entry.require("neurite_length_um_by_type");
            for (String k : nl.keys()) {
                int type = Integer.parseInt(k);
                double links = somaLinks(s.records(), type, s.soma(), c);
                assertEquals(nl.require(k).asDouble(), lengths.getOrDefault(type, 0.0) + links, 2e-3,
                        file + " (" + c + ") neurite length of type " + k);
            }
        }
    }

    private static Map<Integer, Double> sectionLengthPerType(Morphology m) {
        Map<Integer, Double> out = new TreeMap<>();
        for (int s = 0; s < m.sectionCount(); s++) {
            if (m.tag(s) != SwcType.SOMA) {
                out.merge(m.tag(s), m.length(s), Double::sum);
            }
        }
        return out;
    }

    /** Length of the links from soma samples to their neurite children that sections do not contain. */
    private static double somaLinks(SwcRecords r, int type, SomaStyle soma, SwcConvention c) {
        Map<Long, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < r.size(); i++) {
            index.put(r.id()[i], i);
        }
        double sum = 0;
        for (int i = 0; i < r.size(); i++) {
            if (r.type()[i] != type || r.parent()[i] < 0) {
                continue;
            }
            int p = index.get(r.parent()[i]);
            if (r.type()[p] != SwcType.SOMA) {
                continue;
            }
            double d = Math.sqrt(Math.pow(r.x()[i] - r.x()[p], 2) + Math.pow(r.y()[i] - r.y()[p], 2) + Math.pow(r.z()[i] - r.z()[p], 2));
            // STRICT keeps the link on a chain soma (≥ 2 samples, not the 3-point pattern)
            boolean kept = c == SwcConvention.STRICT && soma == SomaStyle.CHAIN;
            sum += kept ? 0 : d;
        }
        return sum;
    }

    @Test
    void neuromNeuronTotalLengthsAndSections() {
        // NeuroM test_get_features.py: total_length per neurite type, rtol 1e-7; 84 sections
        SwcMorphology s = load("neurom_Neuron.swc", SwcConvention.STRICT);
        Map<Integer, Double> len = sectionLengthPerType(s.morphology());
        assertEquals(207.87975221, len.get(SwcType.AXON), 207.88 * 1e-7);
        assertEquals(418.43241644, len.get(SwcType.BASAL), 418.43 * 1e-7);
        assertEquals(214.37304578, len.get(SwcType.APICAL), 214.37 * 1e-7);
        assertEquals(84, s.morphology().sectionCount() - 1, "neurite sections (NeuroM: 84)");
    }

    @Test
    void morphioSomaCylindersSurface() {
        // MorphIO: a stack of 3 cylinders of radius 40: soma surface 2π·40·3 (lateral areas)
        SwcMorphology s = load("morphio_soma_cylinders.swc", SwcConvention.STRICT);
        assertEquals(SomaStyle.CHAIN, s.soma());
        assertEquals(2 * Math.PI * 40 * 3, s.morphology().area(0), 1e-9);
        assertEquals(1, s.morphology().childCount(0), "one root section");
    }

    @Test
    void disorderedSectionsPerNeurite() {
        // NeuroM: number_of_sections_per_neurite = [5, 3] (same as the ordered file)
        SwcMorphology s = load("neurom_sample_disordered.swc", SwcConvention.STRICT);
        Morphology m = s.morphology();
        List<Integer> perNeurite = new ArrayList<>();
        for (int root : m.children(0)) {
            perNeurite.add(subtreeSize(m, root));
        }
        assertEquals(List.of(5, 3), perNeurite);
    }

    private static int subtreeSize(Morphology m, int s) {
        int n = 1;
        for (int c : m.children(s)) {
            n += subtreeSize(m, c);
        }
        return n;
    }

    @Test
    void morphioSimpleTwoRootSectionsBothLineEnds() {
        for (String f : new String[] {"morphio_simple.swc", "morphio_simple-windows-eol.swc"}) {
            SwcMorphology s = load(f, SwcConvention.STRICT);
            assertEquals(2, s.morphology().childCount(0), f + ": two root sections");
            assertEquals(7, s.morphology().sectionCount(), f + ": soma + 2 roots × (1 + 2 children)");
        }
    }

    @Test
    void customTypesAccepted() {
        SwcMorphology s = load("morphio_simple-all-types.swc", SwcConvention.STRICT);
        for (int t = 5; t <= 19; t++) {
            assertEquals(2, s.samplesPerType().get(t));
        }
        assertEquals(15, s.morphology().childCount(0), "root sections of types 5 … 19");
        assertTrue(s.morphology().sectionNamed("type19[0]") >= 0);
    }

    @Test
    void threePointSomaRadiusTwo() {
        SwcMorphology s = load("neurom_three_pt_soma.swc", SwcConvention.STRICT);
        assertEquals(SomaStyle.THREE_POINT, s.soma());
        assertEquals(4, s.morphology().childCount(0), "4 neurites");
        assertEquals(2.0, s.morphology().radius(0, 1), 0);
        assertEquals(4 * Math.PI * 4, s.morphology().area(0), 1e-9, "area 4πr²");
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("radius 0")), "zero radii are reported");
    }

    @Test
    void arborBallAndStick() {
        // Arbor: sphere r = 6.30785 (area of a 12.6157 µm cylinder of equal length and diameter), dendrite 200 µm, r 0.5
        for (SwcConvention c : SwcConvention.values()) {
            Morphology m = load("arbor_ball_and_stick.swc", c).morphology();
            assertEquals(4 * Math.PI * 6.30785 * 6.30785, m.area(0), 1e-9);
            assertEquals(200.0, m.length(1), 1e-12);
            assertEquals(0.5, m.radius(1, 0), 0);
        }
    }

    @Test
    void arborDetailedCellTrailingComments() {
        // Arbor: 2-sample soma (cylinder 40 µm, r 2), axon off the first soma sample; comments after data
        SwcMorphology s = load("arbor_single_cell_detailed.swc", SwcConvention.STRICT);
        Morphology m = s.morphology();
        assertEquals(40.0, m.length(0), 0);
        assertEquals(2 * Math.PI * 2 * 40, m.area(0), 1e-9);
        int axon = m.sectionNamed("axon[0]");
        assertEquals(0.0, m.parentX(axon), 0, "axon hangs from the soma's first sample");
        assertEquals(1.0, m.parentX(m.sectionNamed("dend[0]")), 0, "dendrite from the soma's second sample");
    }
}
