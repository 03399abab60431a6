package org.neurite.viewer.scene;

/**
 * An orthographic camera around a target point: it looks from a direction given by a yaw about the
 * world y axis and a pitch (see {@link View}), shows a window of half-height {@link #halfHeight()}
 * [µm] around the target, and keeps a depth range that holds the whole cell whatever the
 * orientation. Orthographic, as morphology figures usually are (NEURON's shape plots): sizes read
 * the same everywhere in the picture.
 *
 * <p>The view transform is R = Rx(pitch)·Ry(−yaw) applied to (p − target); the projection maps the
 * window [−halfHeight·aspect, halfHeight·aspect] × [−halfHeight, halfHeight] to the viewport.
 * Matrices are column-major float[16] (OpenGL's layout). Mutable: the window's mouse moves it.
 */
public final class Camera {
    private static final double MARGIN = 0.05;

    private double yawDeg;
    private double pitchDeg;
    private double tx, ty, tz; // target [µm]
    private double halfHeight; // [µm]
    private double aspect = 1; // viewport width / height
    private double depth = 1; // half depth of the clip range [µm]
    private Fit home; // the state reset() returns to
    private final double[] scratch = new double[9]; // rotation for the per-frame matrices (no allocation)

    private record Fit(double yawDeg, double pitchDeg, double tx, double ty, double tz, double halfHeight) {
    }

    /**
     * A camera looking from a preset direction, fitted so that every point shows with a 5 % margin.
     *
     * @param xyz points to fit (x y z triples [µm]), e.g. the mesh vertices
     * @param view direction
     * @param aspect viewport width / height
     */
    public static Camera fitted(float[] xyz, View view, double aspect) {
        Camera c = new Camera();
        c.aspect = aspect;
        c.yawDeg = view.yawDeg();
        c.pitchDeg = view.pitchDeg();
        c.fit(xyz);
        return c;
    }

