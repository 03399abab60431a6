package org.neurite.viewer.gl;

import com.jogamp.common.nio.Buffers;
import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL2GL3;
import com.jogamp.opengl.GL3;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.Arrays;

/**
 * A window-sized transparent image (painted with Java2D: colour bar, labels, scrubber) shown over
 * the scene as a texture on the whole viewport, blended with premultiplied alpha.
 */
final class OverlayLayer {
    private static final String VERTEX = """
            #version 330 core
            out vec2 uv;
            void main() {
                vec2 p = vec2(float(gl_VertexID & 1) * 2.0 - 1.0, float(gl_VertexID >> 1) * 2.0 - 1.0);
                uv = vec2(0.5 * (p.x + 1.0), 0.5 * (1.0 - p.y));
                gl_Position = vec4(p, 0.0, 1.0);
            }
            """;

    private static final String FRAGMENT = """
            #version 330 core
            in vec2 uv;
            uniform sampler2D overlay;
            out vec4 colour;
            void main() {
                colour = texture(overlay, uv);
            }
            """;

    private ShaderProgram program;
    private int vao;
    private int texture;
    private int uOverlay;
    private BufferedImage image;
    private int[] data;
    private IntBuffer upload;

    void init(GL3 gl) {
        program = new ShaderProgram(gl, VERTEX, FRAGMENT);
        uOverlay = program.uniform(gl, "overlay");
        int[] ids = new int[1];
        gl.glGenVertexArrays(1, ids, 0);
        vao = ids[0];
        gl.glGenTextures(1, ids, 0);
        texture = ids[0];
        gl.glBindTexture(GL.GL_TEXTURE_2D, texture);
        gl.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_MIN_FILTER, GL.GL_NEAREST);
        gl.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_MAG_FILTER, GL.GL_NEAREST);
        gl.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_WRAP_S, GL.GL_CLAMP_TO_EDGE);
        gl.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_WRAP_T, GL.GL_CLAMP_TO_EDGE);
        gl.glBindTexture(GL.GL_TEXTURE_2D, 0);
    }

    /** The image to paint on, cleared to transparent; (re)made when the size changes. */
    BufferedImage clearedImage(int width, int height) {
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            upload = Buffers.newDirectIntBuffer(width * height);
        } else {
            Arrays.fill(data, 0);
        }
        return image;
    }

    /** Uploads the painted image. */
    void upload(GL3 gl) {
        upload.clear();
        upload.put(data).flip();
        gl.glBindTexture(GL.GL_TEXTURE_2D, texture);
        gl.glPixelStorei(GL.GL_UNPACK_ALIGNMENT, 4);
        gl.glTexImage2D(GL.GL_TEXTURE_2D, 0, GL.GL_RGBA8, image.getWidth(), image.getHeight(), 0,
                GL.GL_BGRA, GL2GL3.GL_UNSIGNED_INT_8_8_8_8_REV, upload);
        gl.glBindTexture(GL.GL_TEXTURE_2D, 0);
    }

    /** Draws the overlay over the whole current viewport. */
    void draw(GL3 gl) {
        gl.glDisable(GL.GL_DEPTH_TEST);
        gl.glDisable(GL.GL_CULL_FACE);
        gl.glEnable(GL.GL_BLEND);
        gl.glBlendFunc(GL.GL_ONE, GL.GL_ONE_MINUS_SRC_ALPHA);
        gl.glUseProgram(program.id);
        gl.glActiveTexture(GL.GL_TEXTURE0);
        gl.glBindTexture(GL.GL_TEXTURE_2D, texture);
        gl.glUniform1i(uOverlay, 0);
        gl.glBindVertexArray(vao);
        gl.glDrawArrays(GL.GL_TRIANGLE_STRIP, 0, 4);
        gl.glBindVertexArray(0);
        gl.glBindTexture(GL.GL_TEXTURE_2D, 0);
        gl.glUseProgram(0);
        gl.glDisable(GL.GL_BLEND);
    }

    void dispose(GL3 gl) {
        if (program != null) {
            program.dispose(gl);
            gl.glDeleteVertexArrays(1, new int[] {vao}, 0);
            gl.glDeleteTextures(1, new int[] {texture}, 0);
            program = null;
        }
    }
}
