package org.neurite.morphology.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.testing.ValidationData;
import org.neurite.morphology.tree.Morphology;

/** SWC writing and SWC → NeuroML2 conversion keep the geometry (round trips). */
class ConversionTest {
    private static Path swc(String name) {
        return ValidationData.file("morphology_swc", "real/" + name);
    }

    @Test
    void swcTextRoundTrip(@TempDir Path dir) {
        SwcRecords r = SwcParser.parse(swc("c91662.swc"));
        Path out = dir.resolve("copy.swc");
        SwcWriter.write(r, List.of("copy"), out);
        SwcRecords back = SwcParser.parse(out);
        assertArrayEquals(r.id(), back.id());
        assertArrayEquals(r.parent(), back.parent());
        assertArrayEquals(r.type(), back.type());
        assertArrayEquals(r.x(), back.x(), 1e-12, "the file's coordinates have ≤ 4 decimals");
        assertArrayEquals(r.radius(), back.radius(), 1e-12);
    }

    @Test
    void morphologyToSwcAndBack() {
        Morphology m = SwcLoader.load(swc("L23pyr-j150811a.CNG.swc"), SwcConvention.STRICT).morphology();
        SwcRecords r = SwcWriter.records(m, "again");
        Morphology back = SwcLoader.load(SwcParser.parse(SwcWriter.text(r, List.of()), "again.swc"), SwcConvention.STRICT).morphology();
        assertEquals(m.sectionCount(), back.sectionCount());
        for (int s = 0; s < m.sectionCount(); s++) {
            assertEquals(m.area(s), back.area(s), 1e-6 * m.area(s), m.name(s));
            assertEquals(m.name(s), back.name(s));
        }
    }

    @Test
    void swcToNeuromlKeepsSectionsAreasAndAttachments(@TempDir Path dir) {
        for (SwcConvention c : SwcConvention.values()) {
            Morphology m = SwcLoader.load(swc("L23pyr-j150811a.CNG.swc"), c).morphology();
            Path nml = dir.resolve("l23-" + c + ".cell.nml");
            NeuromlWriter.write(m, "L23pyr", List.of("converted from SWC by neurite"), nml);
            NeuromlCell cell = NeuromlReader.read(nml);
            Morphology back = cell.morphology();
            assertEquals(m.sectionCount(), back.sectionCount(), c + ": sections");
            double area = 0;
            double areaBack = 0;
            for (int s = 0; s < m.sectionCount(); s++) {
                area += m.area(s);
                areaBack += back.area(s);
                assertEquals(m.tag(s), back.tag(s), c + ": type of " + m.name(s));
                assertEquals(m.length(s), back.length(s), 1e-9 * m.length(s), c + ": length of " + m.name(s));
                assertEquals(m.parentX(s), back.parentX(s), 1e-12, c + ": attachment of " + m.name(s));
            }
            assertEquals(area, areaBack, 1e-9 * area);
            assertEquals(m.sectionCount(), cell.groups().get("all").cables().size() > 0 ? back.sectionCount() : -1);
        }
    }
}
