package org.neurite.cli.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.viewer.frame.FramePlan;
import org.neurite.viewer.gl.GlSupport;
import org.neurite.viewer.frame.PngFiles;
import org.neurite.viewer.gl.PngRendering;
import org.neurite.viewer.gl.RenderSettings;
import org.neurite.viewer.input.ViewerInput;
import org.neurite.viewer.scene.Colormap;
import org.neurite.viewer.scene.ValueRange;
import org.neurite.viewer.scene.View;

/**
 * Step 5 of the demo: PNG frames of the dendritic voltage on the 3-D morphology at a few moments,
 * all with one colour range so that they compare. OpenGL needs an X display: when this JVM has
 * none, each frame is drawn by a child {@code neurite render} inside a private Xvfb server
 * ({@code xvfb-run -a}) when that is installed; otherwise the step is skipped with the reason.
 */
final class DemoFrames {
    static final int WIDTH = 960;
    static final int HEIGHT = 720;
    static final String VIEW = "front";
    static final String COLORMAP = "viridis";

    /** What the step produced: the frame files and their captions, or why it was skipped. */
    record Outcome(List<Path> files, List<String> captions, String skipped, String how) {
        boolean done() {
            return skipped == null;
        }
    }

    private DemoFrames() {
    }

    /**
     * Draws one frame per time.
     *
     * @param cellH5 a cell.h5 with every compartment's voltage over time
     * @param dir folder for the frames {@code frame_00000.png}, … in the order of the times
     * @param timesMs the moments [ms]
     */
    static Outcome render(Path cellH5, Path dir, double[] timesMs, ProgressListener progress) {
        return render(cellH5, dir, timesMs, progress, GlSupport.problem() != null);
    }

    /** As {@link #render(Path, Path, double[], ProgressListener)}; {@code viaXvfb} forces the child path. */
    static Outcome render(Path cellH5, Path dir, double[] timesMs, ProgressListener progress, boolean viaXvfb) {
        ViewerInput in = ViewerInput.load(cellH5);
        ValueRange range = ValueRange.automatic(in.series());
        FramePlan plan = FramePlan.at(in.series(), timesMs);
        List<String> captions = new ArrayList<>();
        for (int k = 0; k < plan.size(); k++) {
            captions.add(plan.label(k));
        }
        String how;
        if (!viaXvfb) {
            RenderSettings settings = new RenderSettings(WIDTH, HEIGHT, View.named(VIEW), Colormap.named(COLORMAP), range,
                    in.series().units(), RenderSettings.WHITE, 4);
            PngRendering.sequence(in.geometry(), in.series(), settings, plan, dir, progress);
            how = "OpenGL on display " + System.getenv("DISPLAY");
        } else {
            String xvfbRun = onPath("xvfb-run");
            if (xvfbRun == null) {
                String p = GlSupport.problem();
                return new Outcome(List.of(), List.of(), (p == null ? "no OpenGL here" : p) + ", and xvfb-run is not installed", null);
            }
            StringBuilder at = new StringBuilder();
            for (double t : timesMs) {
                at.append(at.length() == 0 ? "" : ",").append(t);
            }
            List<String> cmd = List.of(xvfbRun, "-a", "-s", "-screen 0 1280x1024x24",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), org.neurite.cli.Main.class.getName(),
                    "render", cellH5.toString(), "--frames", dir.toString(), "--at", at.toString(),
                    "--view", VIEW, "--colormap", COLORMAP,
                    "--vmin", Double.toString(range.min()), "--vmax", Double.toString(range.max()),
                    "--width", Integer.toString(WIDTH), "--height", Integer.toString(HEIGHT), "--no-progress");
            String failure = runChild(cmd);
            if (failure != null) {
                return new Outcome(List.of(), List.of(), "drawing under xvfb-run failed: " + failure, null);
            }
            progress.progress(plan.size(), plan.size());
            how = "OpenGL in a private Xvfb server (xvfb-run)";
        }
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < plan.size(); k++) {
            files.add(dir.resolve(PngFiles.frameName(k)));
        }
        return new Outcome(files, captions, null, how);
    }

    private static String runChild(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int code = p.waitFor();
            if (code == 0) {
                return null;
            }
            String last = text.strip();
            int nl = last.lastIndexOf('\n');
            return "exit " + code + (last.isEmpty() ? "" : ": " + (nl >= 0 ? last.substring(nl + 1) : last));
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, program);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
