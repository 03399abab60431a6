package org.neurite.viewer.scene;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.neurite.channels.io.BadInputException;

/**
 * A colour map: a normalised value t in [0, 1] to an sRGB colour, as a 256-entry table looked up the
 * way matplotlib does (entry ⌊256·t⌋, clamped to 0…255), so that a neurite figure and a matplotlib
 * figure of the same data show the same colours. The GL renderer uploads the same table as a
 * 256-texel texture with nearest filtering, which picks the same entry.
 *
 * <p>The maps: {@code viridis} (Smith &amp; van der Walt 2015; the 256 published colours),
 * {@code coolwarm} (Moreland 2009, 33 published control points, interpolated linearly to 256 entries
 * as matplotlib does) and {@code grey} (black to white; matplotlib's {@code gray}). The tables are
 * in the resource files next to this class, with their sources.
 */
public final class Colormap {
    /** Entries in every table. */
    public static final int SIZE = 256;

    /** The names accepted by {@link #named(String)}. */
    public static final List<String> NAMES = List.of("viridis", "coolwarm", "grey");

    private static final Colormap VIRIDIS = new Colormap("viridis", resample(read("viridis.txt")));
    private static final Colormap COOLWARM = new Colormap("coolwarm", resample(read("coolwarm.txt")));
    private static final Colormap GREY = new Colormap("grey", resample(new float[] {0, 0, 0, 1, 1, 1}));

    private final String name;
    private final float[] rgb; // SIZE × 3, sRGB in [0, 1]

    private Colormap(String name, float[] rgb) {
        this.name = name;
        this.rgb = rgb;
    }

    /** viridis (perceptually uniform, dark purple → yellow). */
    public static Colormap viridis() {
        return VIRIDIS;
    }

    /** coolwarm (diverging blue → light grey → red). */
    public static Colormap coolwarm() {
        return COOLWARM;
    }

    /** grey (black → white). */
    public static Colormap grey() {
        return GREY;
    }

    /**
     * The map of that name ({@code viridis}, {@code coolwarm}, {@code grey}; {@code gray} is accepted).
     *
     * @throws BadInputException naming the parameter {@code --colormap} for an unknown name
     */
    public static Colormap named(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "viridis":
                return VIRIDIS;
            case "coolwarm":
                return COOLWARM;
            case "grey":
            case "gray":
                return GREY;
            default:
                throw BadInputException.parameter("--colormap", "unknown colour map \"" + name + "\" (known: "
                        + String.join(", ", NAMES) + ")");
        }
    }

    /** The map's name. */
    public String name() {
        return name;
    }

    /** Table entry used for the normalised value t (NaN gives entry 0). */
    public static int index(double t) {
        if (!(t > 0)) {
            return 0;
        }
        return t >= 1 ? SIZE - 1 : Math.min(SIZE - 1, (int) (t * SIZE));
    }

    /** Red of entry i, in [0, 1]. */
    public float red(int i) {
        return rgb[3 * i];
    }

    /** Green of entry i, in [0, 1]. */
    public float green(int i) {
        return rgb[3 * i + 1];
    }

    /** Blue of entry i, in [0, 1]. */
    public float blue(int i) {
        return rgb[3 * i + 2];
    }

    /** The colour at normalised value t as 0xRRGGBB (each channel rounded to 8 bits). */
    public int rgb24(double t) {
        int i = index(t);
        return (to8(rgb[3 * i]) << 16) | (to8(rgb[3 * i + 1]) << 8) | to8(rgb[3 * i + 2]);
    }

    /** A copy of the table: SIZE × (r, g, b), each in [0, 1]. */
    public float[] table() {
        return rgb.clone();
    }

    /** The table as 8-bit RGB bytes (what the GL texture holds). */
    public byte[] table8() {
        byte[] b = new byte[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            b[i] = (byte) to8(rgb[i]);
        }
        return b;
    }

    /** A channel value in [0, 1] to 0…255, rounded to nearest (as GL's normalised conversion). */
    public static int to8(float c) {
        return Math.max(0, Math.min(255, Math.round(c * 255f)));
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * n equally spaced control points (at k/(n−1)) interpolated linearly onto SIZE entries at i/255 —
     * matplotlib's LinearSegmentedColormap table; for n = SIZE the table is returned as it is.
     */
    private static float[] resample(float[] points) {
        int n = points.length / 3;
        if (n == SIZE) {
            return points;
        }
        float[] out = new float[3 * SIZE];
        for (int i = 0; i < SIZE; i++) {
            double x = (double) i / (SIZE - 1) * (n - 1);
            int k = Math.min(n - 2, (int) Math.floor(x));
            double f = x - k;
            for (int c = 0; c < 3; c++) {
                out[3 * i + c] = (float) ((1 - f) * points[3 * k + c] + f * points[3 * (k + 1) + c]);
            }
        }
        return out;
    }

    private static float[] read(String resource) {
        try (InputStream in = Colormap.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("colour map table " + resource + " is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            float[] values = new float[3 * SIZE];
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                for (int c = 0; c < 3; c++) {
                    values[n++] = Float.parseFloat(f[c]);
                }
            }
            return java.util.Arrays.copyOf(values, n);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read colour map table " + resource, e);
        }
    }
}
