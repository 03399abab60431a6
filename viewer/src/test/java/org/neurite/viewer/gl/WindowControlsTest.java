package org.neurite.viewer.gl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jogamp.newt.event.InputEvent;
import com.jogamp.newt.event.KeyEvent;
import com.jogamp.newt.event.MouseEvent;
import org.junit.jupiter.api.Test;
import org.neurite.viewer.frame.FrameLayout;
import org.neurite.viewer.scene.Camera;
import org.neurite.viewer.scene.CompartmentSeries;
import org.neurite.viewer.scene.MorphologyMesh;
import org.neurite.viewer.scene.Playback;
import org.neurite.viewer.scene.TestCells;
import org.neurite.viewer.scene.View;

/**
 * The window's mouse and keys on the camera and the playback, with NEWT events made by hand (no
 * display needed). References: the documented gestures (0.4° per pixel, ×0.9 per wheel click, a pan
 * that keeps the point under the mouse, the scrubber's track geometry).
 */
class WindowControlsTest {
    private final MorphologyMesh mesh = MorphologyMesh.of(TestCells.branched());
    private final FrameLayout layout = FrameLayout.of(800, 600, true);
    private final Camera camera = Camera.fitted(mesh.positions(), View.FRONT, (double) layout.sceneWidth() / layout.sceneHeight());
    private final Playback playback = new Playback(new CompartmentSeries("v", "mV", new double[] {0, 1, 2, 3, 4},
            new float[5 * 6], 6));
    private int changes;
    private boolean closed;
    private final WindowControls controls = new WindowControls(new WindowControls.Target() {
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
            changes++;
        }

        @Override
        public void saveSnapshot() {
        }

        @Override
        public void close() {
            closed = true;
        }
    });

    private static MouseEvent mouse(short type, int x, int y, short button, int modifiers) {
        return new MouseEvent(type, new Object(), 0, modifiers, x, y, (short) 1, button, new float[] {0, 0, 0}, 1f);
    }

    private static MouseEvent wheel(float clicks) {
        return new MouseEvent(MouseEvent.EVENT_MOUSE_WHEEL_MOVED, new Object(), 0, 0, 10, 10, (short) 0, (short) 0,
                new float[] {0, clicks, 0}, 1f);
    }

    private void key(short symbol) {
        controls.keyPressed(KeyEvent.create(KeyEvent.EVENT_KEY_PRESSED, new Object(), 0, 0, symbol, symbol, '\0'));
    }

    @Test
    void leftDragOrbitsRightDragPansWheelZooms() {
        controls.mousePressed(mouse(MouseEvent.EVENT_MOUSE_PRESSED, 300, 300, MouseEvent.BUTTON1, InputEvent.BUTTON1_MASK));
        controls.mouseDragged(mouse(MouseEvent.EVENT_MOUSE_DRAGGED, 400, 250, MouseEvent.BUTTON1, InputEvent.BUTTON1_MASK));
        assertEquals(-40, camera.yawDeg(), 1e-9);
        assertEquals(-20, camera.pitchDeg(), 1e-9);

        key(KeyEvent.VK_R);
        assertEquals(0, camera.yawDeg(), 1e-12);
        double[] before = new double[2];
        double[] after = new double[2];
        camera.project(0, 50, 0, 0, 0, layout.sceneWidth(), layout.sceneHeight(), before);
        controls.mousePressed(mouse(MouseEvent.EVENT_MOUSE_PRESSED, 300, 300, MouseEvent.BUTTON3, InputEvent.BUTTON3_MASK));
        controls.mouseDragged(mouse(MouseEvent.EVENT_MOUSE_DRAGGED, 330, 280, MouseEvent.BUTTON3, InputEvent.BUTTON3_MASK));
        camera.project(0, 50, 0, 0, 0, layout.sceneWidth(), layout.sceneHeight(), after);
        assertEquals(30, after[0] - before[0], 1e-9, "the picture follows the mouse to the right");
        assertEquals(-20, after[1] - before[1], 1e-9, "and up");
        assertEquals(0, camera.yawDeg(), 1e-12, "panning does not turn");

        double h = camera.halfHeight();
        controls.mouseWheelMoved(wheel(2));
        assertEquals(h * 0.81, camera.halfHeight(), 1e-9 * h);
        assertTrue(changes >= 4);
    }

    @Test
    void keysPlayStepAndChooseViews() {
        key(KeyEvent.VK_SPACE);
        assertTrue(playback.playing());
        key(KeyEvent.VK_SPACE);
        assertFalse(playback.playing());
        key(KeyEvent.VK_RIGHT);
        key(KeyEvent.VK_RIGHT);
        assertEquals(2, playback.frame());
        key(KeyEvent.VK_LEFT);
        assertEquals(1, playback.frame());
        key(KeyEvent.VK_END);
        assertEquals(4, playback.frame());
        key(KeyEvent.VK_HOME);
        assertEquals(0, playback.frame());
        double speed = playback.speed();
        key(KeyEvent.VK_PLUS);
        assertEquals(2 * speed, playback.speed(), 1e-12);
        key(KeyEvent.VK_3);
        assertEquals(90, camera.pitchDeg(), 1e-12);
        key(KeyEvent.VK_4);
        assertEquals(45, camera.yawDeg(), 1e-12);
        key(KeyEvent.VK_Q);
        assertTrue(closed);
    }

    @Test
    void pressingAndDraggingInTheBottomBandScrubs() {
        int y = layout.trackY();
        int left = layout.trackLeft();
        int right = layout.trackRight();
        controls.mousePressed(mouse(MouseEvent.EVENT_MOUSE_PRESSED, right, y, MouseEvent.BUTTON1, InputEvent.BUTTON1_MASK));
        assertEquals(4, playback.frame());
        controls.mouseDragged(mouse(MouseEvent.EVENT_MOUSE_DRAGGED, left + (right - left) / 2, y, MouseEvent.BUTTON1,
                InputEvent.BUTTON1_MASK));
        assertEquals(0.5, playback.fraction(), 1.0 / (right - left));
        assertEquals(2, playback.frame());
        assertEquals(0, camera.yawDeg(), "scrubbing does not orbit");
    }
}
