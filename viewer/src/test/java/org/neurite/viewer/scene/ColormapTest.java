package org.neurite.viewer.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;

/**
 * The colour maps against matplotlib 3.6.3 ({@code matplotlib.cm.get_cmap(name)(x)[:3]}, printed
 * to 9 decimals on this machine): viridis and gray are matplotlib's published tables, coolwarm its
 * 256-entry table interpolated from Moreland's 33 points. Tolerance 1e-6: the tables are held as
 * float (7 significant digits).
 */
class ColormapTest {
    private static final double TOL = 1e-6;

    private static void assertColour(Colormap m, double t, double r, double g, double b) {
        int i = Colormap.index(t);
        assertEquals(r, m.red(i), TOL, m + "(" + t + ") red");
        assertEquals(g, m.green(i), TOL, m + "(" + t + ") green");
        assertEquals(b, m.blue(i), TOL, m + "(" + t + ") blue");
    }

    @Test
    void viridisMatchesMatplotlibAt0Quarter05And1() {
        Colormap v = Colormap.viridis();
        assertColour(v, 0, 0.267004, 0.004874, 0.329415);
        assertColour(v, 0.25, 0.229739, 0.322361, 0.545706);
        assertColour(v, 0.5, 0.127568, 0.566949, 0.550556);
        assertColour(v, 1, 0.993248, 0.906157, 0.143936);
    }

    @Test
    void coolwarmMatchesMatplotlibAt0Quarter05And1() {
        Colormap c = Colormap.coolwarm();
        assertColour(c, 0, 0.229805700, 0.298717966, 0.753683153);
        assertColour(c, 0.25, 0.554311870, 0.690097011, 0.995515548);
        assertColour(c, 0.5, 0.867427635, 0.864376600, 0.862602462);
        assertColour(c, 1, 0.705673158, 0.015556160, 0.150232812);
    }

    @Test
    void greyMatchesMatplotlibGrayAt0Quarter05And1() {
        Colormap g = Colormap.grey();
        assertColour(g, 0, 0, 0, 0);
        assertColour(g, 0.25, 0.250980392, 0.250980392, 0.250980392);
        assertColour(g, 0.5, 0.501960784, 0.501960784, 0.501960784);
        assertColour(g, 1, 1, 1, 1);
    }

    @Test
    void lookupClampsOutsideTheRangeAndBinsLikeMatplotlib() {
        assertEquals(0, Colormap.index(-3));
        assertEquals(0, Colormap.index(Double.NaN));
        assertEquals(255, Colormap.index(7));
        assertEquals(255, Colormap.index(1));
        assertEquals(255, Colormap.index(0.999));
        assertEquals(127, Colormap.index(0.4999));
        assertEquals(128, Colormap.index(0.5));
        assertEquals(1, Colormap.index(1.0 / 256));
    }

    @Test
    void eightBitColoursAreTheRoundedTable() {
        Colormap v = Colormap.viridis();
        // viridis(0) = (0.267004, 0.004874, 0.329415) → (68, 1, 84)
        assertEquals((68 << 16) | (1 << 8) | 84, v.rgb24(0));
        byte[] t8 = v.table8();
        assertEquals(3 * Colormap.SIZE, t8.length);
        assertEquals(84, t8[2] & 0xff);
    }

    @Test
    void namesAreFoundAndUnknownNamesAreBadInput() {
        assertSame(Colormap.viridis(), Colormap.named("Viridis"));
        assertSame(Colormap.grey(), Colormap.named("gray"));
        assertSame(Colormap.coolwarm(), Colormap.named("coolwarm"));
        BadInputException e = assertThrows(BadInputException.class, () -> Colormap.named("jet"));
        assertTrue(e.getMessage().contains("--colormap") && e.getMessage().contains("jet"), e.getMessage());
    }
}
