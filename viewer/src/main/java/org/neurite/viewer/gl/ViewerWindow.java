package org.neurite.viewer.gl;

import com.jogamp.common.nio.Buffers;
import com.jogamp.newt.event.WindowAdapter;
import com.jogamp.newt.event.WindowEvent;
import com.jogamp.newt.opengl.GLWindow;
import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL2GL3;
import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLAutoDrawable;
import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.GLEventListener;
import com.jogamp.opengl.util.FPSAnimator;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.neurite.viewer.frame.FrameLayout;
import org.neurite.viewer.frame.OverlayPainter;
import org.neurite.viewer.frame.PngFiles;
import org.neurite.viewer.scene.Camera;
import org.neurite.viewer.scene.CellGeometry;
import org.neurite.viewer.scene.CompartmentSeries;
import org.neurite.viewer.scene.MorphologyMesh;
import org.neurite.viewer.scene.Playback;

/**
 * The interactive viewer: a NEWT window (OpenGL 3 core) showing the cell coloured by its values,
 * with the colour bar, the time label and a time scrubber; mouse and keys as {@link WindowControls}
 * describes. It redraws only when something changed or while playing (about 30 frames per second at
 * most); between frames only the value buffer is rewritten, and only when the frame shown changes.
 */
public final class ViewerWindow implements AutoCloseable {
    private static final int FPS = 30;

    private final MorphologyMesh mesh;
    private final CompartmentSeries series;
    private final RenderSettings settings;
    private final State state;
    private final GLWindow window;
    private final FPSAnimator animator;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final WindowControls controls;
    private volatile boolean closing;

