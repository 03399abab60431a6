package org.neurite.viewer.gl;

import com.jogamp.common.nio.Buffers;
import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL3;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import org.neurite.viewer.scene.Camera;
import org.neurite.viewer.scene.Colormap;
import org.neurite.viewer.scene.MorphologyMesh;
import org.neurite.viewer.scene.ValueRange;

/**
 * Draws a {@link MorphologyMesh} with an OpenGL 3.3 core-profile shader. Positions, normals and
 * triangles go to the GPU once; each frame only the per-vertex value buffer is rewritten (from a
 * preallocated array, no allocation). The vertex shader normalises the value with the colour range,
 * the fragment shader looks the colour up in a 256-texel texture of the colour map (nearest texel =
 * matplotlib's table entry) and shades it with a headlight: colour · (ambient + (1 − ambient)·|n_z|),
 * so a surface facing the viewer shows the colour map's colour exactly.
 */
final class MeshRenderer {
    /** Light that reaches surfaces seen edge-on (fraction of the colour). */
    static final float AMBIENT = 0.35f;

    /**
     * Smallest radius drawn, in pixels: thinner neurites are widened to 1.2 px so that they stay
     * continuous lines instead of breaking into dots between pixel centres.
     */
    static final double MIN_RADIUS_PX = 0.6;

    private static final String VERTEX = """
            #version 330 core
            layout(location = 0) in vec3 centre;
            layout(location = 1) in vec3 radial;
            layout(location = 2) in float radius;
            layout(location = 3) in vec3 normal;
            layout(location = 4) in float value;
            uniform mat4 view;
            uniform mat4 projection;
            uniform float vmin;
            uniform float vscale;
            uniform float minRadius;
            out vec3 eyeNormal;
            out float level;
            void main() {
                vec3 position = centre + max(radius, minRadius) * radial;
                gl_Position = projection * (view * vec4(position, 1.0));
                eyeNormal = mat3(view) * normal;
                level = (value - vmin) * vscale;
            }
            """;

    private static final String FRAGMENT = """
            #version 330 core
            in vec3 eyeNormal;
            in float level;
            uniform sampler1D lut;
            uniform float ambient;
            out vec4 colour;
            void main() {
                vec3 c = texture(lut, clamp(level, 0.0, 1.0)).rgb;
                float facing = abs(normalize(eyeNormal).z);
                colour = vec4(c * (ambient + (1.0 - ambient) * facing), 1.0);
            }
            """;

    private final MorphologyMesh mesh;
    private final float[] vertexValues;
    private final FloatBuffer valueBuffer;
    private final float[] view = new float[16];
    private final float[] projection = new float[16];
    private ShaderProgram program;
    private int vao;
    private int geometryVbo;
    private int valueVbo;
    private int indexVbo;
    private int lut;
    private int uView;
    private int uProjection;
    private int uVmin;
    private int uVscale;
    private int uLut;
    private int uAmbient;
    private int uMinRadius;

    MeshRenderer(MorphologyMesh mesh) {
        this.mesh = mesh;
        this.vertexValues = new float[mesh.vertexCount()];
        this.valueBuffer = Buffers.newDirectFloatBuffer(mesh.vertexCount());
    }

    /** Creates the program, buffers and colour texture (the context must be current). */
    void init(GL3 gl, Colormap map) {
        program = new ShaderProgram(gl, VERTEX, FRAGMENT);
        uView = program.uniform(gl, "view");
        uProjection = program.uniform(gl, "projection");
        uVmin = program.uniform(gl, "vmin");
        uVscale = program.uniform(gl, "vscale");
        uLut = program.uniform(gl, "lut");
        uAmbient = program.uniform(gl, "ambient");
        uMinRadius = program.uniform(gl, "minRadius");

        int[] ids = new int[3];
        gl.glGenVertexArrays(1, ids, 0);
        vao = ids[0];
        gl.glBindVertexArray(vao);
        gl.glGenBuffers(3, ids, 0);
        geometryVbo = ids[0];
        valueVbo = ids[1];
        indexVbo = ids[2];

        int n = mesh.vertexCount();
        // one static buffer: centres | radials | radii | normals
        FloatBuffer geometry = Buffers.newDirectFloatBuffer(10 * n);
        geometry.put(mesh.centres()).put(mesh.radials()).put(mesh.radii()).put(mesh.normals()).flip();
        gl.glBindBuffer(GL.GL_ARRAY_BUFFER, geometryVbo);
        gl.glBufferData(GL.GL_ARRAY_BUFFER, 10L * n * Float.BYTES, geometry, GL.GL_STATIC_DRAW);
        gl.glEnableVertexAttribArray(0);
        gl.glVertexAttribPointer(0, 3, GL.GL_FLOAT, false, 0, 0);
        gl.glEnableVertexAttribArray(1);
        gl.glVertexAttribPointer(1, 3, GL.GL_FLOAT, false, 0, 3L * n * Float.BYTES);
        gl.glEnableVertexAttribArray(2);
        gl.glVertexAttribPointer(2, 1, GL.GL_FLOAT, false, 0, 6L * n * Float.BYTES);
        gl.glEnableVertexAttribArray(3);
        gl.glVertexAttribPointer(3, 3, GL.GL_FLOAT, false, 0, 7L * n * Float.BYTES);

        gl.glBindBuffer(GL.GL_ARRAY_BUFFER, valueVbo);
        gl.glBufferData(GL.GL_ARRAY_BUFFER, (long) n * Float.BYTES, null, GL.GL_DYNAMIC_DRAW);
        gl.glEnableVertexAttribArray(4);
        gl.glVertexAttribPointer(4, 1, GL.GL_FLOAT, false, 0, 0);

        IntBuffer idx = Buffers.newDirectIntBuffer(mesh.triangles());
        gl.glBindBuffer(GL.GL_ELEMENT_ARRAY_BUFFER, indexVbo);
        gl.glBufferData(GL.GL_ELEMENT_ARRAY_BUFFER, (long) mesh.triangles().length * Integer.BYTES, idx, GL.GL_STATIC_DRAW);
        gl.glBindVertexArray(0);

        gl.glGenTextures(1, ids, 0);
        lut = ids[0];
        setColormap(gl, map);
        GlErrors.check(gl, "mesh upload");
    }

