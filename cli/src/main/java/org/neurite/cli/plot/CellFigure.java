package org.neurite.cli.plot;

import java.util.List;

/**
 * The voltages of a cell's probes: the probe named {@code soma} in one panel (black), every other
 * probe (dendrites) in a second panel with a legend. Built here for both the demo and
 * {@code neurite plot cell}. Times in ms, potentials in mV.
 */
public final class CellFigure {
    private CellFigure() {
    }

    /**
     * @param tMs sample times [ms]
     * @param names probe names, one per column
     * @param columns V of each probe [mV], one array per probe over {@code tMs}
     * @param t0 start of the time axis [ms]
     * @param t1 end of the time axis [ms]
     * @param widthPx figure width in pixels
     */
    public static Figure of(double[] tMs, List<String> names, List<double[]> columns, double t0, double t1, int widthPx) {
        LinePanel soma = new LinePanel("soma", "time (ms)", "V (mV)").xRange(t0, t1).noLegend();
        LinePanel dend = new LinePanel("dendrites", "time (ms)", "V (mV)").xRange(t0, t1);
        int c = 0;
        for (int j = 0; j < names.size(); j++) {
            if (names.get(j).equals("soma")) {
                soma.line("soma", tMs, columns.get(j), Palette.BLACK);
            } else {
                dend.line(names.get(j), tMs, columns.get(j), Palette.cycle(c++));
            }
        }
        return new Figure(widthPx).add(soma, 260).add(dend, 320);
    }
}
