package org.neurite.morphology.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurite.channels.testing.ValidationData;
import org.neurite.morphology.io.MorphologyFile;
import org.neurite.morphology.io.SwcConvention;
import org.neurite.morphology.report.MorphologyReport;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/** Regions, path distances and the morphology report on NeuroM's "simple" cell (drawn in its header). */
class RegionAndReportTest {
    private static MorphologyFile simple() {
        return MorphologyFile.read(ValidationData.file("morphology_swc", "synthetic/neurom_simple.swc"), SwcConvention.STRICT, null);
    }

    @Test
    void pathDistancesAndRegions() {
        Morphology m = simple().morphology();
        // basal: soma centre → (0,5) is 5 µm, then to (6,5) another 6 µm
        int basal = m.sectionNamed("dend[0]");
        assertEquals(5.0, m.pathDistance(new Location(basal, 1.0)), 1e-12);
        int tip = m.sectionNamed("dend[2]");
        assertEquals(11.0, m.pathDistance(new Location(tip, 1.0)), 1e-12);
        Region near = Region.distance(0, 6);
        assertTrue(near.contains(m, basal, 0.5));
        assertFalse(near.contains(m, tip, 1.0));
        Region dendOrAxon = Region.union(List.of(Region.tagged(SwcType.BASAL), Region.tagged(SwcType.AXON)));
        assertTrue(dendOrAxon.contains(m, tip, 0.5));
        assertFalse(dendOrAxon.contains(m, 0, 0.5));
        assertTrue(Region.all().contains(m, 0, 0.5));
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportCountsAndLengths() {
        Map<String, Object> f = MorphologyReport.of(simple()).fields();
        assertEquals(9, f.get("samples"));
        assertEquals(7, f.get("sections"));
        assertEquals(2, f.get("branch_points"), "each neurite bifurcates once");
        Map<String, Double> len = (Map<String, Double>) f.get("length_um_per_type");
        assertEquals(16.0, len.get("basal"), 1e-12, "5 + 5 + 6 (NeuroM: 16)");
        assertEquals(15.0, len.get("axon"), 1e-12, "4 + 6 + 5");
        assertEquals(11.0, (Double) f.get("max_path_distance_um"), 1e-12);
        assertTrue(((List<String>) f.get("problems")).get(0).contains("radius 0"));
    }
}
