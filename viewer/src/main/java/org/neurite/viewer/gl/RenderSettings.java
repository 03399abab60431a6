package org.neurite.viewer.gl;

import org.neurite.viewer.frame.FrameLayout;
import org.neurite.viewer.scene.Colormap;
import org.neurite.viewer.scene.ValueRange;
import org.neurite.viewer.scene.View;

/**
 * How frames look.
 *
 * @param width picture width [px]
 * @param height picture height [px]
 * @param view the direction the camera looks from
 * @param colormap colour map
 * @param range values at the two ends of the colour map (in {@code units})
 * @param units units written above the colour bar, e.g. {@code mV}
 * @param backgroundRgb background colour, 0xRRGGBB
 * @param samples multisampling samples per pixel (0 or 1: none)
 */
public record RenderSettings(int width, int height, View view, Colormap colormap, ValueRange range, String units,
                             int backgroundRgb, int samples) {
    /** White: figures go on paper. */
    public static final int WHITE = 0xffffff;

    public RenderSettings {
        if (width < FrameLayout.MIN_SIZE || height < FrameLayout.MIN_SIZE || width > 16384 || height > 16384) {
            throw org.neurite.channels.io.BadInputException.parameter("--width/--height",
                    "picture size must be between " + FrameLayout.MIN_SIZE + " and 16384 px, got " + width + " × " + height);
        }
        if (samples < 0 || samples > 16) {
            throw org.neurite.channels.io.BadInputException.parameter("--samples", "must be 0 … 16, got " + samples);
        }
    }

    /** Text and lines: black on a light background, white on a dark one. */
    public int textRgb() {
        int r = (backgroundRgb >> 16) & 0xff;
        int g = (backgroundRgb >> 8) & 0xff;
        int b = backgroundRgb & 0xff;
        return 0.299 * r + 0.587 * g + 0.114 * b > 128 ? 0x000000 : 0xffffff;
    }

    /** The same settings with another number of multisampling samples. */
    public RenderSettings withSamples(int n) {
        return new RenderSettings(width, height, view, colormap, range, units, backgroundRgb, n);
    }

    /** The same settings with another range. */
    public RenderSettings withRange(ValueRange r) {
        return new RenderSettings(width, height, view, colormap, r, units, backgroundRgb, samples);
    }
}