    /** Uploads a colour map's table as the 256-texel lookup texture. */
    void setColormap(GL3 gl, Colormap map) {
        gl.glBindTexture(GL3.GL_TEXTURE_1D, lut);
        gl.glPixelStorei(GL.GL_UNPACK_ALIGNMENT, 1);
        ByteBuffer bytes = Buffers.newDirectByteBuffer(map.table8());
        gl.glTexImage1D(GL3.GL_TEXTURE_1D, 0, GL.GL_RGB8, Colormap.SIZE, 0, GL.GL_RGB, GL.GL_UNSIGNED_BYTE, bytes);
        gl.glTexParameteri(GL3.GL_TEXTURE_1D, GL.GL_TEXTURE_MIN_FILTER, GL.GL_NEAREST);
        gl.glTexParameteri(GL3.GL_TEXTURE_1D, GL.GL_TEXTURE_MAG_FILTER, GL.GL_NEAREST);
        gl.glTexParameteri(GL3.GL_TEXTURE_1D, GL.GL_TEXTURE_WRAP_S, GL.GL_CLAMP_TO_EDGE);
        gl.glTexParameteri(GL3.GL_TEXTURE_1D, GL3.GL_TEXTURE_MAX_LEVEL, 0);
        gl.glBindTexture(GL3.GL_TEXTURE_1D, 0);
    }

    /** Rewrites the per-vertex values from one value per compartment (no allocation). */
    void setValues(GL3 gl, float[] compartmentValues) {
        mesh.fillVertexValues(compartmentValues, vertexValues);
        valueBuffer.clear();
        valueBuffer.put(vertexValues).flip();
        gl.glBindBuffer(GL.GL_ARRAY_BUFFER, valueVbo);
        gl.glBufferSubData(GL.GL_ARRAY_BUFFER, 0, (long) vertexValues.length * Float.BYTES, valueBuffer);
        gl.glBindBuffer(GL.GL_ARRAY_BUFFER, 0);
    }

    /** The smallest radius drawn for a camera and viewport height [µm]: {@link #MIN_RADIUS_PX} pixels. */
    static double minRadiusUm(Camera camera, int viewportHeight) {
        return MIN_RADIUS_PX * 2 * camera.halfHeight() / viewportHeight;
    }

    /**
     * Draws the mesh into the current viewport (depth test on, back faces culled).
     *
     * @param viewportHeight height of the viewport [px], which sets the smallest radius drawn
     */
    void draw(GL3 gl, Camera camera, ValueRange range, int viewportHeight) {
        camera.viewMatrix(view);
        camera.projectionMatrix(projection);
        gl.glEnable(GL.GL_DEPTH_TEST);
        gl.glDepthFunc(GL.GL_LESS);
        gl.glEnable(GL.GL_CULL_FACE);
        gl.glCullFace(GL.GL_BACK);
        gl.glFrontFace(GL.GL_CCW);
        gl.glUseProgram(program.id);
        gl.glUniformMatrix4fv(uView, 1, false, view, 0);
        gl.glUniformMatrix4fv(uProjection, 1, false, projection, 0);
        gl.glUniform1f(uVmin, (float) range.min());
        gl.glUniform1f(uVscale, (float) (1 / (range.max() - range.min())));
        gl.glUniform1f(uAmbient, AMBIENT);
        gl.glUniform1f(uMinRadius, (float) minRadiusUm(camera, viewportHeight));
        gl.glActiveTexture(GL.GL_TEXTURE0);
        gl.glBindTexture(GL3.GL_TEXTURE_1D, lut);
        gl.glUniform1i(uLut, 0);
        gl.glBindVertexArray(vao);
        gl.glDrawElements(GL.GL_TRIANGLES, mesh.triangles().length, GL.GL_UNSIGNED_INT, 0);
        gl.glBindVertexArray(0);
        gl.glBindTexture(GL3.GL_TEXTURE_1D, 0);
        gl.glUseProgram(0);
    }

    /** Frees the GPU objects (the context must be current). */
    void dispose(GL3 gl) {
        if (program != null) {
            program.dispose(gl);
            gl.glDeleteBuffers(3, new int[] {geometryVbo, valueVbo, indexVbo}, 0);
            gl.glDeleteVertexArrays(1, new int[] {vao}, 0);
            gl.glDeleteTextures(1, new int[] {lut}, 0);
            program = null;
        }
    }
}
