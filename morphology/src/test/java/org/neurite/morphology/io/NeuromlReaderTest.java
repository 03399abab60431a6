package org.neurite.morphology.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.testing.ValidationData;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * NeuroML2 reading on the official examples and the ACnet2 pyramidal cell
 * (validation/neuroml2); expected numbers are worked out by hand from the files' coordinates.
 */
class NeuromlReaderTest {
    private static Path file(String sub, String name) {
        return ValidationData.file("neuroml2", sub + "/" + name);
    }

    private static double areaOf(Morphology m, Region r) {
        double a = 0;
        for (int s = 0; s < m.sectionCount(); s++) {
            if (r.contains(m, s, 0.5)) {
                a += m.area(s);
            }
        }
        return a;
    }

    @Test
    void simpleMorphologyGroupsPathsSubtrees() {
        NeuromlCell c = NeuromlReader.read(file("neuroml2_examples", "NML2_SimpleMorphology.nml"));
        Morphology m = c.morphology();
        assertEquals("SimpleCell", c.id());
        assertEquals(4, c.segments());
        assertEquals(3, m.sectionCount(), "soma, dendrite (segments 1+2), spine");
        assertEquals(SwcType.SOMA, m.tag(0));
        assertEquals(Math.PI * 10 * 10, m.area(0), 1e-9, "soma cylinder d 10, L 10");
        assertEquals(20.0, m.length(1), 1e-12);
        // the spine hangs from the middle of segment 2, i.e. 15 µm along the 20 µm dendrite
        assertEquals(0.75, m.parentX(2), 1e-12);
        assertEquals(List.of(new Region.Cable(1, 0, 0.5), new Region.Cable(1, 0.5, 1)), c.groups().get("middle").cables());
        assertEquals(3, c.groups().get("tip").cables().size(), "subTree from segment 1: 1, 2, 3");
        assertEquals(4, c.groups().get("all").cables().size());
        assertEquals(1, m.locationOfId(2).section());
        assertEquals(1.0, m.locationOfId(2).x(), 1e-12);
    }

    @Test
    void fullCellBiophysicsAndProximalFromParent() {
        NeuromlCell c = NeuromlReader.read(file("neuroml2_examples", "NML2_FullCell.nml"));
        Morphology m = c.morphology();
        // segment 1 has no proximal: it starts with the soma's distal point (d 10) and tapers to d 3
        assertEquals(5.0, m.radius(1, 0), 0);
        assertEquals(1.5, m.radius(1, 1), 0);
        NeuromlCell.Biophysics b = c.biophysics();
        assertEquals(2, b.channelDensities().size());
        NeuromlCell.ChannelDensity pas = b.channelDensities().get(0);
        assertEquals(3e-4, pas.condDensitySPerCm2(), 1e-18, "3.0 S_per_m2");
        assertEquals("all", pas.segmentGroup(), "no segmentGroup: all segments");
        NeuromlCell.ChannelDensity na = b.channelDensities().get(1);
        assertEquals("NaConductance", na.ionChannel());
        assertEquals(0.12, na.condDensitySPerCm2(), 1e-15);
        assertEquals(50.0, na.erevMV(), 0);
        assertEquals("soma_group", na.segmentGroup());
        assertEquals(List.of(new NeuromlCell.Value(1.0, "soma_group"), new NeuromlCell.Value(2.0, "dendrite_group")), b.specificCapacitance());
        assertEquals(-65.0, b.initMembPotential().get(0).value(), 0);
        assertEquals(0.0, b.spikeThresh().get(0).value(), 0);
    }

    @Test
    void acnetPyramidalWithIncludes() {
        NeuromlCell c = NeuromlReader.read(file("acnet2", "pyr_4_sym.cell.nml"));
        Morphology m = c.morphology();
        assertEquals(9, c.segments());
        assertEquals(9, m.sectionCount(), "one section per cable group");
        assertEquals(6, c.includes().size(), "Ca_conc and five channel files");
        assertEquals(Math.PI * 23 * 17, m.area(0), 1e-9);
        // dendritic cylinders: π·d·L per segment (lengths from the coordinates)
        double dend = Math.PI * (6 * 60 + 4.4 * 400 + 2.9 * 400 + 2.0 * 250 + 3 * 150 + 4 * 50
                + 2 * 5 * Math.hypot(106.07, 106.07));
        assertEquals(dend, areaOf(m, c.groups().get("dendrite_group")), 1e-9);
        assertEquals(0.0, m.parentX(m.sectionNamed("dend[5]")), 0, "basal0 hangs from the soma's start (fractionAlong 0)");
        NeuromlCell.Biophysics b = c.biophysics();
        assertEquals(5, b.channelDensities().size());
        assertEquals(2.84, b.specificCapacitance().get(0).value(), 1e-15);
        assertEquals(200.0, b.resistivity().get(0).value(), 1e-12);
        assertEquals(-65.0, b.initMembPotential().get(0).value(), 0);
        NeuromlCell.ChannelDensity leak = b.channelDensities().get(3);
        assertEquals("LeakConductance_pyr", leak.ionChannel());
        assertEquals(1.420051e-4, leak.condDensitySPerCm2(), 1e-18);
        assertEquals("all", leak.segmentGroup());
        assertEquals(-66.0, leak.erevMV(), 0);
    }