    /**
     * Keeps the direction and fits target and window to the points (5 % margin); this becomes the
     * state {@link #reset()} returns to.
     */
    public void fit(float[] xyz) {
        double[] r = rotation();
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double minZ = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double maxZ = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xyz.length; i += 3) {
            double x = xyz[i];
            double y = xyz[i + 1];
            double z = xyz[i + 2];
            double ex = r[0] * x + r[1] * y + r[2] * z;
            double ey = r[3] * x + r[4] * y + r[5] * z;
            double ez = r[6] * x + r[7] * y + r[8] * z;
            minX = Math.min(minX, ex);
            maxX = Math.max(maxX, ex);
            minY = Math.min(minY, ey);
            maxY = Math.max(maxY, ey);
            minZ = Math.min(minZ, ez);
            maxZ = Math.max(maxZ, ez);
        }
        if (!(minX <= maxX)) {
            throw new IllegalArgumentException("nothing to fit the camera to");
        }
        // the target is the centre of the box in eye coordinates, taken back to the world (R⁻¹ = Rᵀ)
        double cx = 0.5 * (minX + maxX);
        double cy = 0.5 * (minY + maxY);
        double cz = 0.5 * (minZ + maxZ);
        tx = r[0] * cx + r[3] * cy + r[6] * cz;
        ty = r[1] * cx + r[4] * cy + r[7] * cz;
        tz = r[2] * cx + r[5] * cy + r[8] * cz;
        double hh = Math.max(0.5 * (maxY - minY), 0.5 * (maxX - minX) / aspect);
        halfHeight = Math.max(hh, 1e-3) * (1 + MARGIN);
        // the depth range holds the points in every orientation: the radius of their box from the target
        double sx = maxX - minX;
        double sy = maxY - minY;
        double sz = maxZ - minZ;
        depth = Math.max(0.5 * Math.sqrt(sx * sx + sy * sy + sz * sz) * 1.01 + 1, 1);
        home = new Fit(yawDeg, pitchDeg, tx, ty, tz, halfHeight);
    }

    /** Back to the direction, target and zoom of the last fit. */
    public void reset() {
        yawDeg = home.yawDeg();
        pitchDeg = home.pitchDeg();
        tx = home.tx();
        ty = home.ty();
        tz = home.tz();
        halfHeight = home.halfHeight();
    }

    /** Looks from a preset direction and fits to the points. */
    public void look(View view, float[] xyz) {
        yawDeg = view.yawDeg();
        pitchDeg = view.pitchDeg();
        fit(xyz);
    }

    /** Turns the camera about the target [degrees]; the pitch stays within ±90°. */
    public void orbit(double dYawDeg, double dPitchDeg) {
        yawDeg = (yawDeg + dYawDeg) % 360.0;
        pitchDeg = Math.max(-90, Math.min(90, pitchDeg + dPitchDeg));
    }

    /** Shows more (factor &gt; 1) or less of the cell: the half-height is multiplied by factor. */
    public void zoom(double factor) {
        if (factor > 0 && Double.isFinite(factor)) {
            halfHeight = Math.max(1e-3, halfHeight * factor);
        }
    }

    /**
     * Moves the target in the screen plane so that the picture follows a drag.
     *
     * @param dxPixels drag to the right [pixels]
     * @param dyPixels drag upwards [pixels]
     * @param viewportHeight height of the viewport [pixels]
     */
    public void pan(double dxPixels, double dyPixels, int viewportHeight) {
        double umPerPixel = 2 * halfHeight / viewportHeight;
        double ex = -dxPixels * umPerPixel;
        double ey = -dyPixels * umPerPixel;
        double[] r = rotation();
        tx += r[0] * ex + r[3] * ey;
        ty += r[1] * ex + r[4] * ey;
        tz += r[2] * ex + r[5] * ey;
    }

    /** Sets the viewport's width / height (after a resize). */
    public void setAspect(double aspect) {
        if (aspect > 0 && Double.isFinite(aspect)) {
            this.aspect = aspect;
        }
    }

    /** Yaw [degrees]. */
    public double yawDeg() {
        return yawDeg;
    }

    /** Pitch [degrees]. */
    public double pitchDeg() {
        return pitchDeg;
    }

    /** Half-height of the window shown [µm]. */
    public double halfHeight() {
        return halfHeight;
    }

    /** Viewport width / height. */
    public double aspect() {
        return aspect;
    }

    /**
     * The rotation R = Rx(pitch)·Ry(−yaw), row-major 3×3: eye = R·(world − target).
     */
    public double[] rotation() {
        return rotation(new double[9]);
    }

    private double[] rotation(double[] out) {
        double y = Math.toRadians(yawDeg);
        double p = Math.toRadians(pitchDeg);
        double cy = Math.cos(y);
        double sy = Math.sin(y);
        double cp = Math.cos(p);
        double sp = Math.sin(p);
        // Ry(−yaw) = [[cy, 0, −sy], [0, 1, 0], [sy, 0, cy]]; Rx(pitch) = [[1, 0, 0], [0, cp, −sp], [0, sp, cp]]
        out[0] = cy;
        out[1] = 0;
        out[2] = -sy;
        out[3] = -sp * sy;
        out[4] = cp;
        out[5] = -sp * cy;
        out[6] = cp * sy;
        out[7] = sp;
        out[8] = cp * cy;
        return out;
    }

    /** The view matrix (rotation after translating the target to the origin), column-major. */
    public void viewMatrix(float[] out) {
        double[] r = rotation(scratch);
        double ox = -(r[0] * tx + r[1] * ty + r[2] * tz);
        double oy = -(r[3] * tx + r[4] * ty + r[5] * tz);
        double oz = -(r[6] * tx + r[7] * ty + r[8] * tz);
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                out[4 * col + row] = (float) r[3 * row + col];
            }
            out[4 * row + 3] = 0;
        }
        out[12] = (float) ox;
        out[13] = (float) oy;
        out[14] = (float) oz;
        out[15] = 1;
    }

    /** The orthographic projection (OpenGL's glOrtho), column-major. */
    public void projectionMatrix(float[] out) {
        java.util.Arrays.fill(out, 0);
        double hw = halfHeight * aspect;
        out[0] = (float) (1 / hw);
        out[5] = (float) (1 / halfHeight);
        out[10] = (float) (-1 / depth);
        out[15] = 1;
    }

    /**
     * Where a world point lands in a viewport, in image pixels (x from the left edge of the image,
     * y from its top edge), for a viewport whose top-left corner is (left, top) in the image.
     *
     * @param out receives {x, y}
     */
    public void project(double x, double y, double z, int left, int top, int width, int height, double[] out) {
        double[] r = rotation(scratch);
        double wx = x - tx;
        double wy = y - ty;
        double wz = z - tz;
        double ex = r[0] * wx + r[1] * wy + r[2] * wz;
        double ey = r[3] * wx + r[4] * wy + r[5] * wz;
        double hw = halfHeight * aspect;
        out[0] = left + (ex / hw + 1) * 0.5 * width;
        out[1] = top + (1 - ey / halfHeight) * 0.5 * height;
    }
}
