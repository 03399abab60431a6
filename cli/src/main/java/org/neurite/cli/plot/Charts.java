package org.neurite.cli.plot;

import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/** The common look of neurite's XChart panels. */
final class Charts {
    private Charts() {
    }

    static XYChart xy(String title, String xLabel, String yLabel, int w, int h) {
        XYChart c = new XYChartBuilder().width(w).height(h).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        Styler s = c.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartTitleBoxVisible(false);
        s.setLegendBorderColor(new Color(255, 255, 255, 0));
        s.setLegendBackgroundColor(new Color(255, 255, 255, 0));
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        s.setBaseFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        s.setChartPadding(6);
        s.setAntiAlias(true);
        c.getStyler().setPlotGridLinesVisible(false);
        // the same y-axis width in every panel so that stacked panels share their x positions
        s.setYAxisLeftWidthHint(60);
        s.setDecimalPattern("0.###");
        return c;
    }
}
