package org.neurite.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.testing.ValidationData;
import org.neurite.cli.Main;
import org.neurite.viewer.gl.GlSupport;

/**
 * Demo step 5: frames of a cell.h5 at chosen moments, drawn in this JVM and through a child
 * {@code neurite render} under xvfb-run; both paths must give the same pictures, and a frame
 * during a somatic current step must differ from one at rest.
 */
class DemoFramesTest {
    @TempDir
    Path dir;

    private Path cellH5() throws Exception {
        Path swc = ValidationData.repositoryRoot().resolve("morphologies/ball_and_stick.swc");
        Path spec = dir.resolve("bs.json");
        Files.writeString(spec, "{\"morphology\": \"" + swc.toString().replace("\\", "/") + "\", "
                + "\"passive\": [{\"region\": \"all\", \"Ra\": 150, \"cm\": 1, \"g_pas\": 5e-5, \"e_pas\": -70}], "
                + "\"current_clamps\": [{\"location\": \"soma\", \"amp_nA\": 0.5, \"delay_ms\": 2, \"dur_ms\": 5}], "
                + "\"dt\": 0.025, \"tstop\": 10, \"v_init\": -70, \"record_all_every_ms\": 0.5}");
        Path h5 = dir.resolve("cell.h5");
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"cell", "run", spec.toString(), "--out", h5.toString(), "--no-progress"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        return h5;
    }

    @Test
    void framesInThisJvmAndUnderXvfbRunAreTheSamePictures() throws Exception {
        String problem = GlSupport.problem();
        if (problem != null && ValidationData.inCi()) {
            fail("CI=true but OpenGL is not available in the cli test JVM: " + problem);
        }
        Assumptions.assumeTrue(problem == null, () -> "skipped (no OpenGL here): " + problem);
        Path h5 = cellH5();
        double[] times = {1.0, 6.0};
        DemoFrames.Outcome here = DemoFrames.render(h5, dir.resolve("here"), times, ProgressListener.NONE, false);
        assertTrue(here.done(), here.skipped());
        assertEquals(2, here.files().size());
        assertEquals("t = 6.0 ms", here.captions().get(1));
        BufferedImage rest = ImageIO.read(here.files().get(0).toFile());
        BufferedImage step = ImageIO.read(here.files().get(1).toFile());
        assertEquals(DemoFrames.WIDTH, rest.getWidth());
        assertEquals(DemoFrames.HEIGHT, rest.getHeight());
        assertTrue(differingPixels(rest, step) > 1000, "the depolarised cell is drawn in other colours than at rest");

        DemoFrames.Outcome child = DemoFrames.render(h5, dir.resolve("child"), times, ProgressListener.NONE, true);
        assertTrue(child.done(), child.skipped());
        for (int k = 0; k < times.length; k++) {
            BufferedImage a = ImageIO.read(here.files().get(k).toFile());
            BufferedImage b = ImageIO.read(child.files().get(k).toFile());
            assertTrue(differingPixels(a, b) < a.getWidth() * a.getHeight() / 1000,
                    "frame " + k + " drawn in a child under xvfb-run matches the one drawn here");
        }
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xffffff) != (b.getRGB(x, y) & 0xffffff)) {
                    n++;
                }
            }
        }
        return n;
    }
}
