package org.neurite.meanfield.network;

import java.util.ArrayList;
import java.util.List;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.meanfield.markov.FitRange;
import org.neurite.meanfield.markov.FixedPoints;
import org.neurite.meanfield.markov.Integrator;
import org.neurite.meanfield.markov.MarkovSystem;
import org.neurite.meanfield.markov.MeanFieldModel;
import org.neurite.meanfield.markov.Trajectory;

/**
 * What {@code neurite meanfield run} computes for a model: the fixed points (Newton from several
 * starts) with their stability under the drive's value at the end of the run, and the time course
 * from rest (all rates, covariances and W zero) under the time-varying drive, with a message for
 * every population whose transfer function is used outside its fitted region.
 *
 * @param system the equations
 * @param fixedPoints the fixed points, sorted by the first population's rate
 * @param trajectory the time course
 * @param warnings extrapolation messages (empty when everything stays in the fitted regions)
 */
public record MeanFieldRun(MarkovSystem system, List<FixedPoints.FixedPoint> fixedPoints, Trajectory trajectory, List<String> warnings) {
    /**
     * @param model the mean-field model
     * @param order first or second order
     * @param tStopMs duration of the time course [ms]
     * @param dtMs integration step [ms]
     * @param sampleMs sampling interval of the stored time course [ms]
     * @param progress receives the integration's progress
     */
    public static MeanFieldRun of(MeanFieldModel model, MarkovSystem.Order order, double tStopMs, double dtMs, double sampleMs,
                                  ProgressListener progress) {
        MarkovSystem sys = new MarkovSystem(model, order);
        Trajectory tr = Integrator.run(sys, new double[sys.dimension()], 0, tStopMs, dtMs, sampleMs, progress);
        List<FixedPoints.FixedPoint> fps = FixedPoints.find(sys, tStopMs);
        List<String> warnings = new ArrayList<>(FitRange.outside(sys, tr));
        for (FixedPoints.FixedPoint fp : fps) {
            String[] why = FitRange.reasons(sys, tStopMs, fp.state());
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < why.length; i++) {
                if (why[i] != null) {
                    sb.append(sb.length() == 0 ? "" : "; ").append(model.populations().get(i).name()).append(": ").append(why[i]);
                }
            }
            if (sb.length() > 0) {
                warnings.add("fixed point " + fmt(fp.state(), model.populations().size()) + (fp.stability().stable() ? " (stable)" : " (unstable)")
                        + " lies outside the fitted transfer functions (" + sb + "): an artefact of extrapolation unless the "
                        + "transfer functions are characterised up there");
            }
        }
        return new MeanFieldRun(sys, fps, tr, warnings);
    }

    private static String fmt(double[] y, int p) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < p; i++) {
            sb.append(i > 0 ? ", " : "").append(String.format("%.4g", y[i]));
        }
        return sb.append(") Hz").toString();
    }
}
