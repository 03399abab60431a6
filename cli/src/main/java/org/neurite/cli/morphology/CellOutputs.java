package org.neurite.cli.morphology;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.neurite.cli.GlobalOptions;
import org.neurite.cli.OutputPaths;
import org.neurite.cli.Progress;
import org.neurite.morphology.cell.CellRun;
import picocli.CommandLine.Option;

/** What {@code cell run} and {@code replay} write: cell.h5 ({@code --out}) and optionally the probe CSV ({@code --csv}). */
final class CellOutputs {
    @Option(names = "--out", paramLabel = "FILE", defaultValue = "cell.h5", description = "HDF5 output (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the probe traces as CSV (t_ms, v_<probe>_mV, ...).")
    Path csv;

    /** Checks the output paths before any work: not a folder, not one of the inputs, not each other. */
    void check(Path... inputs) {
        OutputPaths.file("--out", out, inputs);
        OutputPaths.file("--csv", csv, inputs);
        OutputPaths.distinct("--csv", csv, "--out", out);
    }

    /** Runs the prepared cell with a progress bar, writes the files and prints the run's summary. */
    int runAndWrite(CellRun run, String progressName, GlobalOptions global, PrintWriter w) {
        try (Progress p = Progress.start(progressName, global.showProgress())) {
            run.run(p.listener());
        }
        run.writeHdf5(out);
        if (csv != null) {
            run.writeCsv(csv);
        }
        for (String line : run.summary()) {
            w.println(line);
        }
        w.flush();
        return 0;
    }
}
