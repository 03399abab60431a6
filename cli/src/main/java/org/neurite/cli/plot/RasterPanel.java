package org.neurite.cli.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.neurite.channels.record.SpikeRecord;

/**
 * A spike raster: one dot per spike, populations stacked bottom to top, each in its colour. Only
 * the first {@code shown} neurons of each population are drawn (as ntwk's raster plots do), so that
 * large networks stay readable.
 */
public final class RasterPanel implements Panel {
    private record Pop(String name, SpikeRecord spikes, int shown, Color color) {
    }

    private final String title;
    private final List<Pop> pops = new ArrayList<>();
    private double tMin = Double.NaN;
    private double tMax = Double.NaN;

    public RasterPanel(String title) {
        this.title = title;
    }

    /**
     * @param spikes the population's spikes (node ids 0-based)
     * @param shown number of neurons drawn (ids below it)
     */
    public RasterPanel population(String name, SpikeRecord spikes, int shown, Color color) {
        pops.add(new Pop(name, spikes, shown, color));
        return this;
    }

    /** Fixes the time range [ms]. */
    public RasterPanel timeRange(double min, double max) {
        tMin = min;
        tMax = max;
        return this;
    }

    /** Number of spikes drawn: those of shown neurons within the time range (when one is set). */
    public int pointCount() {
        int n = 0;
        for (Pop p : pops) {
            for (int k = 0; k < p.spikes.size(); k++) {
                double t = p.spikes.timeMs(k);
                if (p.spikes.nodeId(k) < p.shown && (Double.isNaN(tMin) || (t >= tMin && t <= tMax))) {
                    n++;
                }
            }
        }
        return n;
    }

    @Override
    public BufferedImage render(int w, int h) {
        XYChart c = Charts.xy(title, "time (ms)", "neuron", w, h);
        c.getStyler().setLegendVisible(pops.size() > 1);
        c.getStyler().setMarkerSize(2);
        if (!Double.isNaN(tMin)) {
            c.getStyler().setXAxisMin(tMin);
            c.getStyler().setXAxisMax(tMax);
        }
        int offset = 0;
        for (Pop p : pops) {
            SpikeRecord r = p.spikes;
            int n = 0;
            for (int k = 0; k < r.size(); k++) {
                if (r.nodeId(k) < p.shown) {
                    n++;
                }
            }
            double[] x = new double[Math.max(1, n)];
            double[] y = new double[Math.max(1, n)];
            int j = 0;
            for (int k = 0; k < r.size(); k++) {
                if (r.nodeId(k) < p.shown) {
                    x[j] = r.timeMs(k);
                    y[j] = offset + r.nodeId(k);
                    j++;
                }
            }
            if (n == 0) {
                x[0] = Double.isNaN(tMin) ? 0 : tMin;
                y[0] = offset;
            }
            XYSeries s = c.addSeries(p.name, x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(n == 0 ? Color.WHITE : p.color);
            offset += p.shown;
        }
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax((double) Math.max(1, offset));
        return BitmapEncoder.getBufferedImage(c);
    }
}
