package org.neurite.cli.meanfield;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neurite.channels.io.BadInputException;
import org.neurite.meanfield.markov.MarkovSystem;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.meanfield.tf.Coefficients;
import org.neurite.pointneuron.config.NetworkFile;
import picocli.CommandLine.Option;

/** Options shared by {@code meanfield run} and {@code meanfield compare}. */
final class MeanFieldOptions {
    @Option(names = "--tf", required = true, paramLabel = "POP=FILE[#ENTRY]",
            description = {"Transfer function of a recurrent population: a fit.json from 'meanfield fit', or a published "
                    + "coefficient file with its entry (e.g. jcns2018_notebook_fits_and_fixed_points.json#RS). Once per population."})
    List<String> tf = new ArrayList<>();

    @Option(names = "--order", defaultValue = "1", paramLabel = "1|2", description = "Markov order: 1 (rates) or 2 (rates and covariances); default ${DEFAULT-VALUE}.")
    int order;

    @Option(names = "--fluctuations", paramLabel = "FORM",
            description = "textbook or zerlaut2018-legacy (default: each file's own, textbook when it records none; the JCNS 2018 "
                    + "published coefficients need zerlaut2018-legacy).")
    String fluctuations;

    @Option(names = "--adaptation", description = "Add each population's adaptation (a, b, tau_w) as a variable W (di Volo 2019); "
            + "leave it out when the transfer functions were characterised with adaptation (Zerlaut 2018).")
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
