package org.neurite.viewer.input;

import org.neurite.morphology.discretize.Discretization;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;
import org.neurite.viewer.scene.CellGeometry;

/**
 * Builds what the viewer draws from what the morphology module holds: a morphology's sections, or
 * the compartments of a discretisation (also as read back from a cell.h5). Every compartment's extent
 * (the polyline of 3-D points with radii it covers) becomes frusta coloured by that compartment.
 *
 * <p>A soma that is one compartment and one straight cylinder as long as it is wide — how the
 * morphology module holds a one-point soma and NeuroMorpho's three-point soma, both spheres in the
 * file — is drawn as a sphere of that radius; any other soma (a stack of cylinders, a contour) is
 * drawn from its samples. Radii below {@link #MIN_RADIUS_UM} (SWC files may write 0) are drawn with
 * that radius.
 */
public final class CellGeometries {
    /** Smallest radius drawn [µm]. */
    public static final double MIN_RADIUS_UM = 0.05;

    private CellGeometries() {
    }

    /**
     * One compartment per compartment of the discretisation (junction nodes have no extent and draw
     * nothing), numbered as the discretisation numbers them — the columns of its voltage traces.
     */
    public static CellGeometry of(Discretization d) {
        Morphology m = d.morphology();
        int[] section = new int[d.size()];
        for (int i = 0; i < section.length; i++) {
            section[i] = d.section(i);
        }
        int[] type = new int[m.sectionCount()];
        for (int s = 0; s < type.length; s++) {
            type[s] = m.tag(s);
        }
        return fromExtents(d.extentOffsets(), d.extentPoints(), section, type);
    }

    /**
     * From compartment extents as arrays (the layout of cell.h5's {@code /compartments}).
     *
     * @param extentOffsets start of each compartment's points, length compartments + 1
     * @param extentPoints x, y, z, radius quadruples [µm]
     * @param compartmentSection section of each compartment
     * @param sectionType SWC type of each section
     */
    public static CellGeometry fromExtents(int[] extentOffsets, double[] extentPoints, int[] compartmentSection,
                                           int[] sectionType) {
        int n = extentOffsets.length - 1;
        int[] compartmentsOfSection = new int[sectionType.length];
        for (int i = 0; i < n; i++) {
            if (extentOffsets[i + 1] > extentOffsets[i]) {
                compartmentsOfSection[compartmentSection[i]]++;
            }
        }
        CellGeometry.Builder b = CellGeometry.builder(n);
        for (int i = 0; i < n; i++) {
            int from = extentOffsets[i];
            int to = extentOffsets[i + 1];
            if (to - from < 2) {
                continue;
            }
            int type = sectionType[compartmentSection[i]];
            if (type == SwcType.SOMA && compartmentsOfSection[compartmentSection[i]] == 1
                    && sphereLike(extentPoints, from, to)) {
                addSphere(b, extentPoints, from, to, i);
            } else {
                addPolyline(b, extentPoints, from, to, type, i);
            }
        }
        return b.build();
    }

    /**
     * One compartment per piece between consecutive points of every section (a sphere-like soma is
     * one compartment), with the path distance from the soma's middle to the middle of each
     * compartment [µm] (the morphology module's {@link Morphology#pathDistance}).
     */
    public static Pieces perPiece(Morphology m) {
        int count = 0;
        boolean[] sphere = new boolean[m.sectionCount()];
        double[] quad = new double[0];
        for (int s = 0; s < m.sectionCount(); s++) {
            quad = points(m, s, quad);
            sphere[s] = m.tag(s) == SwcType.SOMA && sphereLike(quad, 0, m.pointCount(s));
            count += sphere[s] ? 1 : m.pointCount(s) - 1;
        }
        CellGeometry.Builder b = CellGeometry.builder(count);
        float[] distance = new float[count];
        int c = 0;
        for (int s = 0; s < m.sectionCount(); s++) {
            quad = points(m, s, quad);
            int np = m.pointCount(s);
            if (sphere[s]) {
                addSphere(b, quad, 0, np, c);
                distance[c++] = (float) m.pathDistance(new Location(s, 0.5));
                continue;
            }
            double len = m.length(s);
            for (int j = 0; j + 1 < np; j++) {
                addPolyline(b, quad, j, j + 2, m.tag(s), c);
                double mid = len > 0 ? 0.5 * (m.arc(s, j) + m.arc(s, j + 1)) / len : 0.5;
                distance[c++] = (float) m.pathDistance(new Location(s, mid));
            }
        }
        return new Pieces(b.build(), distance);
    }

    /**
     * A morphology cut into pieces, and the path distance of each.
     *
     * @param geometry the pieces as compartments
     * @param pathDistanceUm path distance from the soma's middle to each piece's middle [µm]
     */
    public record Pieces(CellGeometry geometry, float[] pathDistanceUm) {
    }

    private static double[] points(Morphology m, int s, double[] buffer) {
        int np = m.pointCount(s);
        double[] q = buffer.length >= 4 * np ? buffer : new double[4 * np];
        for (int j = 0; j < np; j++) {
            q[4 * j] = m.x(s, j);
            q[4 * j + 1] = m.y(s, j);
            q[4 * j + 2] = m.z(s, j);
            q[4 * j + 3] = m.radius(s, j);
        }
        return q;
    }

    /**
     * Whether points from … to−1 form one straight cylinder whose length equals its diameter
     * (within 1 %): a sphere held as a cylinder of the same area.
     */
    static boolean sphereLike(double[] q, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        double r = q[4 * from + 3];
        double ax = q[4 * (to - 1)] - q[4 * from];
        double ay = q[4 * (to - 1) + 1] - q[4 * from + 1];
        double az = q[4 * (to - 1) + 2] - q[4 * from + 2];
        double len = Math.sqrt(ax * ax + ay * ay + az * az);
        if (!(r > 0) || Math.abs(len - 2 * r) > 0.01 * 2 * r) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (Math.abs(q[4 * j + 3] - r) > 0.01 * r) {
                return false;
            }
            // distance of point j from the straight line through the ends
            double wx = q[4 * j] - q[4 * from];
            double wy = q[4 * j + 1] - q[4 * from + 1];
            double wz = q[4 * j + 2] - q[4 * from + 2];
            double cx = wy * az - wz * ay;
            double cy = wz * ax - wx * az;
            double cz = wx * ay - wy * ax;
            if (Math.sqrt(cx * cx + cy * cy + cz * cz) / len > 0.01 * r) {
                return false;
            }
        }
        return true;
    }

    private static void addSphere(CellGeometry.Builder b, double[] q, int from, int to, int compartment) {
        double x = 0.5 * (q[4 * from] + q[4 * (to - 1)]);
        double y = 0.5 * (q[4 * from + 1] + q[4 * (to - 1) + 1]);
        double z = 0.5 * (q[4 * from + 2] + q[4 * (to - 1) + 2]);
        b.sphere(x, y, z, Math.max(MIN_RADIUS_UM, q[4 * from + 3]), compartment);
    }

    private static void addPolyline(CellGeometry.Builder b, double[] q, int from, int to, int type, int compartment) {
        for (int j = from; j + 1 < to; j++) {
            int k = 4 * j;
            b.segment(q[k], q[k + 1], q[k + 2], Math.max(MIN_RADIUS_UM, q[k + 3]),
                    q[k + 4], q[k + 5], q[k + 6], Math.max(MIN_RADIUS_UM, q[k + 7]), type, compartment);
        }
    }
}
