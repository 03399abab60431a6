package org.neurite.morphology.synapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.channels.testing.ValidationData;
import org.neurite.morphology.io.SwcConvention;
import org.neurite.morphology.io.SwcLoader;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * Synapse placement. Counts are deterministic (round(density × measure), documented in
 * {@link SitePlacement}); positions are uniform, so the number falling in a part of the domain is
 * binomial and is checked within 4 standard deviations. References: NEURON 8.2.2's membrane area
 * per type of the L2/3 cell (validation/neuron_reference), NeuroM's total basal length of
 * neurom_Neuron.swc (418.43241644 µm), and closed forms on hand-built cylinders and cones.
 */
class PlacementTest {
    /** A soma cylinder (20 µm, r 5) and a 600 µm dendrite of radius 1 from its middle. */
    private static Morphology ballAndStick() {
        Morphology.Builder b = Morphology.builder();
        b.addSection(-1, 0, SwcType.SOMA, null, new double[] {-10, 0, 0, 5, 10, 0, 0, 5}, null, false);
        b.addSection(0, 0.5, SwcType.BASAL, null, new double[] {0, 0, 0, 1, 0, 300, 0, 1, 0, 600, 0, 1}, null, false);
        return b.build();
    }

    /** A cone: radius 1 → 3 µm over 100 µm. */
    private static Morphology cone() {
        Morphology.Builder b = Morphology.builder();
        b.addSection(-1, 0, SwcType.APICAL, null, new double[] {0, 0, 0, 1, 100, 0, 0, 3}, null, false);
        return b.build();
    }

    @Test
    void areasPerTypeAreNeuronsAndDensitiesGiveExactCounts() {
        Path dir = ValidationData.folder("neuron_reference");
        JsonValue p = Json.read(dir.resolve("L23pyr-j150811a_cell_protocols.json")).require("passive");
        Morphology m = SwcLoader.load(dir.getParent().resolve(p.require("swc").asString()), SwcConvention.NEURON).morphology();
        JsonValue areas = p.require("membrane_area_um2_per_type");
        double dend = areas.require("dend").asDouble();
        PlacementDomain basal = PlacementDomain.of(m, Region.tagged(SwcType.BASAL), 0, Double.POSITIVE_INFINITY);
        PlacementDomain apical = PlacementDomain.of(m, Region.tagged(SwcType.APICAL), 0, Double.POSITIVE_INFINITY);
        // NEURON's areas are rounded to 1e-4 µm²
        assertEquals(dend, basal.area(), 2e-4);
        assertEquals(areas.require("apic").asDouble(), apical.area(), 2e-4);
        // density 0.01 per µm² on the basal tree: round(58.99894) = 59 sites, all basal
        int n = SitePlacement.countForDensity(0.01, basal.area(), "density");
        assertEquals(Math.round(0.01 * dend), n);
        Location[] sites = SitePlacement.random(basal, n, PlacementDomain.Measure.AREA, new RandomStreams(7).stream("t"));
        assertEquals(59, sites.length);
        for (Location l : sites) {
            assertEquals(SwcType.BASAL, m.tag(l.section()));
        }
    }

    @Test
    void lengthsAreNeuromsAndTheSplitBetweenTreesIsBinomial() {
        Morphology m = SwcLoader.load(ValidationData.file("morphology_swc", "synthetic/neurom_Neuron.swc"), SwcConvention.STRICT).morphology();
        PlacementDomain basal = PlacementDomain.of(m, Region.tagged(SwcType.BASAL), 0, Double.POSITIVE_INFINITY);
        PlacementDomain apical = PlacementDomain.of(m, Region.tagged(SwcType.APICAL), 0, Double.POSITIVE_INFINITY);
        assertEquals(418.43241644, basal.length(), 418.43 * 1e-7, "NeuroM total_length of the basal trees");
        assertEquals(214.37304578, apical.length(), 214.37 * 1e-7, "NeuroM total_length of the apical tree");
        assertEquals(209, SitePlacement.countForDensity(0.5, basal.length(), "density"), "round(0.5 x 418.43)");
        PlacementDomain both = PlacementDomain.of(m, Region.union(List.of(Region.tagged(SwcType.BASAL), Region.tagged(SwcType.APICAL))),
                0, Double.POSITIVE_INFINITY);
        int n = 20000;
        Location[] sites = SitePlacement.random(both, n, PlacementDomain.Measure.LENGTH, new RandomStreams(3).stream("t"));
        int inBasal = 0;
        for (Location l : sites) {
            inBasal += m.tag(l.section()) == SwcType.BASAL ? 1 : 0;
        }
        double q = basal.length() / both.length();
        double sd = Math.sqrt(n * q * (1 - q));
        assertEquals(n * q, inBasal, 4 * sd, "basal share of uniformly placed sites");
    }

