package org.neurite.cli.plot;

import java.awt.Color;

/** Colours used across neurite's plots (ntwk convention: excitatory green, inhibitory red). */
public final class Palette {
    private Palette() {
    }

    public static final Color EXCITATORY = new Color(0x2c, 0xa0, 0x2c);
    public static final Color INHIBITORY = new Color(0xd6, 0x27, 0x28);
    public static final Color AFFERENT = new Color(0x7f, 0x7f, 0x7f);
    public static final Color BLUE = new Color(0x1f, 0x77, 0xb4);
    public static final Color ORANGE = new Color(0xff, 0x7f, 0x0e);
    public static final Color PURPLE = new Color(0x94, 0x67, 0xbd);
    public static final Color BROWN = new Color(0x8c, 0x56, 0x4b);
    public static final Color BLACK = Color.BLACK;

    private static final Color[] CYCLE = {BLUE, ORANGE, EXCITATORY, INHIBITORY, PURPLE, BROWN, AFFERENT};

    /** The k-th colour of a default cycle. */
    public static Color cycle(int k) {
        return CYCLE[Math.floorMod(k, CYCLE.length)];
    }
}
