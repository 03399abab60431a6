package org.neurite.viewer.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The mesh against the geometry it was built from. References: the counts follow from the
 * construction (a tube of n segments with c compartment changes: (n + 1 + c)·sides + 2(sides + 1)
 * vertices and 2·sides·n + 2·sides triangles; (stacks + 1)(slices + 1) and slices(2·stacks − 2) per
 * sphere); the bounds and surfaces from the shapes' definitions (a vertex of a sphere lies at distance
 * r from its centre; a vertex of a tube on a frustum's side, on an end disc, or on a shared ring at
 * distance r from the joint). Tolerance 1e-4 µm: vertices are floats of coordinates up to ~200 µm.
 */
class MorphologyMeshTest {
    private static final double TOL = 1e-4;

    @Test
    void ballAndStickHasTheCountsOfItsPieces() {
        MorphologyMesh.Resolution res = new MorphologyMesh.Resolution(12, 16, 32);
        MorphologyMesh m = MorphologyMesh.of(TestCells.ballAndStick(), res);
        // one straight tube of 4 segments, 3 compartment changes: 8 rings + 2 caps
        assertEquals((4 + 1 + 3) * 12 + 2 * 13 + 17 * 33, m.vertexCount());
        assertEquals(2 * 12 * 4 + 2 * 12 + 32 * (2 * 16 - 2), m.triangleCount());
        assertEquals(5, m.compartmentCount());
        assertEquals(0, m.skippedSegments());
    }

    @Test
    void ballAndStickBoundsAreTheSphereAndTheCylinderEnds() {
        MorphologyMesh m = MorphologyMesh.of(TestCells.ballAndStick());
        Bounds b = m.bounds();
        assertEquals(-10, b.minX(), TOL);
        assertEquals(210, b.maxX(), TOL);
        assertEquals(-10, b.minY(), TOL);
        assertEquals(10, b.maxY(), TOL);
        assertEquals(-10, b.minZ(), TOL);
        assertEquals(10, b.maxZ(), TOL);
        // the geometry's own box is never smaller: balls around the frustum ends reach x = 211
        Bounds g = TestCells.ballAndStick().bounds();
        assertEquals(-10, g.minX(), TOL);
        assertEquals(211, g.maxX(), TOL);
        assertEquals(-10, g.minY(), TOL);
    }

    @Test
    void everyVertexLiesOnAPieceOfItsOwnCompartment() {
        for (CellGeometry g : new CellGeometry[] {TestCells.ballAndStick(), TestCells.branched()}) {
            MorphologyMesh m = MorphologyMesh.of(g, new MorphologyMesh.Resolution(7, 5, 9));
            float[] p = m.positions();
            for (int v = 0; v < m.vertexCount(); v++) {
                int c = m.vertexCompartment(v);
                boolean found = false;
                for (int i = 0; i < g.segmentCount() && !found; i++) {
                    found = g.segmentCompartment(i) == c && onFrustum(g, i, p[3 * v], p[3 * v + 1], p[3 * v + 2]);
                }
                for (int k = 0; k < g.sphereCount() && !found; k++) {
                    double dx = p[3 * v] - g.sphereX(k);
                    double dy = p[3 * v + 1] - g.sphereY(k);
                    double dz = p[3 * v + 2] - g.sphereZ(k);
                    found = g.sphereCompartment(k) == c
                            && Math.abs(Math.sqrt(dx * dx + dy * dy + dz * dz) - g.sphereRadius(k)) < TOL;
                }
                assertTrue(found, "vertex " + v + " is on no piece of its compartment " + c);
            }
        }
    }

    /** Whether a point is on the side or an end disc of frustum i. */
    private static boolean onFrustum(CellGeometry g, int i, double x, double y, double z) {
        double len = g.segmentLength(i);
        double ax = (g.distalX(i) - g.proximalX(i)) / len;
        double ay = (g.distalY(i) - g.proximalY(i)) / len;
        double az = (g.distalZ(i) - g.proximalZ(i)) / len;
        double wx = x - g.proximalX(i);
        double wy = y - g.proximalY(i);
        double wz = z - g.proximalZ(i);
        double s = wx * ax + wy * ay + wz * az; // along the axis
        double rx = wx - s * ax;
        double ry = wy - s * ay;
        double rz = wz - s * az;
        double dist = Math.sqrt(rx * rx + ry * ry + rz * rz); // from the axis
        double r = g.proximalRadius(i) + (g.distalRadius(i) - g.proximalRadius(i)) * Math.max(0, Math.min(1, s / len));
        boolean side = s >= -TOL && s <= len + TOL && Math.abs(dist - r) < TOL;
        boolean disc = (Math.abs(s) < TOL && dist <= g.proximalRadius(i) + TOL)
                || (Math.abs(s - len) < TOL && dist <= g.distalRadius(i) + TOL);
        double ex = x - g.distalX(i);
        double ey = y - g.distalY(i);
        double ez = z - g.distalZ(i);
        boolean jointRing = Math.abs(Math.sqrt(ex * ex + ey * ey + ez * ez) - g.distalRadius(i)) < TOL
                || Math.abs(Math.sqrt(wx * wx + wy * wy + wz * wz) - g.proximalRadius(i)) < TOL;
        return side || disc || jointRing;
    }

