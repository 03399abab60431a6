package org.neurite.meanfield.network;

import java.nio.file.Path;
import java.util.List;
import org.neurite.channels.record.Hdf5Group;
import org.neurite.meanfield.markov.FixedPoints;
import org.neurite.meanfield.markov.MarkovSystem;
import org.neurite.meanfield.markov.Trajectory;

/**
 * The HDF5 file of a mean-field run ({@code mf.h5}), written whole or not at all:
 * <pre>
 * /                          attributes: format = "neurite-meanfield", order (1 or 2), T_ms, dt_ms,
 *                            tstop_ms, populations (comma-separated), warnings (when any)
 * /trajectory/time_ms        float64[n]
 * /trajectory/&lt;variable&gt;    float64[n] for every state variable: nu_&lt;pop&gt; [Hz],
 *                            c_&lt;pop&gt;_&lt;pop&gt; [Hz²] (order 2), W_&lt;pop&gt; [pA] (adaptation)
 * /trajectory/F_&lt;pop&gt;       float64[n] the transfer function's output [Hz]
 * /fixed_points/variables    string[dim] names of the state variables
 * /fixed_points/state        float64[k][dim]; eig_real, eig_imag: float64[k][dim] [1/ms];
 *                            stable: int32[k] (1 stable, 0 not)  — absent when none was found
 * </pre>
 * Attributes sit on the root only (see {@code TfFile} about jHDF 0.13 and group attributes).
 */
public final class MeanFieldFile {
    /** The value of the root's {@code format} attribute. */
    public static final String FORMAT = "neurite-meanfield";

    private MeanFieldFile() {
    }

    /** Writes a run. */
    public static void write(Path file, MeanFieldRun run, double dtMs, String source) {
        Hdf5Group root = Hdf5Group.root();
        var model = run.system().model();
        root.attribute("format", FORMAT)
                .attribute("source", source)
                .attribute("order", (long) (run.system().order() == MarkovSystem.Order.FIRST ? 1 : 2))
                .attribute("T_ms", model.markovTimeMs())
                .attribute("dt_ms", dtMs)
                .attribute("tstop_ms", run.trajectory().timesMs()[run.trajectory().size() - 1])
                .attribute("populations", String.join(",", model.populations().stream().map(p -> p.name()).toList()));
        if (!run.warnings().isEmpty()) {
            root.attribute("warnings", String.join("\n", run.warnings()));
        }
        Trajectory tr = run.trajectory();
        Hdf5Group t = root.group("trajectory");
        t.dataset("time_ms", tr.timesMs());
        List<String> names = tr.names();
        for (int v = 0; v < names.size(); v++) {
            t.dataset(names.get(v), tr.series(v));
        }
        for (int p = 0; p < model.populations().size(); p++) {
            double[] f = new double[tr.size()];
            for (int k = 0; k < f.length; k++) {
                f[k] = tr.transferRatesHz()[k][p];
            }
            t.dataset("F_" + model.populations().get(p).name(), f);
        }
        List<FixedPoints.FixedPoint> fps = run.fixedPoints();
        if (!fps.isEmpty()) {
            int dim = names.size();
            double[][] state = new double[fps.size()][];
            double[][] re = new double[fps.size()][];
            double[][] im = new double[fps.size()][];
            int[] stable = new int[fps.size()];
            for (int k = 0; k < fps.size(); k++) {
                state[k] = fps.get(k).state();
                re[k] = fps.get(k).stability().real();
                im[k] = fps.get(k).stability().imaginary();
                stable[k] = fps.get(k).stability().stable() ? 1 : 0;
            }
            root.group("fixed_points").dataset("variables", names.toArray(new String[dim])).dataset("state", state)
                    .dataset("eig_real", re).dataset("eig_imag", im).dataset("stable", stable);
        }
        root.writeTo(file);
    }
}
