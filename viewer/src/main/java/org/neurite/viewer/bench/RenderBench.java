package org.neurite.viewer.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.neurite.channels.spi.BenchWorkload;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.morphology.discretize.CableProperties;
import org.neurite.morphology.discretize.CvPolicy;
import org.neurite.morphology.discretize.Discretization;
import org.neurite.morphology.io.SwcConvention;
import org.neurite.morphology.io.SwcLoader;
import org.neurite.morphology.synth.CellGenerator;
import org.neurite.morphology.tree.Morphology;
import org.neurite.viewer.gl.GlSupport;
import org.neurite.viewer.gl.OffscreenRenderer;
import org.neurite.viewer.gl.RenderSettings;
import org.neurite.viewer.input.CellGeometries;
import org.neurite.viewer.scene.CellGeometry;
import org.neurite.viewer.scene.Colormap;
import org.neurite.viewer.scene.MorphologyMesh;
import org.neurite.viewer.scene.ValueRange;
import org.neurite.viewer.scene.View;

/**
 * {@code neurite bench render}: offscreen frames per second of a cell of at least 10 000 drawn
 * segments at 1280 × 720 — the project's seeded synthetic pyramidal cell (morphology module's
 * CellGenerator) cut into compartments of at most a few µm, coloured by a wave of depolarisation
 * travelling out from the soma. A frame is: rewrite the per-vertex values, draw, read the pixels back
 * (with 4× multisampling, the default of {@code neurite render}, and without), and, for the full
 * frame, paint the colour bar and time label. Bytes allocated per frame on the rendering thread
 * are reported to show that the GL path allocates nothing. Needs an X display (xvfb-run -a).
 */
public final class RenderBench implements BenchWorkload {
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    static final int MIN_SEGMENTS = 10_000;
    private static final int PATTERNS = 24;
    private static final int WARMUP = 20;
    private static final int FRAMES = 60;

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String description() {
        return "offscreen frames/s of a >= 10 000-segment cell at 1280x720 (values change per frame; needs an X display)";
    }

    @Override
    public Result run(int threads, ProgressListener progress) {
        GlSupport.require();
        long t0 = System.nanoTime();
        Morphology m = SwcLoader.load(CellGenerator.pyramidal(CellGenerator.PYRAMIDAL_SEED), SwcConvention.NEURON).morphology();
        // the coarsest whole-µm compartment length that gives at least MIN_SEGMENTS frusta
        CellGeometry geometry = null;
        Discretization d = null;
        int maxUm;
        for (maxUm = 20; ; maxUm--) {
            d = Discretization.of(m, new CvPolicy.MaxLength(maxUm), CableProperties.uniform(150, 1));
            geometry = CellGeometries.of(d);
            if (geometry.segmentCount() >= MIN_SEGMENTS || maxUm == 1) {
                break;
            }
        }
        float[][] frames = wave(d, geometry.compartmentCount());
        MorphologyMesh mesh = MorphologyMesh.of(geometry);
        RenderSettings settings = new RenderSettings(WIDTH, HEIGHT, View.ISO, Colormap.viridis(), new ValueRange(-70, -10),
                "mV", RenderSettings.WHITE, 4);
        double setup = (System.nanoTime() - t0) * 1e-9;

        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("segments", Integer.toString(geometry.segmentCount()));
        figures.put("compartments", geometry.compartmentCount() + " (at most " + maxUm + " um long)");
        figures.put("vertices", Integer.toString(mesh.vertexCount()));
        figures.put("triangles", Integer.toString(mesh.triangleCount()));
        figures.put("size", WIDTH + "x" + HEIGHT);
        long start = System.nanoTime();
        int total = 3 * FRAMES;
        int[] done = {0};
        try (OffscreenRenderer r = new OffscreenRenderer(mesh, settings)) {
            figures.put("gl", r.glDescription());
            Timing scene = time(r, frames, false, progress, done, total);
            Timing full = time(r, frames, true, progress, done, total);
            figures.put("fps_scene_msaa4", fps(scene));
            figures.put("fps_full_frame_msaa4", fps(full) + " (with colour bar and time label)");
            figures.put("bytes_allocated_per_scene_frame", Long.toString(scene.bytesPerFrame));
        }
        try (OffscreenRenderer r = new OffscreenRenderer(mesh, settings.withSamples(0))) {
            Timing scene = time(r, frames, false, progress, done, total);
            figures.put("fps_scene_no_msaa", fps(scene));
        }
        double run = (System.nanoTime() - start) * 1e-9;
        return new Result(setup, run, figures);
    }

    private record Timing(double seconds, int frames, long bytesPerFrame) {
    }

    private static String fps(Timing t) {
        return String.format(Locale.ROOT, "%.1f", t.frames / t.seconds);
    }

    private static Timing time(OffscreenRenderer r, float[][] frames, boolean full, ProgressListener progress,
                               int[] done, int total) {
        for (int k = 0; k < WARMUP; k++) {
            frame(r, frames[k % frames.length], full, k);
        }
        long bytes0 = allocatedBytes();
        long t = System.nanoTime();
        for (int k = 0; k < FRAMES; k++) {
            frame(r, frames[k % frames.length], full, k);
            progress.progress(++done[0], total);
        }
        double seconds = (System.nanoTime() - t) * 1e-9;
        long bytes = allocatedBytes() - bytes0;
        return new Timing(seconds, FRAMES, bytes < 0 ? -1 : bytes / FRAMES);
    }

    private static void frame(OffscreenRenderer r, float[] values, boolean full, int k) {
        if (full) {
            r.render(values, "t = " + k + " ms");
        } else {
            r.renderSceneOnly(values);
        }
    }

    /** Bytes allocated so far by this thread (HotSpot's ThreadMXBean), or −1 where unsupported. */
    private static long allocatedBytes() {
        java.lang.management.ThreadMXBean b = ManagementFactory.getThreadMXBean();
        if (b instanceof com.sun.management.ThreadMXBean hs && hs.isThreadAllocatedMemorySupported()) {
            return hs.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return -1;
    }

    /** A depolarisation travelling out from the soma at 0.5 µm per frame-step of path distance units. */
    private static float[][] wave(Discretization d, int n) {
        Morphology m = d.morphology();
        double[] dist = new double[n];
        double max = 1;
        for (int i = 0; i < n; i++) {
            dist[i] = m.pathDistance(d.location(i));
            max = Math.max(max, dist[i]);
        }
        float[][] f = new float[PATTERNS][n];
        for (int k = 0; k < PATTERNS; k++) {
            double front = max * k / PATTERNS;
            for (int i = 0; i < n; i++) {
                double x = (dist[i] - front) / (0.05 * max);
                f[k][i] = (float) (-70 + 60 * Math.exp(-x * x));
            }
        }
        return f;
    }
}
