package org.neurite.viewer.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neurite.channels.testing.ValidationData;
import org.neurite.viewer.frame.FrameLayout;
import org.neurite.viewer.frame.PngFiles;
import org.neurite.viewer.input.ViewerInput;
import org.neurite.viewer.scene.Camera;
import org.neurite.viewer.scene.Colormap;
import org.neurite.viewer.scene.MorphologyMesh;
import org.neurite.viewer.scene.ValueRange;
import org.neurite.viewer.scene.View;

/**
 * A real reconstruction (validation/morphology_swc/real/L5pyr-j140408b.CNG.swc, Jiang et al. 2015
 * via NeuroMorpho, with its axon) rendered offscreen: the extent of the drawn silhouette must match
 * the bounds of the mesh projected by the camera (pure Java, no GL), with radii widened to the
 * renderer's minimum of 0.6 px as the vertex shader does. Tolerance 1.5 px: a rasteriser
 * fills a pixel when its centre is inside a triangle, so an extreme vertex may lie up to one pixel
 * beyond the last filled pixel (plus rounding of the projected coordinate). No multisampling here,
 * so that edge pixels are either the background or drawn.
 */
class SilhouetteTest {
    private static final int W = 900;
    private static final int H = 700;

    @BeforeAll
    static void gl() {
        GlTests.requireGl();
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void silhouetteExtentIsTheProjectedBounds(View view) {
        Path swc = ValidationData.file("morphology_swc", "real/L5pyr-j140408b.CNG.swc");
        ViewerInput in = ViewerInput.load(swc);
        MorphologyMesh mesh = MorphologyMesh.of(in.geometry());
        RenderSettings s = new RenderSettings(W, H, view, Colormap.viridis(), ValueRange.automatic(in.series()), "µm",
                RenderSettings.WHITE, 0);
        try (OffscreenRenderer r = new OffscreenRenderer(mesh, s)) {
            float[] values = new float[in.series().compartmentCount()];
            in.series().frame(0, values);
            BufferedImage img = r.render(values, null);
            PngFiles.write(img, GlTests.pictures().resolve("L5pyr-" + view.label() + ".png"));
            FrameLayout l = r.layout();

            // drawn pixels inside the scene viewport
            int minX = Integer.MAX_VALUE;
            int minY = Integer.MAX_VALUE;
            int maxX = -1;
            int maxY = -1;
            long drawn = 0;
            for (int y = l.sceneY(); y < l.sceneY() + l.sceneHeight(); y++) {
                for (int x = l.sceneX(); x < l.sceneX() + l.sceneWidth(); x++) {
                    if ((img.getRGB(x, y) & 0xffffff) != RenderSettings.WHITE) {
                        minX = Math.min(minX, x);
                        maxX = Math.max(maxX, x);
                        minY = Math.min(minY, y);
                        maxY = Math.max(maxY, y);
                        drawn++;
                    }
                }
            }
            assertTrue(drawn > 1000, "only " + drawn + " pixels drawn");

            // the mesh's vertices as drawn (radii widened to the renderer's minimum) projected by the
            // camera; pixel (x, y) covers [x, x+1) × [y, y+1)
            Camera cam = r.camera();
            float[] p = new float[3 * mesh.vertexCount()];
            mesh.positions(r.minRadiusUm(), p);
            double[] q = new double[2];
            double pMinX = Double.POSITIVE_INFINITY;
            double pMinY = Double.POSITIVE_INFINITY;
            double pMaxX = Double.NEGATIVE_INFINITY;
            double pMaxY = Double.NEGATIVE_INFINITY;
            for (int v = 0; v < mesh.vertexCount(); v++) {
                cam.project(p[3 * v], p[3 * v + 1], p[3 * v + 2], l.sceneX(), l.sceneY(), l.sceneWidth(), l.sceneHeight(), q);
                pMinX = Math.min(pMinX, q[0]);
                pMaxX = Math.max(pMaxX, q[0]);
                pMinY = Math.min(pMinY, q[1]);
                pMaxY = Math.max(pMaxY, q[1]);
            }
            String where = view + ": drawn [" + minX + ", " + (maxX + 1) + "] × [" + minY + ", " + (maxY + 1)
                    + "], projected [" + pMinX + ", " + pMaxX + "] × [" + pMinY + ", " + pMaxY + "]";
            assertEquals(pMinX, minX, 1.5, where);
            assertEquals(pMaxX, maxX + 1, 1.5, where);
            assertEquals(pMinY, minY, 1.5, where);
            assertEquals(pMaxY, maxY + 1, 1.5, where);
            // and the camera fitted the cell to the viewport with its 5 % margin in one direction (the
            // fit is to the true radii; widening adds at most 2 × 0.6 px)
            double fill = Math.max((pMaxX - pMinX) / l.sceneWidth(), (pMaxY - pMinY) / l.sceneHeight());
            assertEquals(1 / 1.05, fill, 1.2 / Math.min(l.sceneWidth(), l.sceneHeight()) + 1e-6, where);
        }
    }
}
