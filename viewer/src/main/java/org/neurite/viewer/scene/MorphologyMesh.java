package org.neurite.viewer.scene;

/**
 * A triangle mesh of a {@link CellGeometry}: its segments as tubes, its spheres as
 * latitude/longitude balls. Consecutive segments that continue one another (the next one starts
 * exactly where the previous one ends, with the same radius, turning by less than 60°) form one
 * tube: they share a ring of {@code sides} vertices in the plane that bisects the bend, so that bends
 * show no gaps; where the compartment changes, the ring is doubled (same place, one copy per
 * compartment). A tube is closed by a flat cap at each end; a segment that does not continue the
 * previous one starts a new tube. Normals are smooth and tilted by the taper. Each vertex belongs to
 * the compartment of the piece it was made from, so that a frame of compartment values becomes a
 * per-vertex value array with {@link #fillVertexValues(float[], float[])} — the only array that
 * changes between frames.
 *
 * <p>Counts: a tube of n segments with c compartment changes has (n + 1 + c)·sides + 2·(sides + 1)
 * vertices and 2·sides·n + 2·sides triangles; a sphere (stacks + 1)·(slices + 1) vertices and
 * slices·(2·stacks − 2) triangles. Segments shorter than {@link #MIN_LENGTH_UM} are not drawn.
 * Triangles wind counter-clockwise seen from outside.
 *
 * <p>Each vertex is held as a centre on the tube's axis (or the sphere's centre), a unit radial
 * direction and a radius, so that a renderer can widen thin pieces to a minimum size on screen
 * ({@link #positions(double, float[])}); {@link #positions()} are the true positions. Units [µm].
 */
public final class MorphologyMesh {
    /** Segments shorter than this are not drawn [µm]. */
    public static final double MIN_LENGTH_UM = 1e-6;

    /** Cosine of the sharpest turn two segments may make and still share a ring (60°). */
    static final double MAX_BEND_COS = 0.5;

    private final float[] centres; // 3 per vertex: the point on the piece's axis (or the sphere centre) [µm]
    private final float[] radials; // 3 per vertex: unit direction from the centre to the vertex (0 for a cap centre)
    private final float[] radii; // 1 per vertex: distance from the centre [µm]
    private final float[] positions; // 3 per vertex: centre + radius · radial [µm]
    private final float[] normals; // 3 per vertex, unit length
    private final int[] vertexCompartment;
    private final int[] triangles; // 3 vertex indices per triangle
    private final int compartmentCount;
    private final int skippedSegments;
    private final Bounds bounds;

    /**
     * The number of vertices around a frustum and the latitude/longitude divisions of a sphere.
     *
     * @param sides vertices around each end of a frustum (≥ 3)
     * @param stacks latitude bands of a sphere (≥ 2)
     * @param slices longitude divisions of a sphere (≥ 3)
     */
    public record Resolution(int sides, int stacks, int slices) {
        /** 12 sides; spheres of 16 × 32. */
        public static final Resolution DEFAULT = new Resolution(12, 16, 32);

        public Resolution {
            if (sides < 3 || stacks < 2 || slices < 3) {
                throw new IllegalArgumentException("mesh resolution needs sides ≥ 3, stacks ≥ 2, slices ≥ 3, got "
                        + sides + ", " + stacks + ", " + slices);
            }
        }

        int sphereVertices() {
            return (stacks + 1) * (slices + 1);
        }

        int sphereTriangles() {
            return slices * (2 * stacks - 2);
        }
    }

    private MorphologyMesh(float[] centres, float[] radials, float[] radii, float[] normals, int[] vertexCompartment,
                           int[] triangles, int compartmentCount, int skippedSegments) {
        this.centres = centres;
        this.radials = radials;
        this.radii = radii;
        this.positions = new float[centres.length];
        positions(0, positions);
        this.normals = normals;
        this.vertexCompartment = vertexCompartment;
        this.triangles = triangles;
        this.compartmentCount = compartmentCount;
        this.skippedSegments = skippedSegments;
        this.bounds = Bounds.of(positions);
    }

    /** The mesh of a geometry at the default resolution. */
    public static MorphologyMesh of(CellGeometry g) {
        return of(g, Resolution.DEFAULT);
    }

