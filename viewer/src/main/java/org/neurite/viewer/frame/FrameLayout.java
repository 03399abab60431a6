package org.neurite.viewer.frame;

/**
 * Where things go in a picture of width × height pixels (image coordinates: x from the left, y from
 * the top): the 3-D scene, the colour bar on the right with its units above and tick labels beside
 * it, the time label in a band at the top, and (in the window) the time scrubber in a band at the
 * bottom. The scene never overlaps the bands, so what the overlay draws never covers the cell.
 *
 * @param width picture width [px]
 * @param height picture height [px]
 * @param fontSize text size [px]
 * @param sceneX scene viewport left [px]
 * @param sceneY scene viewport top [px]
 * @param sceneWidth scene viewport width [px]
 * @param sceneHeight scene viewport height [px]
 * @param barX colour bar left [px]
 * @param barY colour bar top [px]
 * @param barWidth colour bar width [px]
 * @param barHeight colour bar height [px]
 * @param scrubberY top of the scrubber band, or −1 without one [px]
 * @param scrubberHeight height of the scrubber band (0 without one) [px]
 */
public record FrameLayout(int width, int height, int fontSize,
                          int sceneX, int sceneY, int sceneWidth, int sceneHeight,
                          int barX, int barY, int barWidth, int barHeight,
                          int scrubberY, int scrubberHeight) {
    /** Smallest picture the layout handles [px]. */
    public static final int MIN_SIZE = 64;

    /**
     * The layout of a picture.
     *
     * @param width picture width [px] (≥ {@link #MIN_SIZE})
     * @param height picture height [px] (≥ {@link #MIN_SIZE})
     * @param scrubber whether to leave a band for the time scrubber (the window)
     */
    public static FrameLayout of(int width, int height, boolean scrubber) {
        if (width < MIN_SIZE || height < MIN_SIZE) {
            throw new IllegalArgumentException("picture must be at least " + MIN_SIZE + " × " + MIN_SIZE + " px, got "
                    + width + " × " + height);
        }
        int font = Math.max(10, Math.min(28, Math.min(height, width) / 36));
        int top = (int) Math.round(font * 2.0);
        int bottom = scrubber ? (int) Math.round(font * 2.4) : 0;
        int strip = Math.min(width / 3, font * 7);
        int barWidth = Math.max(6, font);
        int barX = width - strip + font / 2;
        int barY = top + font;
        int barHeight = Math.max(8, height - top - bottom - 2 * font - font / 2);
        return new FrameLayout(width, height, font, 0, top, width - strip, height - top - bottom,
                barX, barY, barWidth, barHeight, scrubber ? height - bottom : -1, bottom);
    }

    /** Left end of the scrubber track [px]. */
    public int trackLeft() {
        return fontSize * 3;
    }

    /** Right end of the scrubber track [px]. */
    public int trackRight() {
        return width - fontSize * 2;
    }

    /** Vertical centre of the scrubber track [px], or −1 without a scrubber. */
    public int trackY() {
        return scrubberY < 0 ? -1 : scrubberY + scrubberHeight / 2;
    }

    /** Whether the image point (x, y) is in the scrubber band. */
    public boolean inScrubber(int x, int y) {
        return scrubberY >= 0 && y >= scrubberY && y < height;
    }

    /** The scrubber position (0 … 1) of image column x. */
    public double trackFraction(int x) {
        double f = (double) (x - trackLeft()) / Math.max(1, trackRight() - trackLeft());
        return Math.max(0, Math.min(1, f));
    }
}
