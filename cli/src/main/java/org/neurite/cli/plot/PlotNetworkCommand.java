package org.neurite.cli.plot;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neurite.channels.io.BadInputException;
import org.neurite.cli.GlobalOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code neurite plot network results.h5 --out network.png}: raster (excitatory green, inhibitory
 * red, by the configuration's neuron type or else by name), V_m traces when /traces holds
 * potentials, population rates when /rates has them — the panels of the demo's network figure —,
 * then one histogram of the final weights per plastic pathway in /weights and the mean weight of the
 * synapses each weight_recorder recorded against time. No afferent-input panel: results.h5 does not
 * record the drive's rate.
 */
@Command(name = "network", description = "Raster, V_m traces, population rates and plastic weights of a 'neurite network run' results file.")
final class PlotNetworkCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Mixin
    PlotOutput output;

    @Parameters(index = "0", paramLabel = "RESULTS", description = "results.h5 of 'neurite network run'.")
    Path results;

    @Option(names = "--from", defaultValue = "0", paramLabel = "MS", description = "Start of the time axis [ms] (default: ${DEFAULT-VALUE}).")
    double from;

    @Option(names = "--to", paramLabel = "MS", description = "End of the time axis [ms] (default: the end of the run).")
    Double to;

    @Option(names = "--share", defaultValue = "1", paramLabel = "FRACTION",
            description = "Share of each population shown in the raster, the lowest ids (default: ${DEFAULT-VALUE}, everyone).")
    double share;

    @Option(names = "--cells", defaultValue = "2", paramLabel = "N", description = "V_m traces per population (default: ${DEFAULT-VALUE}).")
    int cells;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        output.check(results);
        if (!(share > 0 && share <= 1)) {
            throw BadInputException.parameter("--share", "must be in (0, 1], got " + share);
        }
        if (cells < 0) {
            throw BadInputException.parameter("--cells", "must be >= 0, got " + cells);
        }
        NetworkResults r = NetworkResults.read(results);
        double t1 = to != null ? to : !Double.isNaN(r.tStopMs()) ? r.tStopMs() : lastTime(r);
        if (!(from >= 0) || !(t1 > from)) {
            throw BadInputException.parameter(to != null ? "--to" : "--from", "need 0 <= --from < --to, got " + from + " and " + t1 + " ms");
        }
        Figure f = new Figure(output.width);
        RasterPanel raster = NetworkFigure.raster(r.spikes(), r.sizes(), r::colour, share, from, t1);
        if (!r.spikes().isEmpty()) {
            f.add(raster, 340);
        }
        if (!r.traces().isEmpty() && cells > 0) {
            f.add(NetworkFigure.membrane(r.traces(), r::colour, cells, from, t1), 240);
        }
        if (!r.rates().isEmpty()) {
            f.add(NetworkFigure.rates(r.rates(), Map.of(), r::colour, from, t1), 260);
        }
        r.finalWeights().forEach((pathway, w) -> f.add(NetworkFigure.weightHistogram(pathway, w), 220));
        if (!r.recordedWeights().isEmpty()) {
            f.add(NetworkFigure.recordedWeights(r.recordedWeights(), from, t1), 220);
        }
        output.write(f, spec.commandLine().getOut(), raster.pointCount() + " spikes drawn, " + r);
        return 0;
    }

    private static double lastTime(NetworkResults r) {
        double t = 0;
        for (var s : r.spikes()) {
            for (int k = 0; k < s.size(); k++) {
                t = Math.max(t, s.timeMs(k));
            }
        }
        for (var tr : r.traces()) {
            t = Math.max(t, tr.timeMs(tr.sampleCount() - 1));
        }
        return t;
    }
}
