package org.neurite.viewer.frame;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.neurite.channels.io.AtomicFile;

/** PNG output: whole files or none (through a temporary file and a rename), and frame file names. */
public final class PngFiles {
    private PngFiles() {
    }

    /** Writes an image as a PNG file atomically. */
    public static void write(BufferedImage image, Path file) {
        AtomicFile.write(file, tmp -> {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    /** The name of frame k of a sequence: {@code frame_00012.png} (five digits, more when needed). */
    public static String frameName(int k) {
        return String.format(Locale.ROOT, "frame_%05d.png", k);
    }
}