    /** The mesh of a geometry at a resolution. */
    public static MorphologyMesh of(CellGeometry g, Resolution res) {
        int[] order = new int[g.segmentCount()];
        int drawn = 0;
        for (int i = 0; i < g.segmentCount(); i++) {
            if (g.segmentLength(i) >= MIN_LENGTH_UM) {
                order[drawn++] = i;
            }
        }
        boolean[] joined = new boolean[drawn]; // order[k] continues order[k − 1] in one tube
        for (int k = 1; k < drawn; k++) {
            joined[k] = continues(g, order[k - 1], order[k]);
        }
        int sides = res.sides();
        long nv = (long) g.sphereCount() * res.sphereVertices();
        long nt = (long) g.sphereCount() * res.sphereTriangles();
        for (int k = 0; k < drawn; k++) {
            if (!joined[k]) {
                nv += (sides + 1) + sides; // start cap, first ring
                nt += sides;
            } else if (g.segmentCompartment(order[k]) != g.segmentCompartment(order[k - 1])) {
                nv += sides; // the shared ring again, for this compartment
            }
            nv += sides; // end ring
            nt += 2L * sides;
            if (k + 1 == drawn || !joined[k + 1]) {
                nv += sides + 1; // end cap
                nt += sides;
            }
        }
        if (3 * nv > Integer.MAX_VALUE || 3 * nt > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("mesh too large: " + nv + " vertices, " + nt + " triangles");
        }
        TubeWriter w = new TubeWriter((int) nv, (int) nt, sides);
        for (int k = 0; k < drawn; k++) {
            w.segment(g, order[k], joined[k], k + 1 < drawn && joined[k + 1] ? order[k + 1] : -1);
        }
        for (int k = 0; k < g.sphereCount(); k++) {
            w.sphere(g.sphereX(k), g.sphereY(k), g.sphereZ(k), g.sphereRadius(k), g.sphereCompartment(k), res);
        }
        if (w.nv != nv || w.nt != nt) {
            throw new IllegalStateException("mesh count mismatch: " + w.nv + "/" + nv + " vertices, " + w.nt + "/" + nt + " triangles");
        }
        return new MorphologyMesh(w.ctr, w.rad, w.len, w.nrm, w.comp, w.tri, g.compartmentCount(), g.segmentCount() - drawn);
    }

    /** Whether segment b starts exactly where a ends, with a's end radius, turning by less than 60°. */
    static boolean continues(CellGeometry g, int a, int b) {
        if (g.distalX(a) != g.proximalX(b) || g.distalY(a) != g.proximalY(b) || g.distalZ(a) != g.proximalZ(b)
                || g.distalRadius(a) != g.proximalRadius(b)) {
            return false;
        }
        double dot = (g.distalX(a) - g.proximalX(a)) * (g.distalX(b) - g.proximalX(b))
                + (g.distalY(a) - g.proximalY(a)) * (g.distalY(b) - g.proximalY(b))
                + (g.distalZ(a) - g.proximalZ(a)) * (g.distalZ(b) - g.proximalZ(b));
        return dot > MAX_BEND_COS * g.segmentLength(a) * g.segmentLength(b);
    }

    /** Number of vertices. */
    public int vertexCount() {
        return vertexCompartment.length;
    }

    /** Number of triangles. */
    public int triangleCount() {
        return triangles.length / 3;
    }

    /** Number of compartments of the geometry. */
    public int compartmentCount() {
        return compartmentCount;
    }

    /** Segments left out because they are shorter than {@link #MIN_LENGTH_UM}. */
    public int skippedSegments() {
        return skippedSegments;
    }

    /** The box of all vertices [µm]. */
    public Bounds bounds() {
        return bounds;
    }

    /** Vertex positions, x y z per vertex [µm] (the array itself: do not modify). */
    public float[] positions() {
        return positions;
    }

    /**
     * Vertex positions with every radius at least minRadius [µm] — what the renderer draws so that
     * thin neurites stay at least about a pixel wide: centre + max(radius, minRadius) · radial.
     *
     * @param out x y z per vertex
     */
    public void positions(double minRadiusUm, float[] out) {
        float min = (float) minRadiusUm;
        for (int v = 0; v < radii.length; v++) {
            float r = Math.max(radii[v], min);
            out[3 * v] = centres[3 * v] + r * radials[3 * v];
            out[3 * v + 1] = centres[3 * v + 1] + r * radials[3 * v + 1];
            out[3 * v + 2] = centres[3 * v + 2] + r * radials[3 * v + 2];
        }
    }

    /** Axis points (or sphere centres), x y z per vertex [µm] (the array itself: do not modify). */
    public float[] centres() {
        return centres;
    }

    /** Unit directions from the centre to each vertex, x y z (zero for cap centres; the array itself). */
    public float[] radials() {
        return radials;
    }

    /** Distance of each vertex from its centre [µm] (the array itself: do not modify). */
    public float[] radii() {
        return radii;
    }

    /** Unit normals, x y z per vertex (the array itself: do not modify). */
    public float[] normals() {
        return normals;
    }

    /** Triangles, three vertex indices each (the array itself: do not modify). */
    public int[] triangles() {
        return triangles;
    }

    /** Compartment of vertex v. */
    public int vertexCompartment(int v) {
        return vertexCompartment[v];
    }

