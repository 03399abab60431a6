package org.neurite.meanfield.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.meanfield.markov.MarkovSystem;
import org.neurite.meanfield.markov.MeanFieldModel;
import org.neurite.meanfield.network.Comparison;
import org.neurite.meanfield.network.MeanFieldRun;
import org.neurite.meanfield.network.NetworkMapping;
import org.neurite.meanfield.tf.Coefficients;
import org.neurite.pointneuron.config.NetworkConfig;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.BuiltinNetworks;
import org.neurite.pointneuron.run.Network;

/**
 * Mean field against the spiking network for JCNS 2018 CONFIG1: the network side's built-in
 * {@code rsfs_config1} (8000 RS + 2000 FS AdExp cells built as the Brian2 reference; drive ramp
 * 0 → 4 Hz over 100 ms) simulated 2 s (seed 1), stationary rates over 0.5–2 s, against the
 * first-order Markov mean field of the same network file (in-degrees and drive read from the
 * built network) with the zerlaut2018 transfer functions fitted (textbook form) to the published
 * RS and FS data ({@link TfFitCase}), averaged over the same window. Tolerance: 30 % on each rate
 * (PROVENANCE; the paper: the mean field "slightly overestimates"). Measured: RS +22 %, FS +7 %
 * (second order: +22 %, +8 %). Most of the excess is not the mean field's arithmetic: single
 * cells fed Poisson input at the network's own mean rates fire at 1.95 / 9.0 Hz, not 1.65 / 8.4 Hz.
 */
public final class NetworkComparisonCase implements ValidationCase {
    /** Largest relative difference accepted. */
    public static final double TOLERANCE = 0.30;

    @Override
    public String name() {
        return "meanfield/jcns2018-network-vs-meanfield";
    }

    @Override
    public String reference() {
        return "CONFIG1: neurite network (rsfs_config1, 0.5-2 s) vs its 1st-order Markov mean field (TFs fitted to the JCNS data)";
    }

    @Override
    public String dataFolder() {
        return "meanfield_zerlaut";
    }

    /** The transfer-function coefficients of RS and FS fitted to the published data. */
    public static Map<String, Coefficients> coefficients(Path dataDir) {
        return Map.of("RS", Coefficients.of(TfFitCase.fit(dataDir, "RS").tf(), "fit of jcns2018_tf_data_RS.csv"),
                "FS", Coefficients.of(TfFitCase.fit(dataDir, "FS").tf(), "fit of jcns2018_tf_data_FS.csv"));
    }

    /** The CONFIG1 network file, 2 s, seed 1. */
    public static NetworkConfig config() {
        return BuiltinNetworks.config("rsfs_config1", new NetworkFile.Overrides(null, 2000.0, 1L));
    }

    @Override
    public Result run(Path dataDir) {
        Map<String, Coefficients> tf = coefficients(dataDir);
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        Comparison c = Comparison.run(config(), tf, new Comparison.Options(threads, null, false, MarkovSystem.Order.FIRST, 5, 500, 5),
                ProgressListener.NONE);
        double err = 0;
        for (int i = 0; i < 2; i++) {
            err = Math.max(err, Math.abs(c.meanFieldHz()[i] - c.networkHz()[i]) / c.networkHz()[i]);
        }
        MeanFieldModel model = NetworkMapping.model(new Network(config(), 1), tf, null, false, 5, new ArrayList<>());
        MeanFieldRun second = MeanFieldRun.of(model, MarkovSystem.Order.SECOND, 2000, 0.1, 5, ProgressListener.NONE);
        double[] so = {second.trajectory().mean(0, c.windowStartMs()), second.trajectory().mean(1, c.windowStartMs())};
        List<String> p = c.populations();
        return new Result(err, TOLERANCE, "max relative difference of the stationary rates", String.format(
                "network %s %.3f / %s %.3f Hz; mean field 1st order %.3f / %.3f Hz, 2nd order %.3f / %.3f Hz",
                p.get(0), c.networkHz()[0], p.get(1), c.networkHz()[1], c.meanFieldHz()[0], c.meanFieldHz()[1], so[0], so[1]));
    }
}