    private ViewerWindow(CellGeometry geometry, CompartmentSeries series, RenderSettings settings, String title,
                         Path snapshotDir, Consumer<String> messages) {
        this.mesh = MorphologyMesh.of(geometry);
        this.series = series;
        this.settings = settings;
        FrameLayout layout = FrameLayout.of(settings.width(), settings.height(), true);
        Camera camera = Camera.fitted(mesh.positions(), settings.view(), (double) layout.sceneWidth() / layout.sceneHeight());
        this.state = new State(camera, new Playback(series), layout, snapshotDir, messages);
        this.controls = new WindowControls(state);
        GLCapabilities caps = GlSupport.capabilities(settings.samples());
        this.window = GLWindow.create(caps);
        window.setTitle(title);
        window.setSize(settings.width(), settings.height());
        window.setAutoSwapBufferMode(false);
        window.addGLEventListener(new Renderer());
        window.addMouseListener(controls);
        window.addKeyListener(controls);
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowDestroyed(WindowEvent e) {
                closed.countDown();
            }
        });
        this.animator = new FPSAnimator(window, FPS, true);
    }

    /**
     * Opens the window and returns once it is on screen.
     *
     * @param geometry what to draw
     * @param series values per compartment over time
     * @param settings initial size, view, colours
     * @param title window title
     * @param snapshotDir where the S key saves pictures
     * @param messages receives one-line notes (e.g. where a snapshot went)
     */
    public static ViewerWindow open(CellGeometry geometry, CompartmentSeries series, RenderSettings settings, String title,
                                    Path snapshotDir, Consumer<String> messages) {
        ViewerWindow w = new ViewerWindow(geometry, series, settings, title, snapshotDir, messages);
        w.window.setVisible(true);
        w.animator.start();
        return w;
    }

    /** Waits until the user closes the window. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
        close();
    }

    /** Whether the window was closed. */
    public boolean isClosed() {
        return closed.getCount() == 0;
    }

    /** Renders the next frame and returns it as an image (the window's content). */
    public BufferedImage snapshot(long timeoutMs) throws InterruptedException, TimeoutException {
        CompletableFuture<BufferedImage> f = new CompletableFuture<>();
        synchronized (state) {
            state.snapshot = f;
            state.dirty = true;
        }
        try {
            return f.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("snapshot failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The camera (lock the window's state object when changing it from another thread). */
    Camera camera() {
        return state.camera;
    }

    /** The playback state. */
    Playback playback() {
        return state.playback;
    }

    /** The mouse and key handlers. */
    WindowControls controls() {
        return controls;
    }

    /** The lock the handlers and the renderer hold. */
    Object lock() {
        return state;
    }

    /** The layout of the current window size. */
    FrameLayout layout() {
        synchronized (state) {
            return state.layout;
        }
    }

    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        animator.stop();
        window.destroy();
        closed.countDown();
    }

    /** What the controls change; its monitor is the lock between the event and GL threads. */
    private final class State implements WindowControls.Target {
        final Camera camera;
        final Playback playback;
        FrameLayout layout;
        boolean dirty = true;
        CompletableFuture<BufferedImage> snapshot;
        final Path snapshotDir;
        final Consumer<String> messages;

        State(Camera camera, Playback playback, FrameLayout layout, Path snapshotDir, Consumer<String> messages) {
            this.camera = camera;
            this.playback = playback;
            this.layout = layout;
            this.snapshotDir = snapshotDir;
            this.messages = messages;
        }

        @Override
        public Camera camera() {
            return camera;
        }

        @Override
        public Playback playback() {
            return playback;
        }

        @Override
        public FrameLayout layout() {
            return layout;
        }

        @Override
        public float[] fitPoints() {
            return mesh.positions();
        }

        @Override
        public void changed() {
            dirty = true;
        }

        @Override
        public void saveSnapshot() {
            CompletableFuture<BufferedImage> f = new CompletableFuture<>();
            snapshot = f;
            dirty = true;
            f.thenAccept(img -> {
                Path file = freeName();
                PngFiles.write(img, file);
                messages.accept("saved " + file);
            });
        }

        private Path freeName() {
            for (int k = 1; ; k++) {
                Path p = snapshotDir.resolve(String.format(Locale.ROOT, "neurite-view-%03d.png", k));
                if (!Files.exists(p)) {
                    return p;
                }
            }
        }

        @Override
        public void close() {
            // not on the event thread: stopping the animator waits for the GL thread, which may wait for this lock
            Thread t = new Thread(ViewerWindow.this::close, "neurite-view-close");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Draws on the GL thread. */
    private final class Renderer implements GLEventListener {
        private final MeshRenderer meshRenderer = new MeshRenderer(mesh);
        private final OverlayLayer overlay = new OverlayLayer();
        private final float[] values = new float[series.compartmentCount()];
        private final double frameStep = series.frameCount() > 1
                ? (series.timeMs(series.frameCount() - 1) - series.timeMs(0)) / (series.frameCount() - 1) : Double.NaN;
        private int shownFrame = -1;
        private long lastNanos = System.nanoTime();

        @Override
        public void init(GLAutoDrawable drawable) {
            GL3 gl = drawable.getGL().getGL3();
            meshRenderer.init(gl, settings.colormap());
            overlay.init(gl);
        }

        @Override
        public void reshape(GLAutoDrawable drawable, int x, int y, int width, int height) {
            synchronized (state) {
                state.layout = FrameLayout.of(Math.max(FrameLayout.MIN_SIZE, width), Math.max(FrameLayout.MIN_SIZE, height), true);
                state.camera.setAspect((double) state.layout.sceneWidth() / state.layout.sceneHeight());
                state.dirty = true;
            }
        }

        @Override
        public void display(GLAutoDrawable drawable) {
            synchronized (state) {
                long now = System.nanoTime();
                double wall = (now - lastNanos) * 1e-9;
                lastNanos = now;
                state.playback.advance(wall);
                if (!state.dirty && !state.playback.playing() && state.snapshot == null) {
                    return; // nothing changed: keep the picture on screen
                }
                state.dirty = false;
                GL3 gl = drawable.getGL().getGL3();
                draw(gl, drawable.getSurfaceWidth(), drawable.getSurfaceHeight());
                if (state.snapshot != null) {
                    CompletableFuture<BufferedImage> f = state.snapshot;
                    state.snapshot = null;
                    try {
                        f.complete(readBack(gl, drawable.getSurfaceWidth(), drawable.getSurfaceHeight()));
                    } catch (RuntimeException e) {
                        f.completeExceptionally(e);
                    }
                }
                drawable.swapBuffers();
            }
        }

        private void draw(GL3 gl, int w, int h) {
            FrameLayout l = state.layout;
            int k = state.playback.frame();
            if (k != shownFrame) {
                series.frame(k, values);
                meshRenderer.setValues(gl, values);
                shownFrame = k;
            }
            int bg = settings.backgroundRgb();
            gl.glViewport(0, 0, w, h);
            gl.glClearColor(((bg >> 16) & 0xff) / 255f, ((bg >> 8) & 0xff) / 255f, (bg & 0xff) / 255f, 1f);
            gl.glClear(GL.GL_COLOR_BUFFER_BIT | GL.GL_DEPTH_BUFFER_BIT);
            gl.glViewport(l.sceneX(), h - l.sceneY() - l.sceneHeight(), l.sceneWidth(), l.sceneHeight());
            meshRenderer.draw(gl, state.camera, settings.range(), l.sceneHeight());
            gl.glViewport(0, 0, w, h);
            String label = series.frameCount() > 1 ? OverlayPainter.timeLabel(series.timeMs(k), frameStep) : series.quantity();
            BufferedImage img = overlay.clearedImage(l.width(), l.height());
            OverlayPainter.paint(img, l, new OverlayPainter.Content(settings.colormap(), settings.range(), settings.units(),
                    label, series.frameCount() > 1 ? state.playback.fraction() : Double.NaN, state.playback.playing()),
                    settings.textRgb());
            overlay.upload(gl);
            overlay.draw(gl);
            GlErrors.check(gl, "window frame");
        }

        private BufferedImage readBack(GL3 gl, int w, int h) {
            IntBuffer px = Buffers.newDirectIntBuffer(w * h);
            gl.glPixelStorei(GL.GL_PACK_ALIGNMENT, 4);
            gl.glReadPixels(0, 0, w, h, GL.GL_BGRA, GL2GL3.GL_UNSIGNED_INT_8_8_8_8_REV, px);
            GlErrors.check(gl, "window read-back");
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            int[] data = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
            for (int row = 0; row < h; row++) {
                px.position((h - 1 - row) * w);
                px.get(data, row * w, w);
            }
            return img;
        }

        @Override
        public void dispose(GLAutoDrawable drawable) {
            GL3 gl = drawable.getGL().getGL3();
            meshRenderer.dispose(gl);
            overlay.dispose(gl);
        }
    }
}
