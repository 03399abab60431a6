package org.neurite.cli.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.cli.GlobalOptions;
import org.neurite.cli.OutputPaths;
import org.neurite.cli.Progress;
import org.neurite.cli.Version;
import org.neurite.pointneuron.sim.Population;
import org.neurite.pointneuron.run.Network;
import org.neurite.pointneuron.run.NetworkRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code neurite demo [--out DIR]}: the main job, from a spiking network to a figure and a page
 * that shows everything. Each step writes its files into the output folder and prints one line.
 */
@Command(name = "demo", description = "The main job: the ntwk RS-FS network with an input bump, its figure, "
        + "and index.html with everything (default output folder: out/).")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", defaultValue = "2", description = "Threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw BadInputException.parameter("--threads", "must be >= 1, got " + threads);
        }
        OutputPaths.folder("--out", out);
        PrintWriter o = spec.commandLine().getOut();
        o.println("neurite demo: writing to " + out.toAbsolutePath());
        o.flush();

        // 1. the network
        long t0 = System.nanoTime();
        NetworkRun.Result res;
        try (Progress p = Progress.start("network", global.showProgress())) {
            res = DemoNetwork.run(out, threads, Version.get(), p.listener());
        }
        Network net = res.network();
        o.printf("1. network: %d neurons, %d synapses, %.1f s simulated in %.1f s -> results.h5%n",
                net.populations().stream().mapToInt(Population::size).sum(), net.synapseCount(),
                net.simulation().timeMs() / 1000, (System.nanoTime() - t0) * 1e-9);
        for (String line : res.lines()) {
            o.println("   " + line);
        }
        o.flush();

        // 2. the figure
        JsonValue config = DemoNetwork.config();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Population p : net.populations()) {
            sizes.put(p.name(), p.size());
        }
        List<SpikeRecord> spikes = net.spikeRecords();
        Map<String, NetworkFigure.Rate> rates = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : net.populationRates().entrySet()) {
            String pop = e.getKey().replaceFirst("^rate-", "");
            rates.put(pop, NetworkFigure.Rate.of(pop, e.getValue()));
        }
        NetworkFigure.write(out.resolve("network.png"), DemoNetwork.afferentRate(config), spikes, sizes, net.traces(), rates,
                Map.of(), net.simulation().timeMs());
        o.println("2. figure: input, raster, V_m, population rates -> network.png");
        o.flush();

        // the page
        IndexPage page = new IndexPage("neurite demo");
        page.paragraph(config.getString("description", ""));
        page.heading("1. The network");
        page.preformatted(String.join("\n", summaryLines(res)));
        page.image("network.png", "Afferent input, spikes (excitatory green, inhibitory red), membrane potentials and population rates.");
        page.paragraph("Files: results.h5 (SONATA spikes, traces, rates, parameters), network.json (the network).");
        page.write(out.resolve("index.html"));
        o.println("done: open " + out.resolve("index.html"));
        o.flush();
        return 0;
    }

    private static List<String> summaryLines(NetworkRun.Result res) {
        List<String> lines = new ArrayList<>();
        lines.add("population n_neurons n_spikes mean_rate_Hz");
        lines.addAll(res.lines());
        lines.add(String.format("set-up %.2f s, simulation %.2f s", res.setupSeconds(), res.runSeconds()));
        return lines;
    }
}
