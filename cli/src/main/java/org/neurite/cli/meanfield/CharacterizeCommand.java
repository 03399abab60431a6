package org.neurite.cli.meanfield;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurite.channels.io.BadInputException;
import org.neurite.cli.GlobalOptions;
import org.neurite.cli.OutputPaths;
import org.neurite.cli.Progress;
import org.neurite.meanfield.characterize.CellSpec;
import org.neurite.meanfield.characterize.Characterization;
import org.neurite.meanfield.characterize.CharacterizationResult;
import org.neurite.meanfield.characterize.TfFile;
import org.neurite.meanfield.tf.TfData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code neurite meanfield characterize CELL.json --out tf.h5}: the transfer function by simulation. */
@Command(name = "characterize",
        description = {"Simulate one cell type on a grid of input rates (seeds x points, in parallel) and write the "
                + "output rates to HDF5.", "CELL.json: model, parameters, synapses, grid, seeds, duration_ms (see the "
                + "Javadoc of org.neurite.meanfield.characterize.CellSpec)."})
final class CharacterizeCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "CELL.json", description = "The characterisation to run.")
    Path cell;

    @Option(names = "--out", required = true, paramLabel = "tf.h5", description = "Output HDF5 file.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw BadInputException.parameter("--threads", "must be >= 1, got " + n);
        }
        OutputPaths.file("--out", out, cell);
        CellSpec s = CellSpec.read(cell);
        long t0 = System.nanoTime();
        CharacterizationResult r;
        try (Progress p = Progress.start("characterize", global.showProgress())) {
            r = Characterization.run(s, n, p.listener());
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        TfFile.write(out, r);
        TfData d = r.data();
        o.printf("%s: %d points x %d cells x %.0f ms of %s in %.1f s (%d threads)%n", cell, d.size(), s.seeds(), s.durationMs(),
                s.model(), seconds, n);
        StringBuilder head = new StringBuilder();
        for (var pw : d.pathways()) {
            head.append(String.format("%10s", pw.name() + "_Hz"));
        }
        o.println(head + "     mean_Hz       sd_Hz");
        for (int k = 0; k < d.size(); k++) {
            StringBuilder row = new StringBuilder();
            for (double r0 : d.ratesHz()[k]) {
                row.append(String.format("%10.4g", r0));
            }
            o.printf("%s  %10.4f  %10.4f%n", row, d.meanHz()[k], d.sdHz()[k]);
        }
        o.println("wrote " + out);
        o.flush();
        return 0;
    }
}