    @Test
    void fileWithoutCellIsOneError() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> NeuromlReader.read(file("neuroml2_examples", "NML2_SimpleIonChannel.nml")));
        assertTrue(e.getMessage().contains("no <cell>"), e.getMessage());
    }

    @Test
    void allExampleCellsRead() {
        for (String f : new String[] {"NML2_SingleCompHHCell.nml", "NML2_SimpleMorphology.nml", "NML2_FullCell.nml"}) {
            assertTrue(NeuromlReader.read(file("neuroml2_examples", f)).morphology().sectionCount() >= 1, f);
        }
        assertEquals(2, NeuromlReader.read(file("acnet2", "bask.cell.nml")).segments());
        // a segment with coinciding points is a sphere: area π d² (the file's comment: 1000 µm²)
        NeuromlCell hh = NeuromlReader.read(file("neuroml2_examples", "NML2_SingleCompHHCell.nml"));
        assertEquals(1000.0, hh.morphology().area(0), 1e-3);
        assertEquals(1, hh.warnings().size());
    }

    private static final String HEAD = "<neuroml xmlns=\"http://www.neuroml.org/schema/neuroml2\" id=\"t\">\n<cell id=\"c\">\n<morphology id=\"m\">\n"
            + "<segment id=\"0\" name=\"soma\"><proximal x=\"0\" y=\"0\" z=\"0\" diameter=\"10\"/><distal x=\"10\" y=\"0\" z=\"0\" diameter=\"10\"/></segment>\n";

    @Test
    void badInputNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.nml");
        Files.writeString(f, HEAD + "<segment id=\"1\"><parent segment=\"7\"/><distal x=\"20\" y=\"0\" z=\"0\" diameter=\"1\"/></segment>\n"
                + "</morphology></cell></neuroml>\n");
        BadInputException e = assertThrows(BadInputException.class, () -> NeuromlReader.read(f));
        assertEquals(f + ":5: segment 1: parent segment 7 does not exist", e.getMessage());

        Files.writeString(f, HEAD + "</morphology>\n<biophysicalProperties id=\"b\"><membraneProperties>\n"
                + "<specificCapacitance value=\"1.0 uF_per_cm3\"/></membraneProperties></biophysicalProperties></cell></neuroml>\n");
        e = assertThrows(BadInputException.class, () -> NeuromlReader.read(f));
        assertTrue(e.getMessage().contains("unit \"uF_per_cm3\""), e.getMessage());

        Files.writeString(f, HEAD + "<segment id=\"1\"><parent segment=\"0\"/><distal x=\"20\" y=\"0\" z=\"0\" diameter=\"1\"/>\n");
        e = assertThrows(BadInputException.class, () -> NeuromlReader.read(f));
        assertTrue(e.getMessage().startsWith(f + ":"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        Files.writeString(f, "<neuroml xmlns=\"http://www.neuroml.org/schema/neuroml2\"><include href=\"nothere.nml\"/></neuroml>\n");
        e = assertThrows(BadInputException.class, () -> NeuromlReader.read(f));
        assertTrue(e.getMessage().startsWith(f + ":1: included file nothere.nml not found"), e.getMessage());
    }

    @Test
    void valuesJaxbCannotBindAndMissingRequiredAttributesNameTheLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.nml");
        // HEAD ends on line 4 with segment 0; the faulty element is on line 5
        Files.writeString(f, HEAD + "<segment id=\"1\"><parent segment=\"0\"/><distal x=\"20\" y=\"0\" z=\"0\" diameter=\"1e-x\"/></segment>\n"
                + "</morphology></cell></neuroml>\n");
        BadInputException e = assertThrows(BadInputException.class, () -> NeuromlReader.read(f));
        assertEquals(f + ":5: not a readable NeuroML document: not a number: 1e-x", e.getMessage());

        Files.writeString(f, HEAD + "<segment id=\"one\"><parent segment=\"0\"/><distal x=\"20\" y=\"0\" z=\"0\" diameter=\"1\"/></segment>\n"
                + "</morphology></cell></neuroml>\n");
        e = assertThrows(BadInputException.class, () -> NeuromlReader.read(f));
        assertEquals(f + ":5: not a readable NeuroML document: not a number: one", e.getMessage());

        // JAXB alone would read the missing diameter as 0 and the missing parent id as segment 0
        Files.writeString(f, HEAD + "<segment id=\"1\"><parent segment=\"0\"/><distal x=\"20\" y=\"0\" z=\"0\"/></segment>\n"
                + "</morphology></cell></neuroml>\n");
        e = assertThrows(BadInputException.class, () -> NeuromlReader.read(f));
        assertEquals(f + ":5: not a readable NeuroML document: <distal> needs the attribute diameter", e.getMessage());

        Files.writeString(f, HEAD + "<segment id=\"1\"><parent/><distal x=\"20\" y=\"0\" z=\"0\" diameter=\"1\"/></segment>\n"
                + "</morphology></cell></neuroml>\n");
        e = assertThrows(BadInputException.class, () -> NeuromlReader.read(f));
        assertEquals(f + ":5: not a readable NeuroML document: <parent> needs the attribute segment", e.getMessage());

        // the same attribute name on an element outside the subset is not checked (skipped as before)
        Files.writeString(f, HEAD + "</morphology></cell>\n<network id=\"n\"><include/></network></neuroml>\n");
        assertEquals(1, NeuromlReader.read(f).morphology().sectionCount());
    }
}
