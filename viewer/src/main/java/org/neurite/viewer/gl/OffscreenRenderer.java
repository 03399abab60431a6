package org.neurite.viewer.gl;

import com.jogamp.common.nio.Buffers;
import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL2ES3;
import com.jogamp.opengl.GL2GL3;
import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.GLContext;
import com.jogamp.opengl.GLDrawableFactory;
import com.jogamp.opengl.GLOffscreenAutoDrawable;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import org.neurite.viewer.frame.FrameLayout;
import org.neurite.viewer.frame.OverlayPainter;
import org.neurite.viewer.scene.Camera;
import org.neurite.viewer.scene.MorphologyMesh;

/**
 * Renders frames of a mesh into an offscreen framebuffer (a JOGL FBO drawable, OpenGL 3 core) and
 * reads them back into an image with the colour bar, units and time label painted on it. Built once
 * per picture size; each frame then rewrites only the per-vertex values, draws, reads the pixels back
 * into a preallocated buffer and image — no allocation on the GL side per frame.
 *
 * <p>Not thread-safe: one thread renders. The image returned by {@link #render} is reused by the next
 * call. Needs an X display (see {@link GlSupport}).
 */
public final class OffscreenRenderer implements AutoCloseable {
    private final RenderSettings settings;
    private final FrameLayout layout;
    private final Camera camera;
    private final MeshRenderer meshRenderer;
    private final GLOffscreenAutoDrawable drawable;
    private final IntBuffer pixels;
    private final BufferedImage image;
    private final int[] imageData;
    private boolean closed;

    /**
     * @param mesh what to draw
     * @param settings size, view, colours
     */
    public OffscreenRenderer(MorphologyMesh mesh, RenderSettings settings) {
        this.settings = settings;
        this.layout = FrameLayout.of(settings.width(), settings.height(), false);
        this.camera = Camera.fitted(mesh.positions(), settings.view(), (double) layout.sceneWidth() / layout.sceneHeight());
        GLCapabilities caps = GlSupport.capabilities(settings.samples());
        caps.setOnscreen(false);
        caps.setFBO(true);
        GLDrawableFactory factory = GLDrawableFactory.getFactory(caps.getGLProfile());
        this.drawable = factory.createOffscreenAutoDrawable(null, caps, null, settings.width(), settings.height());
        this.drawable.display(); // realises the drawable and its context
        this.meshRenderer = new MeshRenderer(mesh);
        this.pixels = Buffers.newDirectIntBuffer(settings.width() * settings.height());
        this.image = new BufferedImage(settings.width(), settings.height(), BufferedImage.TYPE_INT_RGB);
        this.imageData = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        GL3 gl = makeCurrent();
        try {
            meshRenderer.init(gl, settings.colormap());
        } finally {
            drawable.getContext().release();
        }
    }

    /** The camera (fitted to the mesh from the settings' view); changes show in the next frame. */
    public Camera camera() {
        return camera;
    }

    /** The smallest radius drawn with the current camera [µm] (thinner neurites are widened to it). */
    public double minRadiusUm() {
        return MeshRenderer.minRadiusUm(camera, layout.sceneHeight());
    }

    /** Where scene, colour bar and label are in the picture. */
    public FrameLayout layout() {
        return layout;
    }

    /** The settings. */
    public RenderSettings settings() {
        return settings;
    }

    /** Description of the GL implementation, e.g. {@code 4.5 (Core Profile) Mesa 22.3.6, llvmpipe}. */
    public String glDescription() {
        GL3 gl = makeCurrent();
        try {
            return gl.glGetString(GL.GL_VERSION) + ", " + gl.glGetString(GL.GL_RENDERER);
        } finally {
            drawable.getContext().release();
        }
    }

    /**
     * Renders one frame.
     *
     * @param compartmentValues one value per compartment (in the settings' units)
     * @param timeLabel text of the top band, or null
     * @return the picture (reused by the next call)
     */
    public BufferedImage render(float[] compartmentValues, String timeLabel) {
        renderScene(compartmentValues);
        OverlayPainter.paint(image, layout, new OverlayPainter.Content(settings.colormap(), settings.range(),
                settings.units(), timeLabel, Double.NaN, false), settings.textRgb());
        return image;
    }

    /**
     * Draws the scene and reads it back into the image, without colour bar and label (what the
     * benchmark times: no allocation).
     *
     * @return the picture (reused by the next call)
     */
    public BufferedImage renderSceneOnly(float[] compartmentValues) {
        renderScene(compartmentValues);
        return image;
    }

    private void renderScene(float[] compartmentValues) {
        if (closed) {
            throw new IllegalStateException("renderer is closed");
        }
        int w = settings.width();
        int h = settings.height();
        GL3 gl = makeCurrent();
        try {
            int bg = settings.backgroundRgb();
            gl.glBindFramebuffer(GL.GL_FRAMEBUFFER, drawable.getContext().getDefaultDrawFramebuffer());
            gl.glViewport(0, 0, w, h);
            gl.glClearColor(((bg >> 16) & 0xff) / 255f, ((bg >> 8) & 0xff) / 255f, (bg & 0xff) / 255f, 1f);
            gl.glClear(GL.GL_COLOR_BUFFER_BIT | GL.GL_DEPTH_BUFFER_BIT);
            gl.glViewport(layout.sceneX(), h - layout.sceneY() - layout.sceneHeight(), layout.sceneWidth(), layout.sceneHeight());
            meshRenderer.setValues(gl, compartmentValues);
            meshRenderer.draw(gl, camera, settings.range(), layout.sceneHeight());
            drawable.swapBuffers(); // resolves a multisampled FBO into the one read from
            gl.glBindFramebuffer(GL2ES3.GL_READ_FRAMEBUFFER, drawable.getContext().getDefaultReadFramebuffer());
            gl.glPixelStorei(GL.GL_PACK_ALIGNMENT, 4);
            pixels.clear();
            gl.glReadPixels(0, 0, w, h, GL.GL_BGRA, GL2GL3.GL_UNSIGNED_INT_8_8_8_8_REV, pixels);
            GlErrors.check(gl, "offscreen frame");
        } finally {
            drawable.getContext().release();
        }
        // GL rows go bottom-up, image rows top-down
        for (int row = 0; row < h; row++) {
            pixels.position((h - 1 - row) * w);
            pixels.get(imageData, row * w, w);
        }
    }

    private GL3 makeCurrent() {
        GLContext ctx = drawable.getContext();
        if (ctx.makeCurrent() == GLContext.CONTEXT_NOT_CURRENT) {
            throw new IllegalStateException("cannot make the offscreen OpenGL context current");
        }
        return ctx.getGL().getGL3();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        GL3 gl = makeCurrent();
        try {
            meshRenderer.dispose(gl);
        } finally {
            drawable.getContext().release();
        }
        drawable.destroy();
    }
}