    /**
     * Writes each vertex's value — the value of its compartment — into out, without allocating.
     *
     * @param compartmentValues one value per compartment
     * @param out one value per vertex (length ≥ {@link #vertexCount()})
     */
    public void fillVertexValues(float[] compartmentValues, float[] out) {
        int[] vc = vertexCompartment;
        for (int v = 0; v < vc.length; v++) {
            out[v] = compartmentValues[vc[v]];
        }
    }

    /** Fills the arrays tube by tube, then sphere by sphere. */
    private static final class TubeWriter {
        final float[] ctr;
        final float[] rad;
        final float[] len;
        final float[] nrm;
        final int[] comp;
        final int[] tri;
        final double[] ring; // cos, sin of the ring angles
        int nv;
        int nt;
        // the tube being built: its last ring, that ring's frame and plane, and the last segment's compartment
        int lastRing;
        int lastCompartment;
        final double[] u = new double[3]; // ring frame: first radial direction
        final double[] m = new double[3]; // normal of the last ring's plane
        double lastTilt;

        TubeWriter(int vertices, int triangles, int sides) {
            ctr = new float[3 * vertices];
            rad = new float[3 * vertices];
            len = new float[vertices];
            nrm = new float[3 * vertices];
            comp = new int[vertices];
            tri = new int[3 * triangles];
            ring = new double[2 * sides];
            for (int k = 0; k < sides; k++) {
                double phi = 2 * Math.PI * k / sides;
                ring[2 * k] = Math.cos(phi);
                ring[2 * k + 1] = Math.sin(phi);
            }
        }

        /** A vertex at centre (cx, cy, cz) + r · (rx, ry, rz). */
        int vertex(double cx, double cy, double cz, double rx, double ry, double rz, double r,
                   double nx, double ny, double nz, int compartment) {
            int i = 3 * nv;
            ctr[i] = (float) cx;
            ctr[i + 1] = (float) cy;
            ctr[i + 2] = (float) cz;
            rad[i] = (float) rx;
            rad[i + 1] = (float) ry;
            rad[i + 2] = (float) rz;
            len[nv] = (float) r;
            nrm[i] = (float) nx;
            nrm[i + 1] = (float) ny;
            nrm[i + 2] = (float) nz;
            comp[nv] = compartment;
            return nv++;
        }

        void triangle(int a, int b, int c) {
            tri[3 * nt] = a;
            tri[3 * nt + 1] = b;
            tri[3 * nt + 2] = c;
            nt++;
        }

        /**
         * Adds segment i: its side from the tube's last ring (or a new tube's first ring) to a ring at
         * its end, which lies in the plane bisecting the bend to {@code next} when the tube goes on.
         */
        void segment(CellGeometry g, int i, boolean joined, int next) {
            int sides = ring.length / 2;
            double length = g.segmentLength(i);
            double ax = (g.distalX(i) - g.proximalX(i)) / length;
            double ay = (g.distalY(i) - g.proximalY(i)) / length;
            double az = (g.distalZ(i) - g.proximalZ(i)) / length;
            double tilt = (g.proximalRadius(i) - g.distalRadius(i)) / length;
            int c = g.segmentCompartment(i);
            int start;
            if (!joined) {
                m[0] = ax;
                m[1] = ay;
                m[2] = az;
                perpendicular(m, u);
                cap(g.proximalX(i), g.proximalY(i), g.proximalZ(i), g.proximalRadius(i), -1, c);
                start = ring(g.proximalX(i), g.proximalY(i), g.proximalZ(i), g.proximalRadius(i), tilt, c);
            } else if (c != lastCompartment) {
                start = ring(g.proximalX(i), g.proximalY(i), g.proximalZ(i), g.proximalRadius(i), lastTilt, c);
            } else {
                start = lastRing;
            }
            // the end ring's plane: the bisector of the bend to the next segment, or square to this one
            double endTilt = tilt;
            if (next >= 0) {
                double nl = g.segmentLength(next);
                double bx = ax + (g.distalX(next) - g.proximalX(next)) / nl;
                double by = ay + (g.distalY(next) - g.proximalY(next)) / nl;
                double bz = az + (g.distalZ(next) - g.proximalZ(next)) / nl;
                double bn = Math.sqrt(bx * bx + by * by + bz * bz);
                m[0] = bx / bn;
                m[1] = by / bn;
                m[2] = bz / bn;
                endTilt = 0.5 * (tilt + (g.proximalRadius(next) - g.distalRadius(next)) / nl);
            } else {
                m[0] = ax;
                m[1] = ay;
                m[2] = az;
            }
            transport(m, u);
            int end = ring(g.distalX(i), g.distalY(i), g.distalZ(i), g.distalRadius(i), endTilt, c);
            for (int k = 0; k < sides; k++) {
                int s0 = start + k;
                int s1 = start + (k + 1) % sides;
                int e0 = end + k;
                int e1 = end + (k + 1) % sides;
                triangle(s0, s1, e1);
                triangle(s0, e1, e0);
            }
            if (next < 0) {
                cap(g.distalX(i), g.distalY(i), g.distalZ(i), g.distalRadius(i), 1, c);
            }
            lastRing = end;
            lastCompartment = c;
            lastTilt = endTilt;
        }

