package org.neurite.cli.view;

import java.util.Locale;
import org.neurite.channels.io.BadInputException;
import org.neurite.viewer.gl.RenderSettings;
import org.neurite.viewer.scene.Colormap;
import org.neurite.viewer.scene.CompartmentSeries;
import org.neurite.viewer.scene.ValueRange;
import org.neurite.viewer.scene.View;
import picocli.CommandLine.Option;

/** The options {@code render} and {@code view} share: view, colours and size. */
final class PictureOptions {
    @Option(names = "--view", paramLabel = "NAME", defaultValue = "iso", description = "front, side, top or iso (default: ${DEFAULT-VALUE}).")
    String view;

    @Option(names = "--colormap", paramLabel = "NAME", defaultValue = "viridis", description = "viridis, coolwarm or grey (default: ${DEFAULT-VALUE}).")
    String colormap;

    @Option(names = "--vmin", paramLabel = "MV", description = "Value at the bottom of the colour map (default: the smallest recorded).")
    Double vmin;

    @Option(names = "--vmax", paramLabel = "MV", description = "Value at the top of the colour map (default: the largest recorded).")
    Double vmax;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "1280", description = "Picture width (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "720", description = "Picture height (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "4", description = "Multisampling per pixel, 0 for none (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--background", paramLabel = "COLOUR", defaultValue = "white", description = "white, black or #RRGGBB (default: ${DEFAULT-VALUE}).")
    String background;

    /** The settings for a series, with the range filled in from it where not given. */
    RenderSettings settings(CompartmentSeries series) {
        ValueRange range = ValueRange.of(vmin == null ? Double.NaN : vmin, vmax == null ? Double.NaN : vmax, series);
        return new RenderSettings(width, height, View.named(view), Colormap.named(colormap), range, series.units(),
                backgroundRgb(), samples);
    }

    /** Checks what can be checked before reading the input. */
    void validate() {
        View.named(view);
        Colormap.named(colormap);
        backgroundRgb();
        finite("--vmin", vmin);
        finite("--vmax", vmax);
        if (vmin != null && vmax != null && !(vmax > vmin)) {
            throw BadInputException.parameter("--vmin/--vmax", "need vmin < vmax, got " + vmin + " and " + vmax);
        }
    }

    private static void finite(String option, Double v) {
        if (v != null && !Double.isFinite(v)) {
            throw BadInputException.parameter(option, "must be a finite value, got " + v);
        }
    }

    private int backgroundRgb() {
        String b = background.trim().toLowerCase(Locale.ROOT);
        switch (b) {
            case "white":
                return 0xffffff;
            case "black":
                return 0x000000;
            default:
                if (b.matches("#[0-9a-f]{6}")) {
                    return Integer.parseInt(b.substring(1), 16);
                }
                throw BadInputException.parameter("--background", "expected white, black or #RRGGBB, got \"" + background + "\"");
        }
    }
}
