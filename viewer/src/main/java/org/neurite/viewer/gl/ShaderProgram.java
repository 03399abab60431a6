package org.neurite.viewer.gl;

import com.jogamp.opengl.GL3;
import java.nio.charset.StandardCharsets;

/** A linked GLSL program from a vertex and a fragment shader; compile and link errors are thrown with the log. */
final class ShaderProgram {
    final int id;

    ShaderProgram(GL3 gl, String vertexSource, String fragmentSource) {
        int vs = compile(gl, GL3.GL_VERTEX_SHADER, vertexSource);
        int fs = compile(gl, GL3.GL_FRAGMENT_SHADER, fragmentSource);
        id = gl.glCreateProgram();
        gl.glAttachShader(id, vs);
        gl.glAttachShader(id, fs);
        gl.glLinkProgram(id);
        int[] ok = new int[1];
        gl.glGetProgramiv(id, GL3.GL_LINK_STATUS, ok, 0);
        gl.glDetachShader(id, vs);
        gl.glDetachShader(id, fs);
        gl.glDeleteShader(vs);
        gl.glDeleteShader(fs);
        if (ok[0] == 0) {
            String log = programLog(gl, id);
            gl.glDeleteProgram(id);
            throw new IllegalStateException("shader program does not link: " + log);
        }
    }

    int uniform(GL3 gl, String name) {
        int loc = gl.glGetUniformLocation(id, name);
        if (loc < 0) {
            throw new IllegalStateException("shader uniform " + name + " not found");
        }
        return loc;
    }

    void dispose(GL3 gl) {
        gl.glDeleteProgram(id);
    }

    private static int compile(GL3 gl, int type, String source) {
        int s = gl.glCreateShader(type);
        gl.glShaderSource(s, 1, new String[] {source}, null, 0);
        gl.glCompileShader(s);
        int[] ok = new int[1];
        gl.glGetShaderiv(s, GL3.GL_COMPILE_STATUS, ok, 0);
        if (ok[0] == 0) {
            int[] len = new int[1];
            gl.glGetShaderiv(s, GL3.GL_INFO_LOG_LENGTH, len, 0);
            byte[] log = new byte[Math.max(1, len[0])];
            gl.glGetShaderInfoLog(s, log.length, len, 0, log, 0);
            gl.glDeleteShader(s);
            throw new IllegalStateException("shader does not compile: " + new String(log, 0, len[0], StandardCharsets.UTF_8));
        }
        return s;
    }

    private static String programLog(GL3 gl, int p) {
        int[] len = new int[1];
        gl.glGetProgramiv(p, GL3.GL_INFO_LOG_LENGTH, len, 0);
        byte[] log = new byte[Math.max(1, len[0])];
        gl.glGetProgramInfoLog(p, log.length, len, 0, log, 0);
        return new String(log, 0, len[0], StandardCharsets.UTF_8);
    }
}
