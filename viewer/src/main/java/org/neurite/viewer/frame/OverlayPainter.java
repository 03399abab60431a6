package org.neurite.viewer.frame;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.neurite.viewer.scene.Colormap;
import org.neurite.viewer.scene.ValueRange;

/**
 * Paints what is drawn over the 3-D scene with Java2D: the colour bar (each row exactly the colour
 * map's colour for its value), its tick values and units, the time label, and in the window the time
 * scrubber with a play/pause mark. The same painter serves the PNG frames (painted on the read-back
 * image) and the window (painted on a transparent image shown as a texture).
 */
public final class OverlayPainter {
    private OverlayPainter() {
    }

    /**
     * What the overlay shows.
     *
     * @param colormap the colour map of the scene
     * @param range values at the ends of the map
     * @param units units of the values, written above the bar (e.g. {@code mV})
     * @param timeLabel the text of the top band (e.g. {@code t = 12.50 ms}), or null for none
     * @param scrubFraction where the scrubber knob is (0 … 1), or NaN without a scrubber
     * @param playing whether playback runs (the scrubber shows pause, else play)
     */
    public record Content(Colormap colormap, ValueRange range, String units, String timeLabel,
                          double scrubFraction, boolean playing) {
    }

    /**
     * Paints the overlay.
     *
     * @param image the picture (its size is the layout's)
     * @param layout where things go
     * @param content what to show
     * @param textRgb colour of text and lines, 0xRRGGBB
     */
    public static void paint(BufferedImage image, FrameLayout layout, Content content, int textRgb) {
        paintBar(image, layout, content.colormap());
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color text = new Color(textRgb);
            g.setColor(text);
            g.setStroke(new BasicStroke(1f));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, layout.fontSize()));
            FontMetrics fm = g.getFontMetrics();
            // frame around the bar, ticks and values beside it, units above it
            g.drawRect(layout.barX() - 1, layout.barY() - 1, layout.barWidth() + 1, layout.barHeight() + 1);
            ValueRange r = content.range();
            double step = Ticks.step(r.max() - r.min());
            int n = Ticks.count(r.min(), r.max(), step);
            int tickRight = layout.barX() + layout.barWidth() + layout.fontSize() / 3;
            for (int k = 0; k < n; k++) {
                double v = Ticks.value(r.min(), step, k);
                int y = layout.barY() + (int) Math.round((1 - r.normalise(v)) * (layout.barHeight() - 1));
                g.drawLine(layout.barX() + layout.barWidth(), y, tickRight, y);
                g.drawString(Ticks.format(v, step), tickRight + 2, y + fm.getAscent() / 2 - 1);
            }
            g.drawString(content.units(), layout.barX(), layout.barY() - fm.getDescent() - layout.fontSize() / 3);
            if (content.timeLabel() != null) {
                g.drawString(content.timeLabel(), layout.fontSize(), (layout.sceneY() + fm.getAscent() - fm.getDescent()) / 2);
            }
            if (!Double.isNaN(content.scrubFraction()) && layout.scrubberY() >= 0) {
                paintScrubber(g, layout, content.scrubFraction(), content.playing());
            }
        } finally {
            g.dispose();
        }
    }

    /** The colour bar: row y (from the top) shows the value at 1 − y/(height − 1) of the range. */
    static void paintBar(BufferedImage image, FrameLayout layout, Colormap map) {
        int h = layout.barHeight();
        for (int row = 0; row < h; row++) {
            int rgb = 0xff000000 | map.rgb24(barFraction(row, h));
            for (int col = 0; col < layout.barWidth(); col++) {
                image.setRGB(layout.barX() + col, layout.barY() + row, rgb);
            }
        }
    }

    /** The normalised value shown on row {@code row} (from the top) of a bar {@code height} rows tall. */
    public static double barFraction(int row, int height) {
        return 1 - (double) row / (height - 1);
    }

    private static void paintScrubber(Graphics2D g, FrameLayout layout, double fraction, boolean playing) {
        int y = layout.trackY();
        int left = layout.trackLeft();
        int right = layout.trackRight();
        int s = layout.fontSize();
        g.setStroke(new BasicStroke(Math.max(2f, s / 6f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(left, y, right, y);
        int knob = (int) Math.round(left + fraction * (right - left));
        g.fillOval(knob - s / 2, y - s / 2, s, s);
        // play (triangle) or pause (two bars) left of the track
        int x0 = s;
        if (playing) {
            g.fillRect(x0, y - s / 2, s / 3, s);
            g.fillRect(x0 + s / 2, y - s / 2, s / 3, s);
        } else {
            g.fillPolygon(new int[] {x0, x0, x0 + s}, new int[] {y - s / 2, y + s / 2, y}, 3);
        }
    }

    /**
     * The time label of a frame: {@code t = 12.50 ms}, with the fewest decimals (at most 3) that
     * write the spacing of the frames exactly (0.5 → 1, 1.25 → 2, 0.025 → 3).
     *
     * @param tMs the frame's time [ms]
     * @param stepMs spacing of the frames [ms] (0 or NaN: 2 decimals)
     */
    public static String timeLabel(double tMs, double stepMs) {
        int decimals = 2;
        if (stepMs > 0 && Double.isFinite(stepMs)) {
            decimals = 3;
            for (int d = 0; d < 3; d++) {
                double scaled = stepMs * Math.pow(10, d);
                if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
                    decimals = d;
                    break;
                }
            }
        }
        return String.format(Locale.ROOT, "t = %." + decimals + "f ms", tMs);
    }
}
