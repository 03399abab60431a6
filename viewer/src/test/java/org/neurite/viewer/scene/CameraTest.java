package org.neurite.viewer.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;

/**
 * The camera's views, fit and matrices. References: the view directions stated in {@link View}
 * (front from +z, side from +x, top from +y, iso from (1, 1, 1)), glOrtho's matrix, and the fit's
 * definition (the points' projected box centred, filling 1/1.05 of the viewport in its tighter
 * direction). Tolerances 1e-9 (double arithmetic) and 1e-4 px (float matrices).
 */
class CameraTest {
    private static final float[] BOX = {-10, -20, -30, 10, 20, 30, -10, 20, 30, 10, -20, -30};

    private static double[] eye(Camera c, double x, double y, double z) {
        double[] r = c.rotation();
        return new double[] {r[0] * x + r[1] * y + r[2] * z, r[3] * x + r[4] * y + r[5] * z, r[6] * x + r[7] * y + r[8] * z};
    }

    @Test
    void presetViewsLookFromTheirAxes() {
        // the eye looks down −z in eye space: the world direction it looks from maps to +z
        double s = 1 / Math.sqrt(3);
        Object[][] cases = {{View.FRONT, new double[] {0, 0, 1}}, {View.SIDE, new double[] {1, 0, 0}},
            {View.TOP, new double[] {0, 1, 0}}, {View.ISO, new double[] {s, s, s}}};
        for (Object[] c : cases) {
            Camera cam = Camera.fitted(BOX, (View) c[0], 1.0);
            double[] d = (double[]) c[1];
            double[] e = eye(cam, d[0], d[1], d[2]);
            assertEquals(0, e[0], 1e-9, c[0] + " x");
            assertEquals(0, e[1], 1e-9, c[0] + " y");
            assertEquals(1, e[2], 1e-9, c[0] + " z");
        }
        // front: x right, y up; side: −z right; top: −z up
        assertEquals(1, eye(Camera.fitted(BOX, View.FRONT, 1), 1, 0, 0)[0], 1e-9);
        assertEquals(1, eye(Camera.fitted(BOX, View.FRONT, 1), 0, 1, 0)[1], 1e-9);
        assertEquals(1, eye(Camera.fitted(BOX, View.SIDE, 1), 0, 0, -1)[0], 1e-9);
        assertEquals(1, eye(Camera.fitted(BOX, View.TOP, 1), 0, 0, -1)[1], 1e-9);
        // iso keeps the world's y axis pointing up on screen
        assertEquals(0, eye(Camera.fitted(BOX, View.ISO, 1), 0, 1, 0)[0], 1e-9);
    }

    @Test
    void fitCentresThePointsAndLeavesAFivePercentMargin() {
        int w = 800;
        int h = 600;
        Camera cam = Camera.fitted(BOX, View.FRONT, (double) w / h);
        double[] p = new double[2];
        double minX = 1e9;
        double maxX = -1e9;
        double minY = 1e9;
        double maxY = -1e9;
        for (int i = 0; i < BOX.length; i += 3) {
            cam.project(BOX[i], BOX[i + 1], BOX[i + 2], 0, 0, w, h, p);
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        assertEquals(w / 2.0, (minX + maxX) / 2, 1e-9);
        assertEquals(h / 2.0, (minY + maxY) / 2, 1e-9);
        // 40 × 20 µm in front view, viewport 4:3 → height-bound: 40 µm span fills 600/1.05 px
        assertEquals(h / 1.05, maxY - minY, 1e-9);
        assertEquals(20 * h / 1.05 / 40, maxX - minX, 1e-9);
    }

    @Test
    void matricesProjectLikeTheCamera() {
        Camera cam = Camera.fitted(BOX, View.ISO, 1.5);
        cam.orbit(17, -8);
        cam.pan(13, -4, 500);
        cam.zoom(0.7);
        float[] v = new float[16];
        float[] pr = new float[16];
        cam.viewMatrix(v);
        cam.projectionMatrix(pr);
        // glOrtho: diagonal 1/(h·aspect), 1/h, −1/depth; no translation
        assertEquals(1 / (cam.halfHeight() * 1.5), pr[0], 1e-6);
        assertEquals(1 / cam.halfHeight(), pr[5], 1e-6);
        assertEquals(0, pr[12]);
        double[] pt = {7, -12, 25};
        double[] clip = new double[4];
        double[] eyeP = new double[4];
        for (int r = 0; r < 4; r++) {
            eyeP[r] = v[r] * pt[0] + v[4 + r] * pt[1] + v[8 + r] * pt[2] + v[12 + r];
        }
        for (int r = 0; r < 4; r++) {
            clip[r] = pr[r] * eyeP[0] + pr[4 + r] * eyeP[1] + pr[8 + r] * eyeP[2] + pr[12 + r] * eyeP[3];
        }
        double[] px = new double[2];
        cam.project(pt[0], pt[1], pt[2], 0, 0, 300, 200, px);
        assertEquals((clip[0] + 1) * 150, px[0], 1e-4);
        assertEquals((1 - clip[1]) * 100, px[1], 1e-4);
        // every point of the box stays inside the depth range
        for (int i = 0; i < BOX.length; i += 3) {
            double ez = v[2] * BOX[i] + v[6] * BOX[i + 1] + v[10] * BOX[i + 2] + v[14];
            double nz = pr[10] * ez + pr[14];
            assertEquals(0, Math.max(0, Math.abs(nz) - 1), 1e-9, "depth of corner " + i / 3);
        }
    }

    @Test
    void orbitStopsAtThePolesAndResetReturns() {
        Camera cam = Camera.fitted(BOX, View.FRONT, 1);
        double h = cam.halfHeight();
        cam.orbit(30, 200);
        assertEquals(90, cam.pitchDeg());
        cam.zoom(2);
        cam.reset();
        assertEquals(0, cam.pitchDeg());
        assertEquals(0, cam.yawDeg());
        assertEquals(h, cam.halfHeight());
    }

    @Test
    void viewNamesAreFoundAndUnknownOnesAreBadInput() {
        assertEquals(View.ISO, View.named("ISO"));
        assertEquals("side", View.SIDE.label());
        assertThrows(BadInputException.class, () -> View.named("diagonal"));
    }
}
