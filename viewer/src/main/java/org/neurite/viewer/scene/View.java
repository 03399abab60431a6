package org.neurite.viewer.scene;

import java.util.Locale;
import org.neurite.channels.io.BadInputException;

/**
 * The preset directions the camera looks from, in the SWC frame (y is usually the apical axis).
 * Each is a yaw about the world y axis and a pitch above the x–z plane; the eye looks from the
 * direction (sin yaw · cos pitch, sin pitch, cos yaw · cos pitch) towards the cell.
 */
public enum View {
    /** From +z: x to the right, y up. */
    FRONT(0, 0),
    /** From +x: −z to the right, y up. */
    SIDE(90, 0),
    /** From +y, looking down: x to the right, −z up. */
    TOP(0, 90),
    /** From (1, 1, 1): the isometric view. */
    ISO(45, Math.toDegrees(Math.asin(1 / Math.sqrt(3))));

    private final double yawDeg;
    private final double pitchDeg;

    View(double yawDeg, double pitchDeg) {
        this.yawDeg = yawDeg;
        this.pitchDeg = pitchDeg;
    }

    /** Yaw about the world y axis [degrees]. */
    public double yawDeg() {
        return yawDeg;
    }

    /** Pitch above the x–z plane [degrees]. */
    public double pitchDeg() {
        return pitchDeg;
    }

    /** The view of that name (front, side, top, iso), or a bad-input error naming {@code --view}. */
    public static View named(String name) {
        for (View v : values()) {
            if (v.name().equalsIgnoreCase(name)) {
                return v;
            }
        }
        throw BadInputException.parameter("--view", "unknown view \"" + name + "\" (known: front, side, top, iso)");
    }

    /** Lower-case name. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
