package org.neurite.cli.network;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.neurite.channels.io.BadInputException;
import org.neurite.cli.GlobalOptions;
import org.neurite.cli.OutputPaths;
import org.neurite.cli.Progress;
import org.neurite.cli.Version;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.NetworkRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code neurite network run CONFIG}: simulates a network file and writes results.h5; prints one
 * line per population: {@code <population> <n_neurons> <n_spikes> <mean_rate_Hz>}.
 */
@Command(name = "run", description = "Simulate a network file (neurite JSON or ntwk params.json) and write the results as HDF5.")
final class NetworkRunCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "Network file: neurite JSON or an ntwk params.json.")
    Path config;

    @Option(names = "--out", defaultValue = "results.h5", description = "Results file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--tstop", paramLabel = "MS", description = "Duration [ms] (default: the file's).")
    Double tstop;

    @Option(names = "--dt", paramLabel = "MS", description = "Step [ms] (default: the file's).")
    Double dt;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the file's).")
    Long seed;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Threads (default: ${DEFAULT-VALUE}); the spikes do not depend on it.")
    int threads;

    @Option(names = "--timing", description = "Also print set-up and run seconds on stderr.")
    boolean timing;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw BadInputException.parameter("--threads", "must be >= 1, got " + threads);
        }
        if (tstop != null && !(tstop >= 0 && tstop < Double.POSITIVE_INFINITY)) {
            throw BadInputException.parameter("--tstop", "must be >= 0 and finite [ms], got " + tstop);
        }
        if (dt != null && !(dt > 0 && dt < Double.POSITIVE_INFINITY)) {
            throw BadInputException.parameter("--dt", "must be > 0 and finite [ms], got " + dt);
        }
        OutputPaths.file("--out", out, config);
        NetworkRun.Result r;
        try (Progress p = Progress.start("network", global.showProgress())) {
            r = NetworkRun.run(config, new NetworkRun.Options(new NetworkFile.Overrides(dt, tstop, seed), threads, out, Version.get()),
                    p.listener());
        }
        PrintWriter o = spec.commandLine().getOut();
        for (String line : r.lines()) {
            o.println(line);
        }
        o.flush();
        if (timing) {
            PrintWriter e = spec.commandLine().getErr();
            e.printf(Locale.ROOT, "setup %.3f s, run %.3f s, %d synapses, results in %s%n", r.setupSeconds(), r.runSeconds(),
                    r.network().synapseCount(), out);
            e.flush();
        }
        return 0;
    }
}
