package org.neurite.cli.plot;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.neurite.channels.io.BadInputException;
import org.neurite.cli.OutputPaths;
import picocli.CommandLine.Option;

/** The PNG every plot subcommand writes: {@code --out}, {@code --width}, {@code --height} [pixels]. */
final class PlotOutput {
    @Option(names = "--out", required = true, paramLabel = "PNG", description = "The PNG file to write.")
    Path out;

    @Option(names = "--width", defaultValue = "1000", paramLabel = "PX", description = "Width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "PX", description = "Height in pixels (default: each panel at its natural height).")
    Integer height;

    /** Checks the options before any reading (the output must not be one of the inputs). */
    void check(Path... inputs) {
        if (width < 100 || width > 20000) {
            throw BadInputException.parameter("--width", "must be in [100, 20000] px, got " + width);
        }
        if (height != null && (height < 100 || height > 20000)) {
            throw BadInputException.parameter("--height", "must be in [100, 20000] px, got " + height);
        }
        OutputPaths.file("--out", out, inputs);
    }

    /** Sizes the figure, writes it and says so. */
    void write(Figure f, PrintWriter o, String what) {
        if (height != null) {
            f.height(height);
        }
        f.writePng(out);
        o.println("wrote " + out + " (" + what + ")");
        o.flush();
    }
}
