package org.neurite.viewer.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.viewer.frame.FrameLayout;
import org.neurite.viewer.frame.FramePlan;
import org.neurite.viewer.frame.OverlayPainter;
import org.neurite.viewer.input.TestRecordings;
import org.neurite.viewer.input.ViewerInput;
import org.neurite.viewer.scene.Camera;
import org.neurite.viewer.scene.Colormap;
import org.neurite.viewer.scene.MorphologyMesh;
import org.neurite.viewer.scene.ValueRange;
import org.neurite.viewer.scene.View;

/**
 * A frame sequence from a cell.h5 written by {@code cell run} (ball and stick, a 5 ms current step
 * at the soma, every compartment recorded each 0.5 ms): the requested number of files, each with
 * the time label of its frame (its top band equals that label painted alone — the reference is the
 * painter, checked by eye in the PNGs), and the soma coloured by the voltage recorded in that frame
 * (±2 of 255, as in OffscreenBallAndStickTest).
 */
class FrameSequenceTest {
    @BeforeAll
    static void gl() {
        GlTests.requireGl();
    }

    @Test
    void everyTwoMillisecondsGivesSixFramesWithTheirLabelsAndVoltages(@TempDir Path dir) throws IOException {
        Path h5 = TestRecordings.ballAndStick(dir, ", \"record_all_every_ms\": 0.5");
        ViewerInput in = ViewerInput.load(h5);
        ValueRange range = new ValueRange(-75, -40);
        RenderSettings s = new RenderSettings(480, 320, View.FRONT, Colormap.coolwarm(), range, "mV", RenderSettings.WHITE, 4);
        FramePlan plan = FramePlan.of(in.series(), Double.NaN, Double.NaN, 2.0);
        Path out = GlTests.pictures().resolve("sequence");
        List<Path> files = PngRendering.sequence(in.geometry(), in.series(), s, plan, out, ProgressListener.NONE);

        assertEquals(6, files.size(), "0, 2, 4, 6, 8, 10 ms");
        try (Stream<Path> listed = Files.list(out)) {
            assertEquals(6, listed.filter(p -> p.getFileName().toString().matches("frame_0000[0-5]\\.png")).count());
        }
        String[] expected = {"t = 0 ms", "t = 2 ms", "t = 4 ms", "t = 6 ms", "t = 8 ms", "t = 10 ms"};
        FrameLayout l = FrameLayout.of(480, 320, false);
        MorphologyMesh mesh = MorphologyMesh.of(in.geometry());
        Camera cam = Camera.fitted(mesh.positions(), View.FRONT, (double) l.sceneWidth() / l.sceneHeight());
        double[] somaPx = new double[2];
        double cx = in.geometry().sphereX(0);
        double cy = in.geometry().sphereY(0);
        double cz = in.geometry().sphereZ(0) + in.geometry().sphereRadius(0);
        cam.project(cx, cy, cz, l.sceneX(), l.sceneY(), l.sceneWidth(), l.sceneHeight(), somaPx);
        int soma = in.geometry().sphereCompartment(0);
        int previous = -1;
        for (int k = 0; k < files.size(); k++) {
            assertEquals(expected[k], plan.label(k));
            BufferedImage img = ImageIO.read(files.get(k).toFile());
            assertEquals(480, img.getWidth());
            // the top band holds exactly the label painted alone on the background
            BufferedImage alone = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = alone.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 480, 320);
            g.dispose();
            OverlayPainter.paint(alone, l, new OverlayPainter.Content(Colormap.coolwarm(), range, "mV", expected[k], Double.NaN, false), 0);
            for (int y = 0; y < l.sceneY(); y++) {
                for (int x = 0; x < l.sceneWidth(); x++) {
                    assertEquals(alone.getRGB(x, y) & 0xffffff, img.getRGB(x, y) & 0xffffff,
                            "frame " + k + " label pixel (" + x + ", " + y + ")");
                }
            }
            int rgb = img.getRGB((int) somaPx[0], (int) somaPx[1]) & 0xffffff;
            float v = in.series().value(plan.frame(k), soma);
            int want = Colormap.coolwarm().rgb24(range.normalise(v));
            for (int shift = 0; shift <= 16; shift += 8) {
                assertEquals((want >> shift) & 0xff, (rgb >> shift) & 0xff, 2.0,
                        "frame " + k + " soma at " + v + " mV: #" + Integer.toHexString(rgb) + " vs #" + Integer.toHexString(want));
            }
            if (k == 1) {
                assertNotEquals(previous, rgb, "the step depolarised the soma between 0 and 2 ms");
            }
            previous = rgb;
        }
    }
}
