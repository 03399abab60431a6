package org.neurite.cli.meanfield;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neurite.channels.io.BadInputException;
import org.neurite.meanfield.auto.TfCache;
import org.neurite.meanfield.markov.MarkovSystem;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.meanfield.tf.Coefficients;
import org.neurite.pointneuron.config.NetworkFile;
import picocli.CommandLine.Option;

/** Options shared by {@code meanfield run} and {@code meanfield compare}. */
final class MeanFieldOptions {
    @Option(names = "--tf", paramLabel = "POP=FILE[#ENTRY]",
            description = {"Transfer function of a recurrent population: a fit.json from 'meanfield fit', or a published "
                    + "coefficient file with its entry (e.g. jcns2018_notebook_fits_and_fixed_points.json#RS). Repeatable. "
                    + "Populations without one get theirs from the cache, or by characterising their cell as the network "
                    + "simulates it over the input rates the network can give it (in parallel) and fitting the zerlaut2018 "
                    + "template; the result is cached."})
    List<String> tf = new ArrayList<>();

    @Option(names = "--tf-cache", paramLabel = "DIR",
            description = {"Folder of automatically characterised transfer functions (default: $" + TfCache.ENV
                    + ", else $XDG_CACHE_HOME/neurite/tf, else ~/.cache/neurite/tf)."})
    Path tfCache;

    @Option(names = "--order", defaultValue = "1", paramLabel = "1|2", description = "Markov order: 1 (rates) or 2 (rates and covariances); default ${DEFAULT-VALUE}.")
    int order;

    @Option(names = "--fluctuations", paramLabel = "FORM",
            description = "textbook or zerlaut2018-legacy (default: each file's own, textbook when it records none; the JCNS 2018 "
                    + "published coefficients need zerlaut2018-legacy). Automatic transfer functions are fitted with it (default textbook).")
    String fluctuations;

    @Option(names = "--adaptation", description = "Add each population's adaptation (a, b, tau_w) as a variable W (di Volo 2019); "
            + "leave it out when the transfer functions were characterised with adaptation (Zerlaut 2018). Automatic transfer "
            + "functions follow: with --adaptation the cells are characterised with a = b = 0, without it with their adaptation.")
    boolean adaptation;

    @Option(names = "--T", defaultValue = "5", paramLabel = "MS", description = "Markov time constant T [ms] (default ${DEFAULT-VALUE}).")
    double markovTimeMs;

    @Option(names = "--tstop", paramLabel = "MS", description = "Duration [ms] (default: the file's).")
    Double tstop;

    @Option(names = "--dt", paramLabel = "MS", description = "Network step [ms] (default: the file's).")
    Double dt;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed of the network (default: the file's).")
    Long seed;

    MarkovSystem.Order order() {
        if (order == 1) {
            return MarkovSystem.Order.FIRST;
        }
        if (order == 2) {
            return MarkovSystem.Order.SECOND;
        }
        throw BadInputException.parameter("--order", "must be 1 or 2, got " + order);
    }

    ShotNoise form() {
        return fluctuations == null ? null : ShotNoise.parse(fluctuations, "--fluctuations");
    }

    Map<String, Coefficients> coefficients() {
        return TfOptions.read(tf);
    }

    /**
     * The transfer-function cache: {@code --tf-cache}, else the default one (null, with a warning,
     * when the XDG/home default cannot be used).
     */
    TfCache cache(List<String> warnings) {
        return tfCache != null ? TfCache.open(tfCache, "--tf-cache") : TfCache.openDefault(warnings);
    }

    NetworkFile.Overrides overrides() {
        if (tstop != null && !(tstop > 0)) {
            throw BadInputException.parameter("--tstop", "must be > 0 [ms], got " + tstop);
        }
        if (dt != null && !(dt > 0)) {
            throw BadInputException.parameter("--dt", "must be > 0 [ms], got " + dt);
        }
        if (!(markovTimeMs > 0)) {
            throw BadInputException.parameter("--T", "must be > 0 [ms], got " + markovTimeMs);
        }
        return new NetworkFile.Overrides(dt, tstop, seed);
    }
}
