package org.neurite.cli.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.neurite.channels.io.AtomicFile;

/**
 * Panels stacked vertically into one PNG (the ntwk figure: input, raster, V_m, rates), written
 * whole or not at all.
 */
public final class Figure {
    private record Entry(Panel panel, int heightPx) {
    }

    private final int widthPx;
    private final List<Entry> entries = new ArrayList<>();

    /** @param widthPx width of the figure in pixels */
    public Figure(int widthPx) {
        this.widthPx = widthPx;
    }

    /** Adds a panel of the given height. */
    public Figure add(Panel p, int heightPx) {
        entries.add(new Entry(p, heightPx));
        return this;
    }

    /**
     * Scales the panels' heights so that the figure is this tall (proportions kept; the last panel
     * takes the rounding).
     *
     * @param totalPx height of the figure in pixels (at least one per panel)
     */
    public Figure height(int totalPx) {
        if (entries.isEmpty() || totalPx < entries.size()) {
            throw new IllegalArgumentException("a figure of " + entries.size() + " panels needs a height >= " + entries.size() + " px");
        }
        int sum = 0;
        for (Entry e : entries) {
            sum += e.heightPx;
        }
        int used = 0;
        for (int k = 0; k < entries.size(); k++) {
            Entry e = entries.get(k);
            int h = k == entries.size() - 1 ? totalPx - used : Math.max(1, (int) Math.round((double) e.heightPx * totalPx / sum));
            h = Math.max(1, Math.min(h, totalPx - used - (entries.size() - 1 - k)));
            entries.set(k, new Entry(e.panel, h));
            used += h;
        }
        return this;
    }

    /** Number of panels. */
    public int panelCount() {
        return entries.size();
    }

    /** Draws every panel into one image. */
    public BufferedImage render() {
        int h = 0;
        for (Entry e : entries) {
            h += e.heightPx;
        }
        BufferedImage img = new BufferedImage(widthPx, Math.max(1, h), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, widthPx, h);
        int y = 0;
        for (Entry e : entries) {
            g.drawImage(e.panel.render(widthPx, e.heightPx), 0, y, null);
            y += e.heightPx;
        }
        g.dispose();
        return img;
    }

    /** Renders and writes the PNG atomically. */
    public void writePng(Path file) {
        writePng(render(), file);
    }

    /** Writes an image as PNG atomically. */
    public static void writePng(BufferedImage img, Path file) {
        AtomicFile.write(file, tmp -> {
            if (!ImageIO.write(img, "png", tmp.toFile())) {
                throw new java.io.IOException("no PNG writer available");
            }
        });
    }
}
