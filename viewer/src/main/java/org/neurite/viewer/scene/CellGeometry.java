package org.neurite.viewer.scene;

import java.util.Arrays;

/**
 * What the viewer draws of a cell, independent of how the cell was read or simulated: tapered
 * cylinders (frusta) between a proximal and a distal point, and spheres (a soma drawn as a ball),
 * each belonging to one compartment, whose value colours it. Held as arrays (structure of arrays).
 *
 * <p>Units: coordinates and radii [µm]. Types are SWC types (1 soma, 2 axon, 3 basal dendrite,
 * 4 apical dendrite, others as written). Compartments are numbered 0 … {@link #compartmentCount()}−1,
 * the columns of a {@link CompartmentSeries}.
 */
public final class CellGeometry {
    /** SWC type of the soma. */
    public static final int SOMA = 1;

    private final int compartmentCount;
    // segments [µm]
    private final double[] px, py, pz, pr, dx, dy, dz, dr;
    private final int[] segmentCompartment;
    private final int[] segmentType;
    // spheres [µm]
    private final double[] sx, sy, sz, sr;
    private final int[] sphereCompartment;

    private CellGeometry(Builder b) {
        int n = b.segments;
        int m = b.spheres;
        compartmentCount = b.compartmentCount;
        px = Arrays.copyOf(b.seg[0], n);
        py = Arrays.copyOf(b.seg[1], n);
        pz = Arrays.copyOf(b.seg[2], n);
        pr = Arrays.copyOf(b.seg[3], n);
        dx = Arrays.copyOf(b.seg[4], n);
        dy = Arrays.copyOf(b.seg[5], n);
        dz = Arrays.copyOf(b.seg[6], n);
        dr = Arrays.copyOf(b.seg[7], n);
        segmentCompartment = Arrays.copyOf(b.segCompartment, n);
        segmentType = Arrays.copyOf(b.segType, n);
        sx = Arrays.copyOf(b.sph[0], m);
        sy = Arrays.copyOf(b.sph[1], m);
        sz = Arrays.copyOf(b.sph[2], m);
        sr = Arrays.copyOf(b.sph[3], m);
        sphereCompartment = Arrays.copyOf(b.sphCompartment, m);
    }

    /**
     * A builder.
     *
     * @param compartmentCount number of compartments the pieces refer to (≥ 1)
     */
    public static Builder builder(int compartmentCount) {
        return new Builder(compartmentCount);
    }

    /** Number of compartments. */
    public int compartmentCount() {
        return compartmentCount;
    }

    /** Number of frusta. */
    public int segmentCount() {
        return px.length;
    }

    /** Number of spheres. */
    public int sphereCount() {
        return sx.length;
    }

    /** Proximal x of segment i [µm]. */
    public double proximalX(int i) {
        return px[i];
    }

    /** Proximal y of segment i [µm]. */
    public double proximalY(int i) {
        return py[i];
    }

    /** Proximal z of segment i [µm]. */
    public double proximalZ(int i) {
        return pz[i];
    }

    /** Proximal radius of segment i [µm]. */
    public double proximalRadius(int i) {
        return pr[i];
    }

    /** Distal x of segment i [µm]. */
    public double distalX(int i) {
        return dx[i];
    }

    /** Distal y of segment i [µm]. */
    public double distalY(int i) {
        return dy[i];
    }

    /** Distal z of segment i [µm]. */
    public double distalZ(int i) {
        return dz[i];
    }

    /** Distal radius of segment i [µm]. */
    public double distalRadius(int i) {
        return dr[i];
    }

    /** Compartment of segment i. */
    public int segmentCompartment(int i) {
        return segmentCompartment[i];
    }

    /** SWC type of segment i. */
    public int segmentType(int i) {
        return segmentType[i];
    }

    /** Centre x of sphere k [µm]. */
    public double sphereX(int k) {
        return sx[k];
    }

    /** Centre y of sphere k [µm]. */
    public double sphereY(int k) {
        return sy[k];
    }

    /** Centre z of sphere k [µm]. */
    public double sphereZ(int k) {
        return sz[k];
    }

    /** Radius of sphere k [µm]. */
    public double sphereRadius(int k) {
        return sr[k];
    }

    /** Compartment of sphere k. */
    public int sphereCompartment(int k) {
        return sphereCompartment[k];
    }

