package org.neurite.viewer.gl;

import com.jogamp.newt.event.KeyEvent;
import com.jogamp.newt.event.KeyListener;
import com.jogamp.newt.event.MouseEvent;
import com.jogamp.newt.event.MouseListener;
import org.neurite.viewer.frame.FrameLayout;
import org.neurite.viewer.scene.Camera;
import org.neurite.viewer.scene.Playback;
import org.neurite.viewer.scene.View;

/**
 * Mouse and keys of the viewer window (NEWT events) acting on the camera and the playback:
 * <ul>
 * <li>left drag: orbit; right or middle drag, or shift + left drag: pan; wheel: zoom;</li>
 * <li>click or drag in the bottom band: scrub through time;</li>
 * <li>space: play/pause; ← →: one frame back/forward; Home/End: first/last frame;
 *     + −: play faster/slower; R: reset the view; 1 2 3 4: front, side, top, iso;
 *     S: save a PNG of the window; Q or Esc: close.</li>
 * </ul>
 * Every change marks the window for redrawing. Handlers run on the NEWT event thread holding the
 * target's lock; the renderer reads the state on the GL thread under the same lock.
 */
final class WindowControls implements MouseListener, KeyListener {
    /** Degrees of orbit per pixel dragged. */
    static final double DEGREES_PER_PIXEL = 0.4;
    /** Zoom factor per wheel click. */
    static final double ZOOM_PER_CLICK = 0.9;

    /** What the controls change and how they ask for a redraw, a snapshot or closing. */
    interface Target {
        Camera camera();

        Playback playback();

        FrameLayout layout();

        float[] fitPoints();

        void changed();

        void saveSnapshot();

        void close();
    }

    private final Target target;
    private int lastX;
    private int lastY;
    private boolean scrubbing;

    WindowControls(Target target) {
        this.target = target;
    }

    @Override
    public void mousePressed(MouseEvent e) {
        synchronized (target) {
            lastX = e.getX();
            lastY = e.getY();
            FrameLayout l = target.layout();
            scrubbing = e.getButton() == MouseEvent.BUTTON1 && l != null && l.inScrubber(e.getX(), e.getY());
            if (scrubbing) {
                target.playback().scrubTo(l.trackFraction(e.getX()));
                target.changed();
            }
        }
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        synchronized (target) {
            scrubbing = false;
        }
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        synchronized (target) {
            int dx = e.getX() - lastX;
            int dy = e.getY() - lastY;
            lastX = e.getX();
            lastY = e.getY();
            FrameLayout l = target.layout();
            if (scrubbing) {
                target.playback().scrubTo(l.trackFraction(e.getX()));
            } else if (e.isButtonDown(MouseEvent.BUTTON3) || e.isButtonDown(MouseEvent.BUTTON2) || e.isShiftDown()) {
                target.camera().pan(dx, -dy, l == null ? 1 : l.sceneHeight());
            } else {
                target.camera().orbit(-dx * DEGREES_PER_PIXEL, dy * DEGREES_PER_PIXEL);
            }
            target.changed();
        }
    }

    @Override
    public void mouseWheelMoved(MouseEvent e) {
        synchronized (target) {
            float[] r = e.getRotation();
            float clicks = r[1] != 0 ? r[1] : r[0];
            if (clicks != 0) {
                target.camera().zoom(Math.pow(ZOOM_PER_CLICK, clicks));
                target.changed();
            }
        }
    }

    @Override
    public void keyPressed(KeyEvent e) {
        synchronized (target) {
            Playback p = target.playback();
            switch (e.getKeySymbol()) {
                case KeyEvent.VK_SPACE -> p.toggle();
                case KeyEvent.VK_RIGHT -> p.step(1);
                case KeyEvent.VK_LEFT -> p.step(-1);
                case KeyEvent.VK_HOME -> p.toEnd(false);
                case KeyEvent.VK_END -> p.toEnd(true);
                case KeyEvent.VK_PLUS, KeyEvent.VK_ADD, KeyEvent.VK_EQUALS -> p.scaleSpeed(2);
                case KeyEvent.VK_MINUS, KeyEvent.VK_SUBTRACT -> p.scaleSpeed(0.5);
                case KeyEvent.VK_R -> target.camera().reset();
                case KeyEvent.VK_1 -> target.camera().look(View.FRONT, target.fitPoints());
                case KeyEvent.VK_2 -> target.camera().look(View.SIDE, target.fitPoints());
                case KeyEvent.VK_3 -> target.camera().look(View.TOP, target.fitPoints());
                case KeyEvent.VK_4 -> target.camera().look(View.ISO, target.fitPoints());
                case KeyEvent.VK_S -> target.saveSnapshot();
                case KeyEvent.VK_Q, KeyEvent.VK_ESCAPE -> target.close();
                default -> {
                    return;
                }
            }
            target.changed();
        }
    }

    @Override
    public void keyReleased(KeyEvent e) {
        // actions happen on press
    }

    @Override
    public void mouseClicked(MouseEvent e) {
        // presses and drags do the work
    }

    @Override
    public void mouseEntered(MouseEvent e) {
        // nothing to do
    }

    @Override
    public void mouseExited(MouseEvent e) {
        // nothing to do
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        // nothing to do
    }
}
