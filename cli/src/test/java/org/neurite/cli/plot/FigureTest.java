package org.neurite.cli.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.record.SpikeRecord;

/** Plots are checked on their pixels: the size, and that each series' colour is really drawn. */
class FigureTest {
    @TempDir
    Path dir;

    private static int count(BufferedImage img, Color c, int y0, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                Color p = new Color(rgb);
                if (Math.abs(p.getRed() - c.getRed()) < 30 && Math.abs(p.getGreen() - c.getGreen()) < 30
                        && Math.abs(p.getBlue() - c.getBlue()) < 30) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void stackedFigureHasEachPanelsColoursInItsBand() throws Exception {
        SpikeRecord exc = new SpikeRecord("RecExc");
        SpikeRecord inh = new SpikeRecord("RecInh");
        for (int i = 0; i < 200; i++) {
            exc.add(i % 50, 10 + 4.9 * i);
            inh.add(i % 20, 12 + 4.9 * i);
        }
        double[] t = new double[500];
        double[] v = new double[500];
        for (int k = 0; k < t.length; k++) {
            t[k] = 2 * k;
            v[k] = -70 + 10 * Math.sin(k / 20.0);
        }
        Figure f = new Figure(800)
                .add(new RasterPanel("raster").population("RecExc", exc, 50, Palette.EXCITATORY)
                        .population("RecInh", inh, 20, Palette.INHIBITORY).timeRange(0, 1000), 300)
                .add(new LinePanel("V_m", "time (ms)", "mV").line("cell 0", t, v, Palette.BLUE), 200);
        Path png = dir.resolve("fig.png");
        f.writePng(png);
        BufferedImage back = ImageIO.read(png.toFile());
        assertEquals(800, back.getWidth());
        assertEquals(500, back.getHeight());
        assertTrue(count(back, Palette.EXCITATORY, 0, 300) > 100, "green raster dots in the top panel");
        assertTrue(count(back, Palette.INHIBITORY, 0, 300) > 50, "red raster dots in the top panel");
        assertTrue(count(back, Palette.BLUE, 300, 500) > 100, "blue trace in the bottom panel");
        assertEquals(0, count(back, Palette.BLUE, 0, 300), "no trace colour in the raster");
    }

    @Test
    void populationRateCountsSpikesPerNeuronAndBin() {
        SpikeRecord r = new SpikeRecord("x");
        r.add(0, 0.5);
        r.add(1, 4.9);
        r.add(2, 5.0);
        r.add(0, 12.0);
        double[] rate = r.populationRateHz(4, 0, 15, 5);
        // 2 spikes in [0,5) from 4 neurons in 5 ms = 100 Hz; 1 in [5,10) = 50 Hz; 1 in [10,15) = 50 Hz
        assertEquals(3, rate.length);
        assertEquals(100.0, rate[0], 1e-12);
        assertEquals(50.0, rate[1], 1e-12);
        assertEquals(50.0, rate[2], 1e-12);
    }
}