    /** Axial length of segment i [µm]. */
    public double segmentLength(int i) {
        double ax = dx[i] - px[i];
        double ay = dy[i] - py[i];
        double az = dz[i] - pz[i];
        return Math.sqrt(ax * ax + ay * ay + az * az);
    }

    /**
     * The box holding every piece: spheres exactly, frusta through the balls around their end
     * points (which hold each frustum, and touch its extent along every axis the frustum is not
     * aligned with only approximately; the box is never too small).
     */
    public Bounds bounds() {
        Bounds b = Bounds.EMPTY;
        for (int i = 0; i < px.length; i++) {
            b = b.including(px[i], py[i], pz[i], pr[i]).including(dx[i], dy[i], dz[i], dr[i]);
        }
        for (int k = 0; k < sx.length; k++) {
            b = b.including(sx[k], sy[k], sz[k], sr[k]);
        }
        return b;
    }

    /** Collects pieces; every coordinate must be finite and every radius &gt; 0. */
    public static final class Builder {
        private final int compartmentCount;
        private double[][] seg = new double[8][16];
        private int[] segCompartment = new int[16];
        private int[] segType = new int[16];
        private int segments;
        private double[][] sph = new double[4][2];
        private int[] sphCompartment = new int[2];
        private int spheres;

        private Builder(int compartmentCount) {
            if (compartmentCount < 1) {
                throw new IllegalArgumentException("a cell geometry needs at least one compartment, got " + compartmentCount);
            }
            this.compartmentCount = compartmentCount;
        }

        /**
         * Adds a frustum from a proximal point to a distal point [µm].
         *
         * @param type SWC type
         * @param compartment the compartment whose value colours it
         */
        public Builder segment(double x0, double y0, double z0, double r0, double x1, double y1, double z1, double r1,
                               int type, int compartment) {
            checkCompartment(compartment);
            checkPoint("segment " + segments + " proximal", x0, y0, z0, r0);
            checkPoint("segment " + segments + " distal", x1, y1, z1, r1);
            if (segments == segCompartment.length) {
                int cap = 2 * segments;
                for (int c = 0; c < 8; c++) {
                    seg[c] = Arrays.copyOf(seg[c], cap);
                }
                segCompartment = Arrays.copyOf(segCompartment, cap);
                segType = Arrays.copyOf(segType, cap);
            }
            double[] v = {x0, y0, z0, r0, x1, y1, z1, r1};
            for (int c = 0; c < 8; c++) {
                seg[c][segments] = v[c];
            }
            segCompartment[segments] = compartment;
            segType[segments] = type;
            segments++;
            return this;
        }

        /** Adds a sphere of centre (x, y, z) and radius r [µm] coloured by a compartment. */
        public Builder sphere(double x, double y, double z, double r, int compartment) {
            checkCompartment(compartment);
            checkPoint("sphere " + spheres, x, y, z, r);
            if (spheres == sphCompartment.length) {
                int cap = 2 * spheres;
                for (int c = 0; c < 4; c++) {
                    sph[c] = Arrays.copyOf(sph[c], cap);
                }
                sphCompartment = Arrays.copyOf(sphCompartment, cap);
            }
            sph[0][spheres] = x;
            sph[1][spheres] = y;
            sph[2][spheres] = z;
            sph[3][spheres] = r;
            sphCompartment[spheres] = compartment;
            spheres++;
            return this;
        }

        /** The immutable geometry (at least one piece). */
        public CellGeometry build() {
            if (segments + spheres == 0) {
                throw new IllegalArgumentException("a cell geometry needs at least one segment or sphere");
            }
            return new CellGeometry(this);
        }

        private void checkCompartment(int c) {
            if (c < 0 || c >= compartmentCount) {
                throw new IllegalArgumentException("compartment " + c + " outside 0.." + (compartmentCount - 1));
            }
        }

        private static void checkPoint(String what, double x, double y, double z, double r) {
            if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
                throw new IllegalArgumentException(what + ": coordinates must be finite, got " + x + ", " + y + ", " + z);
            }
            if (!(r > 0) || !Double.isFinite(r)) {
                throw new IllegalArgumentException(what + ": radius must be > 0 µm, got " + r);
            }
        }
    }
}