    @Test
    void distanceBandsAreExactOnACylinderAndRespected() {
        Morphology m = ballAndStick();
        PlacementDomain band = PlacementDomain.of(m, Region.all(), 100, 300);
        assertEquals(200, band.length(), 1e-9, "100-300 µm of the dendrite");
        assertEquals(2 * Math.PI * 1 * 200, band.area(), 1e-9);
        // 0-4 µm: both halves of the soma around its centre (8 µm of soma, none of the dendrite
        // ... plus the dendrite's first 4 µm, which starts at the soma centre)
        PlacementDomain near = PlacementDomain.of(m, Region.all(), 0, 4);
        assertEquals(8 + 4, near.length(), 1e-9);
        assertEquals(8 * 2 * Math.PI * 5 + 4 * 2 * Math.PI, near.area(), 1e-9);
        Location[] sites = SitePlacement.random(band, 500, PlacementDomain.Measure.LENGTH, new RandomStreams(1).stream("t"));
        double mean = 0;
        for (Location l : sites) {
            double d = m.pathDistance(l);
            assertTrue(d >= 100 - 1e-9 && d <= 300 + 1e-9, "distance " + d);
            mean += d / sites.length;
        }
        // uniform on [100, 300]: mean 200, sd 200/√12 per site
        assertEquals(200, mean, 4 * 200 / Math.sqrt(12) / Math.sqrt(sites.length));
        assertTrue(PlacementDomain.of(m, Region.tagged(SwcType.APICAL), 0, Double.POSITIVE_INFINITY).isEmpty());
        assertTrue(PlacementDomain.of(m, Region.all(), 700, 800).isEmpty());
    }

    @Test
    void uniformPerAreaOnAConeFollowsTheRadius() {
        // per µm² on a cone r(a) = 1 + a/50: density per µm of length ∝ r(a), so the mean position is
        // ∫a·r da / ∫r da = (5000 + 0.02·10⁶/3) / 200 = 58.333 µm; per µm it is 50 µm
        Morphology m = cone();
        PlacementDomain d = PlacementDomain.of(m, Region.all(), 0, Double.POSITIVE_INFINITY);
        double slant = Math.sqrt(1 + 0.02 * 0.02);
        assertEquals(Math.PI * (1 + 3) * 100 * slant, d.area(), 1e-9);
        int n = 20000;
        double mean = 0;
        double meanSq = 0;
        for (Location l : SitePlacement.random(d, n, PlacementDomain.Measure.AREA, new RandomStreams(5).stream("t"))) {
            double a = l.x() * 100;
            mean += a / n;
            meanSq += a * a / n;
        }
        double expected = (5000 + 0.02 * 1e6 / 3) / 200;
        double sd = Math.sqrt(meanSq - mean * mean);
        assertEquals(expected, mean, 4 * sd / Math.sqrt(n));
        double meanLength = 0;
        for (Location l : SitePlacement.random(d, n, PlacementDomain.Measure.LENGTH, new RandomStreams(5).stream("t"))) {
            meanLength += l.x() * 100 / n;
        }
        assertEquals(50, meanLength, 4 * 100 / Math.sqrt(12) / Math.sqrt(n));
        // the inverse of the area relation: the median site by area sits where half the area is
        Location half = d.locate(0.5, PlacementDomain.Measure.AREA);
        double a = half.x() * 100;
        assertEquals(0.5 * d.area(), Math.PI * slant * (2 * 1 * a + 0.02 * a * a), 1e-9);
    }

    @Test
    void theSameSeedGivesTheSamePlacement() {
        Morphology m = ballAndStick();
        PlacementDomain d = PlacementDomain.of(m, Region.tagged(SwcType.BASAL), 50, 550);
        Location[] a = SitePlacement.random(d, 100, PlacementDomain.Measure.AREA, new RandomStreams(11).stream("placement:x"));
        Location[] b = SitePlacement.random(d, 100, PlacementDomain.Measure.AREA, new RandomStreams(11).stream("placement:x"));
        Location[] c = SitePlacement.random(d, 100, PlacementDomain.Measure.AREA, new RandomStreams(12).stream("placement:x"));
        assertArrayEquals(a, b);
        assertFalse(java.util.Arrays.equals(a, c));
        for (int i = 1; i < a.length; i++) {
            assertTrue(a[i - 1].x() <= a[i].x(), "sorted by position");
        }
    }
}
