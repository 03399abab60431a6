package org.neurite.viewer.gl;

import com.jogamp.opengl.GL;

/** Turns a pending OpenGL error into an exception naming what was being done. */
final class GlErrors {
    private GlErrors() {
    }

    static void check(GL gl, String what) {
        int e = gl.glGetError();
        if (e != GL.GL_NO_ERROR) {
            throw new IllegalStateException("OpenGL error 0x" + Integer.toHexString(e) + " during " + what);
        }
    }
}
