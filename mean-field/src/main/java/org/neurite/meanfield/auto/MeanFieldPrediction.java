package org.neurite.meanfield.auto;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.meanfield.markov.MarkovSystem;
import org.neurite.meanfield.markov.MeanFieldModel;
import org.neurite.meanfield.markov.Trajectory;
import org.neurite.meanfield.network.MeanFieldRun;
import org.neurite.meanfield.network.NetworkMapping;
import org.neurite.pointneuron.config.NetworkConfig;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.Network;

/**
 * The mean-field prediction of a network's population rates, ready to be drawn over the rates the
 * network itself produced: the network file is mapped onto its Markovian mean field
 * ({@link NetworkMapping}), every population's transfer function is taken from the cache or
 * characterised ({@link NetworkTransferFunctions}), and the mean field is integrated from rest
 * over [0, tstop] under the file's afferent drives.
 *
 * <p>Units: time in ms, rates in Hz. The samples lie on the network's own time grid: t_k = k·dt,
 * k = 0 … tstop/dt, with dt and tstop those of the file.
 *
 * @param timesMs sample times [ms]
 * @param populations the recurrent populations, in the file's order
 * @param ratesHz mean-field rate of each population at each sample [population][sample] [Hz]
 * @param transferFunctions where each population's transfer function came from (cache or characterised, fit RMS, seconds)
 * @param warnings what the user should know: unusable cache entries, drives spread over part of a
 *                 population, states where a transfer function is extrapolated
 */
public record MeanFieldPrediction(double[] timesMs, List<String> populations, double[][] ratesHz,
                                  List<NetworkTransferFunctions.Outcome> transferFunctions, List<String> warnings) {
    /**
     * Settings of a prediction.
     *
     * @param order first order (rates) or second order (rates and covariances)
     * @param markovTimeMs T [ms]
     * @param adaptation whether adaptation is a variable W of the mean field (di Volo et al. 2019;
     *                   the cells are then characterised without it) instead of being part of the
     *                   stationary transfer function (Zerlaut et al. 2018, the default)
     * @param threads threads of the characterisation (results do not depend on them)
     */
    public record Options(MarkovSystem.Order order, double markovTimeMs, boolean adaptation, int threads) {
        /** First order, T = 5 ms (Zerlaut et al. 2018), adaptation in the transfer function, all processors. */
        public static Options defaults() {
            return new Options(MarkovSystem.Order.FIRST, 5.0, false, Runtime.getRuntime().availableProcessors());
        }
    }

    /**
     * The prediction for a network file with the default {@link Options}.
     *
     * @param config a neurite network file or an ntwk params.json
     * @param progress receives the characterisation's progress (nothing when every transfer function is cached)
     * @param cacheDir the transfer-function cache folder, or null for the default one ({@link TfCache#openDefault})
     * @throws BadInputException when the file is bad, its network has no mean field (e.g. non-Poisson
     *                           drives), or the cache folder cannot be used
     */
    public static MeanFieldPrediction of(Path config, ProgressListener progress, Path cacheDir) {
        return of(NetworkFile.read(config), Options.defaults(), progress, cacheDir);
    }

    /** The prediction for a parsed network with the default {@link Options}. */
    public static MeanFieldPrediction of(NetworkConfig config, ProgressListener progress, Path cacheDir) {
        return of(config, Options.defaults(), progress, cacheDir);
    }

    /**
     * @param config the network
     * @param o settings
     * @param progress receives the characterisation's progress
     * @param cacheDir the cache folder, or null for the default one ({@link TfCache#openDefault})
     */
    public static MeanFieldPrediction of(NetworkConfig config, Options o, ProgressListener progress, Path cacheDir) {
        return of(new Network(config, 1), o, progress, cacheDir);
    }

    /**
     * The prediction for a network that is already built (e.g. the one just simulated: only its
     * structure and parameters are read, so it need not be built again).
     *
     * @param net the network
     * @param o settings
     * @param progress receives the characterisation's progress
     * @param cacheDir the cache folder, or null for the default one ({@link TfCache#openDefault})
     */
    public static MeanFieldPrediction of(Network net, Options o, ProgressListener progress, Path cacheDir) {
        NetworkConfig config = net.config();
        NetworkMapping.Mapping mapping = NetworkMapping.map(net);
        List<String> warnings = new ArrayList<>();
        TfCache cache = cacheDir != null ? TfCache.open(cacheDir, "transfer-function cache") : TfCache.openDefault(warnings);
        NetworkTransferFunctions.Result tfs = NetworkTransferFunctions.resolve(net, mapping, Map.of(),
                new NetworkTransferFunctions.Options(null, o.adaptation(), o.threads(), cache), progress);
        warnings.addAll(tfs.warnings());
        MeanFieldModel model = NetworkMapping.model(mapping, tfs.coefficients(), null, o.adaptation(), o.markovTimeMs(), warnings);
        double dt = integrationStepMs(config.dtMs());
        MeanFieldRun run = MeanFieldRun.of(model, o.order(), config.tstopMs(), dt, config.dtMs(), ProgressListener.NONE);
        warnings.addAll(run.warnings());
        Trajectory tr = run.trajectory();
        int p = model.populations().size();
        double[][] rates = new double[p][tr.size()];
        for (int k = 0; k < tr.size(); k++) {
            for (int i = 0; i < p; i++) {
                rates[i][k] = tr.states()[k][i];
            }
        }
        List<String> names = model.populations().stream().map(MeanFieldModel.Population::name).toList();
        return new MeanFieldPrediction(tr.timesMs(), names, rates, tfs.outcomes(), warnings);
    }

    /** The RK4 step [ms]: 0.1 ms or finer, a whole number of steps per network step so that samples fall on k·dt. */
    static double integrationStepMs(double networkDtMs) {
        return networkDtMs / Math.ceil(networkDtMs / 0.1 - 1e-9);
    }

    /** The rate of one population at every sample [Hz]. */
    public double[] ratesHz(String population) {
        int i = populations.indexOf(population);
        if (i < 0) {
            throw new IllegalArgumentException("no population " + population + " (populations: " + String.join(", ", populations) + ")");
        }
        return ratesHz[i].clone();
    }
}
