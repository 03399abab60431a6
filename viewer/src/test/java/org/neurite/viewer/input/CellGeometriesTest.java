package org.neurite.viewer.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.neurite.channels.testing.ValidationData;
import org.neurite.morphology.discretize.CableProperties;
import org.neurite.morphology.discretize.CvPolicy;
import org.neurite.morphology.discretize.Discretization;
import org.neurite.morphology.io.MorphologyFile;
import org.neurite.morphology.io.SwcConvention;
import org.neurite.morphology.tree.Morphology;
import org.neurite.viewer.scene.CellGeometry;

/**
 * Morphology and discretisation to drawn geometry. References: the project's ball-and-stick
 * (morphologies/index.json: soma sphere r 10 µm, dendrite 600 µm × 2 µm, 20 compartments at
 * d_lambda 0.1) and the morphology module's own lengths (drawn frusta must add up to the sections'
 * lengths, 1e-9 relative: the same points).
 */
class CellGeometriesTest {
    private static Morphology read(Path file, SwcConvention c) {
        return MorphologyFile.read(file, c, null).morphology();
    }

    private static double drawnLength(CellGeometry g) {
        double sum = 0;
        for (int i = 0; i < g.segmentCount(); i++) {
            sum += g.segmentLength(i);
        }
        return sum;
    }

    @Test
    void ballAndStickCompartmentsAreASomaSphereAndTheDendritesPieces() {
        Path swc = ValidationData.repositoryRoot().resolve("morphologies/ball_and_stick.swc");
        Morphology m = read(swc, SwcConvention.NEURON);
        Discretization d = Discretization.of(m, new CvPolicy.DLambda(0.1), CableProperties.uniform(150, 1));
        CellGeometry g = CellGeometries.of(d);
        assertEquals(20, d.size());
        assertEquals(d.size(), g.compartmentCount());
        assertEquals(1, g.sphereCount(), "the one-point soma is drawn as a ball");
        assertEquals(10, g.sphereRadius(0), 1e-12);
        assertEquals(d.compartmentAt(m.origin()), g.sphereCompartment(0));
        assertEquals(600, drawnLength(g), 1e-9 * 600);
        for (int i = 0; i < g.segmentCount(); i++) {
            assertEquals(1, g.proximalRadius(i), 1e-12);
            int c = g.segmentCompartment(i);
            assertTrue(c != g.sphereCompartment(0));
            // every frustum lies inside its compartment's stretch of the dendrite (x along the section)
            double[] ext = d.extent(c);
            double lo = Math.min(ext[0], ext[ext.length - 4]);
            double hi = Math.max(ext[0], ext[ext.length - 4]);
            assertTrue(g.proximalX(i) >= lo - 1e-9 && g.distalX(i) <= hi + 1e-9, "segment " + i + " outside compartment " + c);
        }
    }

    @Test
    void realCellDrawsEveryPieceOfEverySection() {
        Path swc = ValidationData.file("morphology_swc", "real/L5pyr-j140408b.CNG.swc");
        Morphology m = read(swc, SwcConvention.STRICT);
        CellGeometries.Pieces p = CellGeometries.perPiece(m);
        double sections = 0;
        double soma = 0;
        for (int s = 0; s < m.sectionCount(); s++) {
            sections += m.length(s);
            if (m.tag(s) == 1 && p.geometry().sphereCount() > 0) {
                soma += m.length(s);
            }
        }
        assertEquals(sections - soma, drawnLength(p.geometry()), 1e-9 * sections);
        assertEquals(p.geometry().compartmentCount(), p.pathDistanceUm().length);
        // path distances grow away from the soma: the farthest piece is at least the farthest point's straight distance
        float max = 0;
        for (float v : p.pathDistanceUm()) {
            assertTrue(v >= 0);
            max = Math.max(max, v);
        }
        assertTrue(max > 100, "max path distance " + max);
    }

    @Test
    void aSomaOfSeveralCylindersIsDrawnFromItsSamples() {
        Path swc = ValidationData.file("morphology_swc", "synthetic/morphio_soma_cylinders.swc");
        CellGeometry g = CellGeometries.perPiece(read(swc, SwcConvention.STRICT)).geometry();
        assertEquals(0, g.sphereCount());
        boolean somaFrusta = false;
        for (int i = 0; i < g.segmentCount(); i++) {
            somaFrusta |= g.segmentType(i) == 1;
        }
        assertTrue(somaFrusta);
    }

    @Test
    void sphereLikeMeansOneStraightCylinderAsLongAsItIsWide() {
        assertTrue(CellGeometries.sphereLike(new double[] {0, -5, 0, 5, 0, 5, 0, 5}, 0, 2));
        assertTrue(CellGeometries.sphereLike(new double[] {0, -5, 0, 5, 0, 0, 0, 5, 0, 5, 0, 5}, 0, 3));
        assertFalse(CellGeometries.sphereLike(new double[] {0, -5, 0, 5, 0, 15, 0, 5}, 0, 2), "too long");
        assertFalse(CellGeometries.sphereLike(new double[] {0, -5, 0, 5, 3, 0, 0, 5, 0, 5, 0, 5}, 0, 3), "bent");
        assertFalse(CellGeometries.sphereLike(new double[] {0, -5, 0, 5, 0, 5, 0, 2}, 0, 2), "tapered");
    }
}
