package org.neurite.meanfield.markov;

import java.util.ArrayList;
import java.util.List;
import org.neurite.meanfield.stats.Moments;
import org.neurite.meanfield.tf.FitDomain;

/**
 * Tells when a mean-field state makes a population's transfer function work outside the region it
 * was fitted on (its {@link FitDomain}), where the fit is an extrapolation and the mean field
 * cannot be trusted.
 */
public final class FitRange {
    private FitRange() {
    }

    /**
     * One message per population whose statistics or output rate in state y at time t lie outside
     * its fitted region (populations whose transfer function has no recorded region are skipped).
     */
    public static List<String> outside(MarkovSystem system, double tMs, double[] y) {
        List<String> out = new ArrayList<>();
        for (String s : perPopulation(system, tMs, y)) {
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** The first message of each population over a trajectory's samples. */
    public static List<String> outside(MarkovSystem system, Trajectory tr) {
        String[] first = new String[system.populations()];
        for (int k = 0; k < tr.size(); k++) {
            String[] s = perPopulation(system, tr.timesMs()[k], tr.states()[k]);
            for (int i = 0; i < s.length; i++) {
                if (first[i] == null) {
                    first[i] = s[i];
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String s : first) {
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * For each population, why state y at time t lies outside its fitted region (e.g. "output rate
     * 64 Hz above the highest fitted rate 26 Hz"), or null when inside or unknown.
     */
    public static String[] reasons(MarkovSystem system, double tMs, double[] y) {
        int p = system.populations();
        double[] f = new double[p];
        Moments[] m = new Moments[p];
        for (int i = 0; i < p; i++) {
            m[i] = new Moments();
        }
        system.transferRates(tMs, y, f, m);
        String[] out = new String[p];
        for (int i = 0; i < p; i++) {
            FitDomain d = system.model().populations().get(i).tf().domain();
            out[i] = d == null ? null : d.describeOutside(m[i], f[i]);
        }
        return out;
    }

    private static String[] perPopulation(MarkovSystem system, double tMs, double[] y) {
        String[] why = reasons(system, tMs, y);
        for (int i = 0; i < why.length; i++) {
            if (why[i] != null) {
                why[i] = String.format("population %s at t = %.3f ms: %s; its transfer function is extrapolated there",
                        system.model().populations().get(i).name(), tMs, why[i]);
            }
        }
        return why;
    }
}
