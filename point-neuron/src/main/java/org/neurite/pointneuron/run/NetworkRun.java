package org.neurite.pointneuron.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.pointneuron.config.NetworkConfig;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.io.ResultsFile;
import org.neurite.pointneuron.sim.Population;

/**
 * {@code neurite network run} as a library call: reads a network file (neurite format or ntwk
 * params), builds, simulates, writes results.h5 and returns one summary line per population:
 * {@code <population> <n_neurons> <n_spikes> <mean_rate_Hz>} (all neurons of the population,
 * recorded or not; rate = spikes / (n · tstop)).
 */
public final class NetworkRun {
    private NetworkRun() {
    }

    /**
     * Options of a run.
     *
     * @param overrides dt / tstop / seed from the command line
     * @param threads number of threads
     * @param out results file, or null for none
     * @param version neurite version written to the file
     */
    public record Options(NetworkFile.Overrides overrides, int threads, Path out, String version) {
    }

    /**
     * The result of a run.
     *
     * @param network the simulated network
     * @param lines the per-population summary lines
     * @param setupSeconds build time [s]
     * @param runSeconds simulation time [s]
     */
    public record Result(Network network, List<String> lines, double setupSeconds, double runSeconds) {
    }

    /** Runs a network file. */
    public static Result run(Path config, Options options, ProgressListener progress) {
        if (options.threads() < 1) {
            throw org.neurite.channels.io.BadInputException.parameter("--threads", "must be >= 1, got " + options.threads());
        }
        long t0 = System.nanoTime();
        NetworkConfig cfg = NetworkFile.read(config, options.overrides());
        Network net = new Network(cfg, options.threads());
        long t1 = System.nanoTime();
        net.run(progress);
        long t2 = System.nanoTime();
        if (options.out() != null) {
            ResultsFile.write(net, options.out(), options.version());
        }
        return new Result(net, summary(net), (t1 - t0) * 1e-9, (t2 - t1) * 1e-9);
    }

    /** The per-population summary lines. */
    public static List<String> summary(Network net) {
        List<String> lines = new ArrayList<>();
        double t = net.simulation().timeMs();
        for (Population p : net.populations()) {
            long spikes = net.spikeCount(p.index());
            double rate = p.size() > 0 && t > 0 ? spikes * 1000.0 / (p.size() * t) : 0.0;
            lines.add(String.format(Locale.ROOT, "%s %d %d %.4f", p.name(), p.size(), spikes, rate));
        }
        return lines;
    }
}
