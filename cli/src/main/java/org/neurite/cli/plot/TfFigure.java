package org.neurite.cli.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neurite.meanfield.tf.TfData;
import org.neurite.meanfield.stats.Pathway;
import org.neurite.meanfield.tf.RateFunction;

/**
 * Transfer-function curves: output rate [Hz] against the excitatory input rate [Hz] (the pathway
 * with the highest reversal potential), one curve per value of the other input rates (for the usual
 * two pathways: per inhibitory rate). Measured means are points with ±SD error bars; a fitted
 * transfer function, evaluated on a fine grid of the same inputs, is drawn dashed in the curve's
 * colour.
 */
final class TfFigure {
    /** Points per fitted curve (few enough that each segment is longer than a dash). */
    static final int FIT_SAMPLES = 40;

    /** One curve: the grid points sharing the other pathways' rates, sorted by excitatory rate. */
    record Curve(String label, double[] others, double[] excHz, double[] meanHz, double[] sdHz) {
    }

    private TfFigure() {
    }

    /** Index of the excitatory pathway: the highest reversal potential. */
    static int excitatoryPathway(List<Pathway> pathways) {
        int best = 0;
        for (int p = 1; p < pathways.size(); p++) {
            if (pathways.get(p).erevMV() > pathways.get(best).erevMV()) {
                best = p;
            }
        }
        return best;
    }

    /** The measured curves, in order of first appearance of their other-pathway rates. */
    static List<Curve> curves(TfData d) {
        int e = excitatoryPathway(d.pathways());
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int k = 0; k < d.size(); k++) {
            StringBuilder label = new StringBuilder();
            for (int p = 0; p < d.pathways().size(); p++) {
                if (p != e) {
                    label.append(label.length() == 0 ? "" : ", ").append(d.pathways().get(p).name()).append(" ")
                            .append(fmt(d.ratesHz()[k][p])).append(" Hz");
                }
            }
            groups.computeIfAbsent(label.toString(), x -> new ArrayList<>()).add(k);
        }
        List<Curve> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            Integer[] idx = g.getValue().toArray(new Integer[0]);
            Arrays.sort(idx, (a, b) -> Double.compare(d.ratesHz()[a][e], d.ratesHz()[b][e]));
            double[] x = new double[idx.length];
            double[] m = new double[idx.length];
            double[] s = new double[idx.length];
            for (int i = 0; i < idx.length; i++) {
                x[i] = d.ratesHz()[idx[i]][e];
                m[i] = d.meanHz()[idx[i]];
                s[i] = d.sdHz()[idx[i]];
            }
            String label = g.getKey().isEmpty() ? "measured" : g.getKey();
            out.add(new Curve(label, d.ratesHz()[idx[0]].clone(), x, m, s));
        }
        return out;
    }

    /**
     * The fitted rate along one curve: excitatory rate from the curve's lowest to its highest value,
     * the other pathways at the curve's rates, no adaptation current (as the fit).
     *
     * @return {excitatory rate [Hz], output rate [Hz]}
     */
    static double[][] fitted(Curve c, RateFunction tf, int excitatory) {
        double lo = c.excHz()[0];
        double hi = c.excHz()[c.excHz().length - 1];
        int n = hi > lo ? FIT_SAMPLES : 1;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] in = c.others().clone();
        for (int i = 0; i < n; i++) {
            x[i] = n == 1 ? lo : lo + (hi - lo) * i / (n - 1);
            in[excitatory] = x[i];
            y[i] = tf.rateHz(in, 0.0);
        }
        return new double[][] {x, y};
    }

    /**
     * @param tf the fitted transfer function bound to the data's pathways, or null
     * @param fitName how the fit is named in the legend (e.g. its template)
     */
    static LinePanel panel(TfData d, RateFunction tf, String fitName) {
        int e = excitatoryPathway(d.pathways());
        String title = "transfer function: mean ± SD over " + d.seeds() + " cells" + (tf == null ? "" : "; dashed: fit (" + fitName + ")");
        LinePanel p = new LinePanel(title, d.pathways().get(e).name() + " input rate (Hz)", "output rate (Hz)");
        int k = 0;
        for (Curve c : curves(d)) {
            java.awt.Color col = Palette.cycle(k++);
            p.pointsWithErrors(c.label(), c.excHz(), c.meanHz(), c.sdHz(), col);
            if (tf != null) {
                double[][] f = fitted(c, tf, e);
                p.dashed(c.label() + " fit", f[0], f[1], col);
            }
        }
        return p;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
