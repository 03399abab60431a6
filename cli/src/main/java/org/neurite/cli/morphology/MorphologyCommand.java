package org.neurite.cli.morphology;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurite.cli.GlobalOptions;
import org.neurite.morphology.io.MorphologyFile;
import org.neurite.morphology.io.SwcConvention;
import org.neurite.morphology.report.MorphologyReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code neurite morphology …}: commands about morphology files. */
@Command(name = "morphology", description = "Inspect SWC and NeuroML2 morphologies.",
        subcommands = {MorphologyCommand.Info.class})
public final class MorphologyCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (info)");
    }

    /** {@code neurite morphology info FILE [--json]}. */
    @Command(name = "info", description = "Counts, sections, length and membrane area per type, branch points, "
            + "max path distance, soma convention, and every problem found (file:line).")
    static final class Info implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "FILE", description = "An SWC or NeuroML2 (.nml) file.")
        Path file;

        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Option(names = "--convention", paramLabel = "neuron|strict", defaultValue = "neuron",
                description = "SWC convention: neuron (NEURON's Import3d: soma one section, neurites at soma(0.5)) "
                        + "or strict (geometry as written). Default: ${DEFAULT-VALUE}.")
        String convention;

        @Option(names = "--cell", paramLabel = "ID", description = "NeuroML cell id (default: the first cell).")
        String cell;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            SwcConvention c = Conventions.parse(convention);
            MorphologyReport r = MorphologyReport.of(MorphologyFile.read(file, c, cell));
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? r.json() : r.text());
            out.flush();
            return 0;
        }
    }
}
