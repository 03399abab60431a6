package org.neurite.viewer.scene;

/**
 * A triangle mesh of a {@link CellGeometry}: every segment a frustum (a ring of {@code sides}
 * vertices at each end, smooth outward normals tilted by the taper) closed by a flat cap at each
 * end, every sphere a latitude/longitude ball. Each vertex belongs to the compartment of the piece it
 * was made from, so that a frame of compartment values becomes a per-vertex value array with
 * {@link #fillVertexValues(float[], float[])} — the only array that changes between frames.
 *
 * <p>Counts: a segment gives 4·sides + 2 vertices and 4·sides triangles (2·sides on its side,
 * sides per cap); a sphere gives (stacks + 1)·(slices + 1) vertices and slices·(2·stacks − 2)
 * triangles. Segments shorter than {@link #MIN_LENGTH_UM} are not drawn. Triangles wind
 * counter-clockwise seen from outside.
 *
 * <p>Each vertex is held as a centre on the piece's axis (or the sphere's centre), a unit radial
 * direction and a radius, so that a renderer can widen thin pieces to a minimum size on screen
 * ({@link #positions(double, float[])}); {@link #positions()} are the true positions. Units [µm].
 */
public final class MorphologyMesh {
    /** Segments shorter than this are not drawn [µm]. */
    public static final double MIN_LENGTH_UM = 1e-6;

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

        int segmentVertices() {
            return 4 * sides + 2;
        }

        int segmentTriangles() {
            return 4 * sides;
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
        int drawn = 0;
        for (int i = 0; i < g.segmentCount(); i++) {
            if (g.segmentLength(i) >= MIN_LENGTH_UM) {
                drawn++;
            }
        }
        long nv = (long) drawn * res.segmentVertices() + (long) g.sphereCount() * res.sphereVertices();
        long nt = (long) drawn * res.segmentTriangles() + (long) g.sphereCount() * res.sphereTriangles();
        if (3 * nv > Integer.MAX_VALUE || 3 * nt > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("mesh too large: " + nv + " vertices, " + nt + " triangles");
        }
        Writer w = new Writer((int) nv, (int) nt);
        double[] ring = ringTable(res.sides());
        for (int i = 0; i < g.segmentCount(); i++) {
            if (g.segmentLength(i) >= MIN_LENGTH_UM) {
                w.frustum(g, i, ring);
            }
        }
        for (int k = 0; k < g.sphereCount(); k++) {
            w.sphere(g.sphereX(k), g.sphereY(k), g.sphereZ(k), g.sphereRadius(k), g.sphereCompartment(k), res);
        }
        return new MorphologyMesh(w.ctr, w.rad, w.len, w.nrm, w.comp, w.tri, g.compartmentCount(), g.segmentCount() - drawn);
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

    private static double[] ringTable(int sides) {
        double[] t = new double[2 * sides];
        for (int k = 0; k < sides; k++) {
            double phi = 2 * Math.PI * k / sides;
            t[2 * k] = Math.cos(phi);
            t[2 * k + 1] = Math.sin(phi);
        }
        return t;
    }

    /** Fills the arrays piece by piece. */
    private static final class Writer {
        final float[] ctr;
        final float[] rad;
        final float[] len;
        final float[] nrm;
        final int[] comp;
        final int[] tri;
        int nv;
        int nt;

        Writer(int vertices, int triangles) {
            ctr = new float[3 * vertices];
            rad = new float[3 * vertices];
            len = new float[vertices];
            nrm = new float[3 * vertices];
            comp = new int[vertices];
            tri = new int[3 * triangles];
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

        void frustum(CellGeometry g, int i, double[] ring) {
            int sides = ring.length / 2;
            double x0 = g.proximalX(i);
            double y0 = g.proximalY(i);
            double z0 = g.proximalZ(i);
            double r0 = g.proximalRadius(i);
            double x1 = g.distalX(i);
            double y1 = g.distalY(i);
            double z1 = g.distalZ(i);
            double r1 = g.distalRadius(i);
            int c = g.segmentCompartment(i);
            double len = g.segmentLength(i);
            double ax = (x1 - x0) / len;
            double ay = (y1 - y0) / len;
            double az = (z1 - z0) / len;
            // u: a unit vector normal to the axis, from the world axis least aligned with it; v = a × u
            double hx = 0;
            double hy = 0;
            double hz = 0;
            if (Math.abs(ax) <= Math.abs(ay) && Math.abs(ax) <= Math.abs(az)) {
                hx = 1;
            } else if (Math.abs(ay) <= Math.abs(az)) {
                hy = 1;
            } else {
                hz = 1;
            }
            double d = hx * ax + hy * ay + hz * az;
            double ux = hx - d * ax;
            double uy = hy - d * ay;
            double uz = hz - d * az;
            double un = Math.sqrt(ux * ux + uy * uy + uz * uz);
            ux /= un;
            uy /= un;
            uz /= un;
            double vx = ay * uz - az * uy;
            double vy = az * ux - ax * uz;
            double vz = ax * uy - ay * ux;
            // outward normal of the side: radial·len + axis·(r0 − r1), normalised
            double tilt = (r0 - r1) / len;
            double scale = 1 / Math.sqrt(1 + tilt * tilt);
            int side = nv;
            for (int k = 0; k < sides; k++) {
                double cs = ring[2 * k];
                double sn = ring[2 * k + 1];
                double rx = cs * ux + sn * vx;
                double ry = cs * uy + sn * vy;
                double rz = cs * uz + sn * vz;
                double nx = (rx + tilt * ax) * scale;
                double ny = (ry + tilt * ay) * scale;
                double nz = (rz + tilt * az) * scale;
                vertex(x0, y0, z0, rx, ry, rz, r0, nx, ny, nz, c);
                vertex(x1, y1, z1, rx, ry, rz, r1, nx, ny, nz, c);
            }
            for (int k = 0; k < sides; k++) {
                int p0 = side + 2 * k;
                int p1 = p0 + 1;
                int q0 = side + 2 * ((k + 1) % sides);
                int q1 = q0 + 1;
                triangle(p0, q0, q1);
                triangle(p0, q1, p1);
            }
            cap(x0, y0, z0, r0, -ax, -ay, -az, ux, uy, uz, vx, vy, vz, ring, c, true);
            cap(x1, y1, z1, r1, ax, ay, az, ux, uy, uz, vx, vy, vz, ring, c, false);
        }

        private void cap(double cx, double cy, double cz, double r, double nx, double ny, double nz,
                         double ux, double uy, double uz, double vx, double vy, double vz,
                         double[] ring, int c, boolean reversed) {
            int sides = ring.length / 2;
            int centre = vertex(cx, cy, cz, 0, 0, 0, 0, nx, ny, nz, c);
            for (int k = 0; k < sides; k++) {
                double cs = ring[2 * k];
                double sn = ring[2 * k + 1];
                vertex(cx, cy, cz, cs * ux + sn * vx, cs * uy + sn * vy, cs * uz + sn * vz, r, nx, ny, nz, c);
            }
            for (int k = 0; k < sides; k++) {
                int a = centre + 1 + k;
                int b = centre + 1 + (k + 1) % sides;
                if (reversed) {
                    triangle(centre, b, a);
                } else {
                    triangle(centre, a, b);
                }
            }
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
