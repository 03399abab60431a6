package org.neurite.viewer.gl;

import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.GLException;
import com.jogamp.opengl.GLProfile;

/**
 * Access to an OpenGL 3.3+ core profile through JOGL. JOGL needs an X display (Xvfb is fine, see
 * ../shared/LIBRARIES.md): without one it cannot create any context, and {@link #problem()} says
 * so in one line.
 */
public final class GlSupport {
    private static final String NO_DISPLAY = "OpenGL needs an X display and DISPLAY is not set (run under xvfb-run -a; "
            + "Debian: apt-get install xvfb xauth libgl1 libgl1-mesa-dri libglx-mesa0)";

    private static volatile String problem;
    private static volatile boolean checked;

    private GlSupport() {
    }

    /**
     * Why GL cannot be used here, or null when it can. Checked once per JVM: JOGL's profile
     * initialisation cannot be retried after it failed.
     */
    public static String problem() {
        if (!checked) {
            synchronized (GlSupport.class) {
                if (!checked) {
                    problem = probe();
                    checked = true;
                }
            }
        }
        return problem;
    }

    private static String probe() {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isEmpty()) {
            // JOGL has no display-less path here (../shared/LIBRARIES.md); asking it anyway prints stack traces
            return NO_DISPLAY;
        }
        try {
            GLProfile.initSingleton();
            if (!GLProfile.isAvailable(GLProfile.GL3)) {
                return "no OpenGL 3 core profile is available on display " + display + " (" + GLProfile.glAvailabilityToString() + ")";
            }
            return null;
        } catch (GLException | com.jogamp.nativewindow.NativeWindowException | UnsatisfiedLinkError e) {
            return "cannot open OpenGL on display " + display + ": " + e.getMessage();
        }
    }

    /** Throws an IllegalStateException with {@link #problem()} when GL cannot be used. */
    public static void require() {
        String p = problem();
        if (p != null) {
            throw new IllegalStateException(p);
        }
    }

    /** The core profile used: GL3 (OpenGL 3.x/4.x core). */
    public static GLProfile profile() {
        require();
        return GLProfile.get(GLProfile.GL3);
    }

    /**
     * Capabilities: RGBA8, 24-bit depth, and multisampling with that many samples (0 or 1: none).
     */
    public static GLCapabilities capabilities(int samples) {
        GLCapabilities caps = new GLCapabilities(profile());
        caps.setRedBits(8);
        caps.setGreenBits(8);
        caps.setBlueBits(8);
        caps.setAlphaBits(8);
        caps.setDepthBits(24);
        if (samples > 1) {
            caps.setSampleBuffers(true);
            caps.setNumSamples(samples);
        }
        return caps;
    }
}
