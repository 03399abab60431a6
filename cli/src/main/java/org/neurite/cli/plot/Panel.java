package org.neurite.cli.plot;

import java.awt.image.BufferedImage;

/** One panel of a figure, drawn at a given size in pixels. */
public interface Panel {
    /** Draws the panel. */
    BufferedImage render(int widthPx, int heightPx);
}
