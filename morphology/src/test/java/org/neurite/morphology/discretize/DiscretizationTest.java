package org.neurite.morphology.discretize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.units.Units;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * Discretisation on hand-built cells whose numbers follow from geometry by hand: cylinder areas
 * π·d·L, half-piece resistances 4·Ra·(L/2)/(π d²), the zero-area junction at a fork, parent-first
 * numbering, location mapping, and NEURON's d_lambda formula.
 */
class DiscretizationTest {
    /** A trunk (100 µm × 2 µm) forking into two children (50 µm × 1 µm) at its end. */
    private static Morphology fork() {
        Morphology.Builder b = Morphology.builder();
        b.addSection(-1, 0, SwcType.BASAL, null, new double[] {0, 0, 0, 1, 100, 0, 0, 1}, null, false);
        b.addSection(0, 1, SwcType.BASAL, null, new double[] {100, 0, 0, 0.5, 150, 0, 0, 0.5}, null, false);
        b.addSection(0, 1, SwcType.BASAL, null, new double[] {100, 0, 0, 0.5, 100, 50, 0, 0.5}, null, false);
        return b.build();
    }

    @Test
    void forkWithJunctionNode() {
        Discretization d = Discretization.of(fork(), new CvPolicy.FixedPerSection(2), CableProperties.uniform(100, 1));
        // trunk 2 nodes + junction + 2 × 2 nodes
        assertEquals(7, d.size());
        assertArrayEquals(new int[] {-1, 0, 1, 2, 3, 2, 5}, d.parents());
        assertTrue(d.isJunction(2));
        assertEquals(0.0, d.area(2), 0);
        assertEquals(Math.PI * 2 * 50, d.area(0), 1e-9, "π d L of a 50 µm piece");
        assertEquals(Math.PI * 1 * 25, d.area(3), 1e-9);
        assertEquals(Units.capacitancePF(1, Math.PI * 2 * 50), d.capacitance(0), 1e-12);
        // node 0 → node 1: two half pieces of 25 µm at d = 2 µm
        double r01 = 2 * Units.frustumAxialResistanceMOhm(100, 25, 2, 2);
        assertEquals(1e3 / r01, d.axialConductance(1), 1e-9);
        // junction ← last trunk node: one half piece; child's first node ← junction: its half piece (12.5 µm, d 1)
        assertEquals(1e3 / Units.frustumAxialResistanceMOhm(100, 25, 2, 2), d.axialConductance(2), 1e-9);
        assertEquals(1e3 / Units.frustumAxialResistanceMOhm(100, 12.5, 1, 1), d.axialConductance(3), 1e-9);
        // locations
        assertEquals(2, d.compartmentAt(new Location(0, 1.0)), "x = 1 with children: the junction");
        assertEquals(2, d.compartmentAt(new Location(1, 0.0)), "a child's x = 0 is its parent's node");
        assertEquals(4, d.compartmentAt(new Location(1, 1.0)), "a tip's x = 1: its last node");
        assertEquals(0, d.compartmentAt(new Location(0, 0.2)));
        assertEquals(1, d.compartmentAt(new Location(0, 0.7)));
        assertEquals(new Location(0, 0.75), d.location(1));
        // the compartment areas add up to the membrane area
        double total = 0;
        for (int i = 0; i < d.size(); i++) {
            total += d.area(i);
        }
        Morphology m = fork();
        assertEquals(m.area(0) + m.area(1) + m.area(2), total, 1e-9);
        // extents: node 1 covers x 50…100 of the trunk
        assertArrayEquals(new double[] {50, 0, 0, 1, 100, 0, 0, 1}, d.extent(1), 1e-12);
        assertEquals(0, d.extentPointCount(2), "a junction covers nothing");
    }

    @Test
    void frustumPiecesIntegrateExactly() {
        Morphology.Builder b = Morphology.builder();
        // a cone 30 µm long, radius 2 → 1, with an interior point at 10 µm (radius 5/3)
        b.addSection(-1, 0, SwcType.BASAL, null, new double[] {0, 0, 0, 2, 10, 0, 0, 5.0 / 3, 30, 0, 0, 1}, null, false);
        Morphology m = b.build();
        Discretization d = Discretization.of(m, new CvPolicy.FixedPerSection(1), CableProperties.uniform(100, 1));
        assertEquals(Morphology.frustumArea(30, 2, 1), d.area(0), 1e-9, "a split frustum has the whole frustum's area");
        double[] half = Discretization.integrate(m, 0, 0, 15, 100);
        assertEquals(Units.frustumAxialResistanceMOhm(100, 15, 4, 3), half[1], 1e-12, "∫4Ra/(πd²) over a linear taper");
    }

    @Test
    void dLambdaIsNeuronsFormula() {
        // one cylinder: L/λ_f = L·√2·1e-5·√(4π f Ra cm)/√(2d); nseg = 2⌊(L/(0.1 λ)+0.9)/2⌋+1
        Morphology.Builder b = Morphology.builder();
        b.addSection(-1, 0, SwcType.BASAL, null, new double[] {0, 0, 0, 0.5, 1000, 0, 0, 0.5}, null, false);
        Morphology m = b.build();
        double lambda = 1e5 * Math.sqrt(1.0 / (4 * Math.PI * 100 * 150 * 1));
        int expected = (int) ((1000 / (0.1 * lambda) + 0.9) / 2) * 2 + 1;
        assertEquals(expected, new CvPolicy.DLambda(0.1).nseg(m, 0, 150, 1));
        assertEquals(45, expected, "1000 µm at λ_100 = 230 µm");
    }

    @Test
    void perSegmentAndMaxLengthBoundaries() {
        Morphology.Builder b = Morphology.builder();
        b.addSection(-1, 0, SwcType.BASAL, null, new double[] {0, 0, 0, 1, 10, 0, 0, 1, 10, 0, 0, 0.5, 40, 0, 0, 0.5}, null, false);
        Morphology m = b.build();
        assertArrayEquals(new double[] {0, 0.25, 1}, new CvPolicy.PerSegment().boundaries(m, 0, 100, 1), 1e-15,
                "the zero-length diameter step is merged");
        assertEquals(5, new CvPolicy.MaxLength(10).boundaries(m, 0, 100, 1).length);
    }

    @Test
    void zeroRadiusIsRefused() {
        Morphology.Builder b = Morphology.builder();
        b.addSection(-1, 0, SwcType.BASAL, "tip", new double[] {0, 0, 0, 1, 10, 0, 0, 0}, new long[] {4, 5}, false);
        BadInputException e = assertThrows(BadInputException.class,
                () -> Discretization.of(b.build(), new CvPolicy.FixedPerSection(1), CableProperties.uniform(100, 1)));
        assertTrue(e.getMessage().contains("section tip") && e.getMessage().contains("sample/segment id 5"), e.getMessage());
    }
}