    @Test
    void trianglesWindCounterClockwiseSeenFromOutside() {
        MorphologyMesh m = MorphologyMesh.of(TestCells.branched());
        float[] p = m.positions();
        float[] n = m.normals();
        int[] t = m.triangles();
        for (int k = 0; k < m.triangleCount(); k++) {
            int a = t[3 * k];
            int b = t[3 * k + 1];
            int c = t[3 * k + 2];
            double e1x = p[3 * b] - p[3 * a];
            double e1y = p[3 * b + 1] - p[3 * a + 1];
            double e1z = p[3 * b + 2] - p[3 * a + 2];
            double e2x = p[3 * c] - p[3 * a];
            double e2y = p[3 * c + 1] - p[3 * a + 1];
            double e2z = p[3 * c + 2] - p[3 * a + 2];
            double fx = e1y * e2z - e1z * e2y;
            double fy = e1z * e2x - e1x * e2z;
            double fz = e1x * e2y - e1y * e2x;
            double area = Math.sqrt(fx * fx + fy * fy + fz * fz);
            assertTrue(area > 0, "triangle " + k + " is degenerate");
            for (int v : new int[] {a, b, c}) {
                double dot = (fx * n[3 * v] + fy * n[3 * v + 1] + fz * n[3 * v + 2]) / area;
                assertTrue(dot > 0.5, "triangle " + k + " faces away from the normal of vertex " + v + " (" + dot + ")");
            }
        }
        for (int v = 0; v < m.vertexCount(); v++) {
            double len = Math.sqrt(n[3 * v] * n[3 * v] + n[3 * v + 1] * n[3 * v + 1] + n[3 * v + 2] * n[3 * v + 2]);
            assertEquals(1, len, 1e-6, "normal of vertex " + v);
        }
    }

    @Test
    void taperedSideNormalsLeanTowardsTheNarrowEnd() {
        // a cone-like frustum along +x from r = 3 to r = 1 over 4 µm: the side normal is (2, 4·radial)/√20
        CellGeometry g = CellGeometry.builder(1).segment(0, 0, 0, 3, 4, 0, 0, 1, 3, 0).build();
        MorphologyMesh m = MorphologyMesh.of(g, new MorphologyMesh.Resolution(8, 2, 3));
        int firstRingVertex = 8 + 1; // after the start cap's centre and ring
        assertEquals(2 / Math.sqrt(20), m.normals()[3 * firstRingVertex], 1e-6);
    }

    @Test
    void vertexValuesAreTheirCompartmentsValues() {
        MorphologyMesh m = MorphologyMesh.of(TestCells.ballAndStick());
        float[] comp = {-65, -50, -40, -30, -20};
        float[] out = new float[m.vertexCount()];
        m.fillVertexValues(comp, out);
        for (int v = 0; v < m.vertexCount(); v++) {
            assertEquals(comp[m.vertexCompartment(v)], out[v]);
        }
    }

    @Test
    void aGentleBendSharesOneRingInTheBisectingPlaneAndASharpOneStartsANewTube() {
        // two segments of one compartment turning by 30° at (10, 0, 0): one tube, 3 rings
        double c30 = Math.cos(Math.toRadians(30));
        double s30 = Math.sin(Math.toRadians(30));
        CellGeometry gentle = CellGeometry.builder(1).segment(0, 0, 0, 1, 10, 0, 0, 1, 3, 0)
                .segment(10, 0, 0, 1, 10 + 10 * c30, 10 * s30, 0, 1, 3, 0).build();
        MorphologyMesh m = MorphologyMesh.of(gentle, new MorphologyMesh.Resolution(8, 2, 3));
        assertEquals(3 * 8 + 2 * 9, m.vertexCount());
        assertEquals(2 * 8 * 2 + 2 * 8, m.triangleCount());
        // the shared ring (the second one) lies in the plane through the joint normal to the bisector (cos 15°, sin 15°, 0)
        double bx = Math.cos(Math.toRadians(15));
        double by = Math.sin(Math.toRadians(15));
        float[] p = m.positions();
        for (int v = 9 + 8; v < 9 + 16; v++) {
            double along = (p[3 * v] - 10) * bx + p[3 * v + 1] * by;
            assertEquals(0, along, TOL, "vertex " + v + " off the bisecting plane");
        }
        // a 90° turn: two tubes with their own caps
        CellGeometry sharp = CellGeometry.builder(1).segment(0, 0, 0, 1, 10, 0, 0, 1, 3, 0)
                .segment(10, 0, 0, 1, 10, 10, 0, 1, 3, 0).build();
        assertEquals(2 * (2 * 8 + 2 * 9), MorphologyMesh.of(sharp, new MorphologyMesh.Resolution(8, 2, 3)).vertexCount());
        // a change of radius at the joint also starts a new tube
        CellGeometry step = CellGeometry.builder(1).segment(0, 0, 0, 1, 10, 0, 0, 1, 3, 0)
                .segment(10, 0, 0, 2, 20, 0, 0, 2, 3, 0).build();
        assertEquals(2 * (2 * 8 + 2 * 9), MorphologyMesh.of(step, new MorphologyMesh.Resolution(8, 2, 3)).vertexCount());
    }

    @Test
    void zeroLengthSegmentsAreLeftOut() {
        CellGeometry g = CellGeometry.builder(1).segment(1, 1, 1, 1, 1, 1, 1, 1, 3, 0)
                .segment(0, 0, 0, 1, 0, 5, 0, 1, 3, 0).build();
        MorphologyMesh m = MorphologyMesh.of(g, new MorphologyMesh.Resolution(6, 2, 3));
        assertEquals(1, m.skippedSegments());
        assertEquals(4 * 6 + 2, m.vertexCount());
    }
}
