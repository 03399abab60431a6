package org.neurite.cli.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A panel of lines y(x) (traces, rates, transfer-function curves), optionally with markers only. */
public final class LinePanel implements Panel {
    private record Line(String name, double[] x, double[] y, double[] err, Color color, boolean dashed, boolean markers,
                        boolean filled) {
        Line(String name, double[] x, double[] y, Color color, boolean dashed, boolean markers) {
            this(name, x, y, null, color, dashed, markers, false);
        }
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Line> lines = new ArrayList<>();
    private double xMin = Double.NaN;
    private double xMax = Double.NaN;
    private double yMin = Double.NaN;
    private double yMax = Double.NaN;
    private boolean legend = true;

    public LinePanel(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** Adds a solid line. */
    public LinePanel line(String name, double[] x, double[] y, Color color) {
        return add(new Line(name, x, y, color, false, false));
    }

    /** Adds a dashed line (e.g. a prediction next to a measurement). */
    public LinePanel dashed(String name, double[] x, double[] y, Color color) {
        return add(new Line(name, x, y, color, true, false));
    }

    /** Adds points without a line (e.g. data with a fitted curve). */
    public LinePanel points(String name, double[] x, double[] y, Color color) {
        return add(new Line(name, x, y, color, false, true));
    }

    /**
     * Adds points with symmetric error bars (e.g. a mean ± SD over seeds).
     *
     * @param err half-length of each bar, in y units
     */
    public LinePanel pointsWithErrors(String name, double[] x, double[] y, double[] err, Color color) {
        if (err.length != y.length) {
            throw new IllegalArgumentException("series " + name + ": y and error bars differ in length");
        }
        return add(new Line(name, x, y, err, color, false, true, false));
    }

    /** Adds a line filled down to y = 0 in its colour (e.g. the outline of a histogram's bars). */
    public LinePanel filled(String name, double[] x, double[] y, Color color) {
        return add(new Line(name, x, y, null, color, false, false, true));
    }

    private LinePanel add(Line l) {
        if (l.x.length != l.y.length) {
            throw new IllegalArgumentException("series " + l.name + ": x and y differ in length");
        }
        lines.add(l);
        return this;
    }

    /** Fixes the x range. */
    public LinePanel xRange(double min, double max) {
        xMin = min;
        xMax = max;
        return this;
    }

    /** Fixes the y range. */
    public LinePanel yRange(double min, double max) {
        yMin = min;
        yMax = max;
        return this;
    }

    /** Number of series added (lines, dashed lines and point sets). */
    public int seriesCount() {
        return lines.size();
    }

    /** Number of dashed series. */
    public int dashedCount() {
        int n = 0;
        for (Line l : lines) {
            n += l.dashed ? 1 : 0;
        }
        return n;
    }

    /** Hides the legend. */
    public LinePanel noLegend() {
        legend = false;
        return this;
    }

    @Override
    public BufferedImage render(int w, int h) {
        XYChart c = Charts.xy(title, xLabel, yLabel, w, h);
        c.getStyler().setLegendVisible(legend && lines.size() > 1);
        c.getStyler().setErrorBarsColorSeriesColor(true);
        double lo = xMin;
        double hi = xMax;
        if (Double.isNaN(lo)) {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (Line l : lines) {
                for (double x : l.x) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        if (hi > lo) {
            // XChart puts ticks only at data points when the x values and the axis ends are equally
            // spaced (within 1e-4), as sampled traces are; an invisible offset of the axis start
            // keeps its ordinary "nice number" ticks
            c.getStyler().setXAxisMin(lo - Math.max(2e-4, 1e-6 * (hi - lo)));
            c.getStyler().setXAxisMax(hi);
        }
        if (!Double.isNaN(yMin)) {
            c.getStyler().setYAxisMin(yMin);
            c.getStyler().setYAxisMax(yMax);
        }
        int k = 0;
        for (Line l : lines) {
            if (l.x.length == 0) {
                continue;
            }
            String name = l.name == null || l.name.isEmpty() ? "series " + k : l.name;
            while (c.getSeries(name) != null) {
                name = name + " ";
            }
            XYSeries s = l.err == null ? c.addSeries(name, l.x, l.y) : c.addSeries(name, l.x, l.y, l.err);
            s.setLineColor(l.color);
            s.setMarkerColor(l.color);
            if (l.filled) {
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
                s.setFillColor(l.color);
                s.setMarker(SeriesMarkers.NONE);
            } else if (l.markers) {
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                s.setMarker(SeriesMarkers.CIRCLE);
            } else {
                s.setMarker(SeriesMarkers.NONE);
                s.setLineStyle(l.dashed ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f)
                        : new BasicStroke(1.3f));
            }
            k++;
        }
        if (c.getSeriesCollection().isEmpty()) {
            XYSeries s = c.addSeries("(no data)", new double[] {0}, new double[] {0});
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(Color.WHITE);
        }
        return BitmapEncoder.getBufferedImage(c);
    }
}
