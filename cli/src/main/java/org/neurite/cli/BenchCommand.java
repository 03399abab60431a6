package org.neurite.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.spi.Plugins;
import org.neurite.channels.spi.BenchWorkload;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code neurite bench WORKLOAD}: runs a benchmark workload and prints its timings and figures. */
@Command(name = "bench", description = "Run a benchmark workload; prints setup and run seconds and the figures that show the work was the same.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", arity = "0..1", paramLabel = "WORKLOAD", description = "Workload name; omit to list them.")
    String name;

    @Option(names = "--threads", defaultValue = "1", description = "Threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--repeat", defaultValue = "1", description = "Runs of the workload (each reported; default: ${DEFAULT-VALUE}).")
    int repeat;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static List<BenchWorkload> workloads() {
        return Plugins.services(BenchWorkload.class, BenchWorkload::name);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<BenchWorkload> all = workloads();
        if (name == null) {
            for (BenchWorkload w : all) {
                out.printf("  %-12s %s%n", w.name(), w.description());
            }
            out.flush();
            return 0;
        }
        if (threads < 1) {
            throw BadInputException.parameter("--threads", "must be >= 1, got " + threads);
        }
        if (repeat < 1) {
            throw BadInputException.parameter("--repeat", "must be >= 1, got " + repeat);
        }
        BenchWorkload w = all.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() ->
                BadInputException.parameter("WORKLOAD", "unknown workload \"" + name + "\" (known: "
                        + String.join(", ", all.stream().map(BenchWorkload::name).toList()) + ")"));
        out.println(w.name() + ": " + w.description());
        for (int r = 0; r < repeat; r++) {
            BenchWorkload.Result res;
            try (Progress p = Progress.start(w.name(), global.showProgress())) {
                res = w.run(threads, p.listener());
            }
            out.printf("run %d: setup %.3f s, run %.3f s, threads %d%n", r + 1, res.setupSeconds(), res.runSeconds(), threads);
            for (Map.Entry<String, String> e : res.figures().entrySet()) {
                out.printf("  %s: %s%n", e.getKey(), e.getValue());
            }
            out.flush();
        }
        return 0;
    }
}
