package org.neurite.cli.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.testing.ValidationData;
import org.neurite.cli.Main;
import org.neurite.viewer.gl.GlSupport;

/**
 * {@code neurite render} and {@code neurite view} in-process: the exit-code contract of CLI.md
 * (2 usage, 65 bad input with one line naming the file or parameter, 1 without a display), and
 * real pictures when OpenGL is available. This module's tests do not run under Xvfb (the viewer
 * module's do, where the rendering itself is checked pixel by pixel), so the picture tests skip
 * without a display.
 */
class RenderCommandTest {
    private static final Path SWC = ValidationData.repositoryRoot().resolve("morphologies/ball_and_stick.swc");

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private static void assertBadInput(Result r, String mention) {
        assertEquals(65, r.code(), r.err());
        String[] lines = r.err().trim().split("\n");
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].startsWith("neurite: ") && lines[0].contains(mention), lines[0]);
    }

    @Test
    void badInputIsOneLineAndExit65(@TempDir Path dir) {
        String png = dir.resolve("x.png").toString();
        assertBadInput(run("render", dir.resolve("missing.swc").toString(), "--out", png), "missing.swc");
        assertBadInput(run("render", SWC.toString(), "--out", png, "--colormap", "jet"), "--colormap");
        assertBadInput(run("render", SWC.toString(), "--out", png, "--view", "diagonal"), "--view");
        assertBadInput(run("render", SWC.toString(), "--out", png, "--vmin", "0", "--vmax", "-10"), "--vmin");
        assertBadInput(run("render", SWC.toString(), "--out", png, "--background", "mauve"), "--background");
        assertBadInput(run("render", SWC.toString(), "--out", png, "--width", "10"), "--width");
        assertBadInput(run("render", SWC.toString(), "--frames", dir.toString(), "--every", "-1"), "--every");
        assertBadInput(run("render", SWC.toString(), "--frames", dir.toString(), "--at", "5"), "--at");
        assertBadInput(run("view", SWC.toString(), "--colormap", "jet"), "--colormap");
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void badUsageIsExit2() {
        assertEquals(2, run("render", SWC.toString()).code(), "neither --out nor --frames");
        assertEquals(2, run("render", SWC.toString(), "--out", "a.png", "--frames", "d").code());
        assertEquals(2, run("render", SWC.toString(), "--out", "a.png", "--every", "1").code());
        assertEquals(2, run("render", SWC.toString(), "--frames", "d", "--time", "1").code());
        assertEquals(2, run("render", SWC.toString(), "--out", "a.png", "--no-such-option").code());
        assertEquals(2, run("render", SWC.toString(), "--out", "a.png", "--at", "1,2").code(), "--at goes with --frames");
        assertEquals(2, run("render", SWC.toString(), "--frames", "d", "--at", "1", "--every", "1").code());
        assertEquals(2, run("render", SWC.toString(), "--frames", "d", "--at", "1,x").code(), "not a number");
    }

    @Test
    void withoutADisplayRenderAndViewSaySoAndExit1(@TempDir Path dir) {
        String problem = GlSupport.problem();
        Assumptions.assumeTrue(problem != null, "a display is available here; the no-display path is not reachable");
        Path png = dir.resolve("x.png");
        for (Result r : new Result[] {run("render", SWC.toString(), "--out", png.toString()), run("view", SWC.toString())}) {
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().startsWith("neurite: error: " + problem), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        assertFalse(Files.exists(png));
    }

    @Test
    void rendersAMorphologyAndASequenceFromCellRun(@TempDir Path dir) throws IOException {
        String problem = GlSupport.problem();
        if (problem != null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but OpenGL is not available in the cli test JVM: " + problem);
        }
        Assumptions.assumeTrue(problem == null, () -> "skipped (no OpenGL in this module's test JVM): " + problem);
        Path png = dir.resolve("bs.png");
        Result one = run("render", SWC.toString(), "--out", png.toString(), "--width", "400", "--height", "300", "--view", "front");
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().startsWith("wrote " + png + " (400x300, view front, path distance from the soma)"), one.out());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(400, img.getWidth());
        assertEquals(300, img.getHeight());

        Path spec = dir.resolve("bs.json");
        Files.writeString(spec, "{\"morphology\": \"" + SWC.toString().replace("\\", "/") + "\", "
                + "\"passive\": [{\"region\": \"all\", \"Ra\": 150, \"cm\": 1, \"g_pas\": 5e-5, \"e_pas\": -70}], "
                + "\"current_clamps\": [{\"location\": \"soma\", \"amp_nA\": 0.5, \"delay_ms\": 1, \"dur_ms\": 5}], "
                + "\"dt\": 0.025, \"tstop\": 10, \"v_init\": -70, \"record_all_every_ms\": 0.5}");
        Path h5 = dir.resolve("cell.h5");
        Result cell = run("cell", "run", spec.toString(), "--out", h5.toString(), "--no-progress");
        assertEquals(0, cell.code(), cell.err());
        Path frames = dir.resolve("frames");
        Result seq = run("render", h5.toString(), "--frames", frames.toString(), "--every", "2.5", "--width", "320",
                "--height", "240", "--colormap", "coolwarm", "--vmin", "-75", "--vmax", "-40", "--no-progress");
        assertEquals(0, seq.code(), seq.err());
        assertTrue(seq.out().contains("wrote 5 frames") && seq.out().contains("t = 0.0 ms … t = 10.0 ms"), seq.out());
        try (Stream<Path> s = Files.list(frames)) {
            assertEquals(5, s.count());
        }
    }
}
