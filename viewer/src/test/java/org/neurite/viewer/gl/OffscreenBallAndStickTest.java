package org.neurite.viewer.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurite.viewer.frame.FrameLayout;
import org.neurite.viewer.frame.OverlayPainter;
import org.neurite.viewer.frame.PngFiles;
import org.neurite.viewer.scene.CellGeometry;
import org.neurite.viewer.scene.Colormap;
import org.neurite.viewer.scene.MorphologyMesh;
import org.neurite.viewer.scene.ValueRange;
import org.neurite.viewer.scene.View;

/**
 * An offscreen frame of a ball and stick with the soma at one voltage and the dendrite at another,
 * checked pixel by pixel. References: the colour map's table (itself checked against matplotlib in
 * ColormapTest) at the normalised voltage, and the camera's projection of known points. Tolerance
 * ±2 of 255 per channel: the headlit surface facing the viewer gets colour · (0.35 + 0.65·n_z) with
 * n_z ≥ 0.995 near the facing vertex (a loss of at most 0.8 of 255), plus 8-bit rounding.
 */
class OffscreenBallAndStickTest {
    private static final int W = 640;
    private static final int H = 400;
    private static final double SOMA_MV = -65;
    private static final double DEND_MV = -20;
    private static final ValueRange RANGE = new ValueRange(-80, 0);

    @BeforeAll
    static void gl() {
        GlTests.requireGl();
    }

    /** Soma of radius 20 µm at the origin (compartment 0); a dendrite of radius 4 µm along +x to 200 µm (1). */
    private static CellGeometry cell() {
        return CellGeometry.builder(2).sphere(0, 0, 0, 20, 0).segment(20, 0, 0, 4, 200, 0, 0, 4, 3, 1).build();
    }

    @Test
    void somaAndDendriteShowTheirVoltagesColoursAndTheRestIsBackground() {
        MorphologyMesh mesh = MorphologyMesh.of(cell());
        RenderSettings s = new RenderSettings(W, H, View.FRONT, Colormap.viridis(), RANGE, "mV", RenderSettings.WHITE, 4);
        try (OffscreenRenderer r = new OffscreenRenderer(mesh, s)) {
            BufferedImage img = r.render(new float[] {(float) SOMA_MV, (float) DEND_MV}, "t = 1.00 ms");
            PngFiles.write(img, GlTests.pictures().resolve("ball-and-stick-front.png"));
            FrameLayout l = r.layout();
            double[] p = new double[2];
            // soma centre (0, 0, 20) faces the viewer
            r.camera().project(0, 0, 20, l.sceneX(), l.sceneY(), l.sceneWidth(), l.sceneHeight(), p);
            assertColour(Colormap.viridis().rgb24(RANGE.normalise(SOMA_MV)), img.getRGB((int) p[0], (int) p[1]), "soma centre");
            // dendrite midline (110, 0, 4) faces the viewer
            r.camera().project(110, 0, 4, l.sceneX(), l.sceneY(), l.sceneWidth(), l.sceneHeight(), p);
            assertColour(Colormap.viridis().rgb24(RANGE.normalise(DEND_MV)), img.getRGB((int) p[0], (int) p[1]), "dendrite");
            // nothing above and below the dendrite, and in the scene's corners
            r.camera().project(110, 40, 0, l.sceneX(), l.sceneY(), l.sceneWidth(), l.sceneHeight(), p);
            assertColour(RenderSettings.WHITE, img.getRGB((int) p[0], (int) p[1]), "above the dendrite");
            r.camera().project(110, -40, 0, l.sceneX(), l.sceneY(), l.sceneWidth(), l.sceneHeight(), p);
            assertColour(RenderSettings.WHITE, img.getRGB((int) p[0], (int) p[1]), "below the dendrite");
            assertColour(RenderSettings.WHITE, img.getRGB(l.sceneX() + 2, l.sceneY() + 2), "scene top left");
            assertColour(RenderSettings.WHITE, img.getRGB(l.sceneX() + l.sceneWidth() - 3, l.sceneY() + l.sceneHeight() - 3), "scene bottom right");
            // the colour bar: every row is the map's colour for its value
            for (int row = 0; row < l.barHeight(); row += 7) {
                int expected = Colormap.viridis().rgb24(OverlayPainter.barFraction(row, l.barHeight()));
                assertEquals(expected, img.getRGB(l.barX() + l.barWidth() / 2, l.barY() + row) & 0xffffff, "colour bar row " + row);
            }
        }
    }

    private static void assertColour(int expected, int actual, String where) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xff;
            int a = (actual >> shift) & 0xff;
            assertTrue(Math.abs(e - a) <= 2, where + ": expected #" + Integer.toHexString(expected & 0xffffff)
                    + ", got #" + Integer.toHexString(actual & 0xffffff));
        }
    }
}