        /** A ring of vertices around (x, y, z) in the plane normal to m, starting at direction u. */
        private int ring(double x, double y, double z, double r, double tilt, int c) {
            int sides = ring.length / 2;
            double vx = m[1] * u[2] - m[2] * u[1];
            double vy = m[2] * u[0] - m[0] * u[2];
            double vz = m[0] * u[1] - m[1] * u[0];
            double scale = 1 / Math.sqrt(1 + tilt * tilt);
            int first = nv;
            for (int k = 0; k < sides; k++) {
                double cs = ring[2 * k];
                double sn = ring[2 * k + 1];
                double rx = cs * u[0] + sn * vx;
                double ry = cs * u[1] + sn * vy;
                double rz = cs * u[2] + sn * vz;
                vertex(x, y, z, rx, ry, rz, r, (rx + tilt * m[0]) * scale, (ry + tilt * m[1]) * scale,
                        (rz + tilt * m[2]) * scale, c);
            }
            return first;
        }

        /** A flat disc closing the tube, facing along +m (sign 1) or −m (sign −1). */
        private void cap(double x, double y, double z, double r, int sign, int c) {
            int sides = ring.length / 2;
            double vx = m[1] * u[2] - m[2] * u[1];
            double vy = m[2] * u[0] - m[0] * u[2];
            double vz = m[0] * u[1] - m[1] * u[0];
            int centre = vertex(x, y, z, 0, 0, 0, 0, sign * m[0], sign * m[1], sign * m[2], c);
            for (int k = 0; k < sides; k++) {
                double cs = ring[2 * k];
                double sn = ring[2 * k + 1];
                vertex(x, y, z, cs * u[0] + sn * vx, cs * u[1] + sn * vy, cs * u[2] + sn * vz, r,
                        sign * m[0], sign * m[1], sign * m[2], c);
            }
            for (int k = 0; k < sides; k++) {
                int a = centre + 1 + k;
                int b = centre + 1 + (k + 1) % sides;
                if (sign > 0) {
                    triangle(centre, a, b);
                } else {
                    triangle(centre, b, a);
                }
            }
        }

        /** u := a unit vector normal to the unit vector a, from the world axis least aligned with a. */
        private static void perpendicular(double[] a, double[] u) {
            double ax = Math.abs(a[0]);
            double ay = Math.abs(a[1]);
            double az = Math.abs(a[2]);
            u[0] = 0;
            u[1] = 0;
            u[2] = 0;
            if (ax <= ay && ax <= az) {
                u[0] = 1;
            } else if (ay <= az) {
                u[1] = 1;
            } else {
                u[2] = 1;
            }
            transport(a, u);
        }

        /** u := u made normal to the unit vector n (parallel transport of the ring frame), unit length. */
        private static void transport(double[] n, double[] u) {
            double d = u[0] * n[0] + u[1] * n[1] + u[2] * n[2];
            double x = u[0] - d * n[0];
            double y = u[1] - d * n[1];
            double z = u[2] - d * n[2];
            double l = Math.sqrt(x * x + y * y + z * z);
            if (l < 1e-6) {
                perpendicular(n, u);
                return;
            }
            u[0] = x / l;
            u[1] = y / l;
            u[2] = z / l;
        }

        void sphere(double cx, double cy, double cz, double r, int c, Resolution res) {
            int stacks = res.stacks();
            int slices = res.slices();
            int first = nv;
            for (int i = 0; i <= stacks; i++) {
                double theta = Math.PI * i / stacks; // from the +y pole
                double st = Math.sin(theta);
                double ct = Math.cos(theta);
                for (int j = 0; j <= slices; j++) {
                    double phi = 2 * Math.PI * j / slices;
                    double nx = st * Math.cos(phi);
                    double nz = -st * Math.sin(phi);
                    vertex(cx, cy, cz, nx, ct, nz, r, nx, ct, nz, c);
                }
            }
            int row = slices + 1;
            for (int i = 0; i < stacks; i++) {
                for (int j = 0; j < slices; j++) {
                    int a = first + i * row + j; // upper left
                    int b = a + row; // lower left
                    if (i > 0) {
                        triangle(a, b, a + 1);
                    }
                    if (i < stacks - 1) {
                        triangle(a + 1, b, b + 1);
                    }
                }
            }
        }
    }
}
