package org.neurite.viewer.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jogamp.newt.event.InputEvent;
import com.jogamp.newt.event.KeyEvent;
import com.jogamp.newt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.viewer.frame.FrameLayout;
import org.neurite.viewer.frame.PngFiles;
import org.neurite.viewer.scene.CellGeometry;
import org.neurite.viewer.scene.Colormap;
import org.neurite.viewer.scene.CompartmentSeries;
import org.neurite.viewer.scene.ValueRange;
import org.neurite.viewer.scene.View;

/**
 * The interactive window on screen (under Xvfb in CI): what it shows follows the keys and the
 * mouse. References: the colour map's value for the soma's voltage in the frame shown (±2 of 255,
 * as in OffscreenBallAndStickTest), and picture equality after a reset.
 */
class ViewerWindowTest {
    private static final ValueRange RANGE = new ValueRange(-80, 0);

    @BeforeAll
    static void gl() {
        GlTests.requireGl();
    }

    private static void assertSoma(BufferedImage img, int[] px, double mv, String what) {
        int want = Colormap.viridis().rgb24(RANGE.normalise(mv));
        int got = img.getRGB(px[0], px[1]) & 0xffffff;
        for (int shift = 0; shift <= 16; shift += 8) {
            assertEquals((want >> shift) & 0xff, (got >> shift) & 0xff, 2.0,
                    what + ": soma #" + Integer.toHexString(got) + ", expected #" + Integer.toHexString(want));
        }
    }

    @Test
    void keysMouseAndScrubberChangeWhatIsShown(@TempDir Path dir) throws Exception {
        CellGeometry g = CellGeometry.builder(2).sphere(0, 0, 0, 20, 0).segment(20, 0, 0, 4, 200, 0, 0, 4, 3, 1).build();
        CompartmentSeries s = new CompartmentSeries("membrane potential", "mV", new double[] {0, 0.5, 1.0},
                new float[] {-70, -60, -50, -60, -30, -60}, 2);
        RenderSettings settings = new RenderSettings(640, 480, View.FRONT, Colormap.viridis(), RANGE, "mV", RenderSettings.WHITE, 4);
        List<String> notes = new ArrayList<>();
        try (ViewerWindow w = ViewerWindow.open(g, s, settings, "neurite test", dir, notes::add)) {
            BufferedImage first = w.snapshot(10_000);
            assertEquals(640, first.getWidth());
            FrameLayout l = w.layout();
            double[] p = new double[2];
            synchronized (w.lock()) {
                w.camera().project(0, 0, 20, l.sceneX(), l.sceneY(), l.sceneWidth(), l.sceneHeight(), p);
            }
            int[] soma = {(int) p[0], (int) p[1]};
            assertSoma(first, soma, -70, "frame 0");
            PngFiles.write(first, GlTests.pictures().resolve("window-frame0.png"));

            w.controls().keyPressed(key(KeyEvent.VK_RIGHT));
            assertSoma(w.snapshot(10_000), soma, -50, "after →");
            w.controls().keyPressed(key(KeyEvent.VK_END));
            BufferedImage last = w.snapshot(10_000);
            assertSoma(last, soma, -30, "after End");
            PngFiles.write(last, GlTests.pictures().resolve("window-frame2.png"));

            // orbit by dragging: the picture changes; R brings back exactly the same picture
            w.controls().mousePressed(mouse(MouseEvent.EVENT_MOUSE_PRESSED, 300, 240));
            w.controls().mouseDragged(mouse(MouseEvent.EVENT_MOUSE_DRAGGED, 400, 200));
            BufferedImage turned = w.snapshot(10_000);
            PngFiles.write(turned, GlTests.pictures().resolve("window-orbited.png"));
            assertTrue(differentPixels(last, turned) > 1000, "orbiting changed the picture");
            w.controls().keyPressed(key(KeyEvent.VK_R));
            assertEquals(0, differentPixels(last, w.snapshot(10_000)), "reset gives the same picture");

            // a press at the left end of the scrubber goes back to the first frame
            w.controls().mousePressed(mouse(MouseEvent.EVENT_MOUSE_PRESSED, l.trackLeft(), l.trackY()));
            assertSoma(w.snapshot(10_000), soma, -70, "after scrubbing to the start");

            // S saves the window as a PNG
            w.controls().keyPressed(key(KeyEvent.VK_S));
            for (int i = 0; i < 100 && notes.isEmpty(); i++) {
                Thread.sleep(50);
            }
            assertEquals(List.of("saved " + dir.resolve("neurite-view-001.png")), notes);
            assertNotEquals(null, javax.imageio.ImageIO.read(dir.resolve("neurite-view-001.png").toFile()));
        }
    }

    private static int differentPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static KeyEvent key(short symbol) {
        return KeyEvent.create(KeyEvent.EVENT_KEY_PRESSED, new Object(), 0, 0, symbol, symbol, '\0');
    }

    private static MouseEvent mouse(short type, int x, int y) {
        return new MouseEvent(type, new Object(), 0, InputEvent.BUTTON1_MASK, x, y, (short) 1, MouseEvent.BUTTON1,
                new float[] {0, 0, 0}, 1f);
    }
}
