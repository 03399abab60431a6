package org.neurite.cli.morphology;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurite.cli.GlobalOptions;
import org.neurite.cli.OutputPaths;
import org.neurite.morphology.io.MorphologyFile;
import org.neurite.morphology.io.SwcConvention;
import org.neurite.morphology.report.MorphologyReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code neurite morphology …}: commands about morphology files. */
@Command(name = "morphology", description = "Inspect, convert and generate SWC and NeuroML2 morphologies.",
        subcommands = {MorphologyCommand.Info.class, MorphologyCommand.Convert.class, RallTreeCommand.class})
public final class MorphologyCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (info, convert, rall-tree)");
    }

    /** --cell picks one of a NeuroML file's cells; an SWC file holds one cell, so --cell there is a mistake. */
    static MorphologyFile cellOnlyForNeuroml(MorphologyFile f, String cell) {
        if (cell != null && f.neuroml() == null) {
            throw org.neurite.channels.io.BadInputException.parameter("--cell", "picks a cell of a NeuroML file; "
                    + f.file() + " is an SWC file (one cell)");
        }
        return f;
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
            MorphologyReport r = MorphologyReport.of(cellOnlyForNeuroml(MorphologyFile.read(file, c, cell), cell));
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? r.json() : r.text());
            out.flush();
            return 0;
        }
    }

    /** {@code neurite morphology convert IN --out OUT}: SWC → NeuroML2 (or NeuroML2/SWC → SWC). */
    @Command(name = "convert", description = "Convert a morphology: the output format follows --out's extension "
            + "(.nml: a NeuroML2 cell with cable and type groups; .swc: SWC samples).")
    static final class Convert implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "IN", description = "An SWC or NeuroML2 file.")
        Path in;

        @Option(names = "--out", paramLabel = "OUT", required = true, description = "Output file (.nml or .swc).")
        Path out;

        @Option(names = "--convention", paramLabel = "neuron|strict", defaultValue = "strict",
                description = "SWC convention for reading IN (default: ${DEFAULT-VALUE}, geometry as written).")
        String convention;

        @Option(names = "--cell", paramLabel = "ID", description = "NeuroML cell id (input; default: the first cell).")
        String cell;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            boolean nml = name.endsWith(".nml") || name.endsWith(".xml");
            if (!nml && !name.endsWith(".swc")) {
                throw org.neurite.channels.io.BadInputException.parameter("--out", "must end in .nml or .swc, got " + out);
            }
            SwcConvention c = Conventions.parse(convention);
            OutputPaths.file("--out", out, in);
            MorphologyFile f = cellOnlyForNeuroml(MorphologyFile.read(in, c, cell), cell);
            String id = in.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_]", "_");
            String note = "converted from " + in.getFileName() + " by neurite";
            if (nml) {
                org.neurite.morphology.io.NeuromlWriter.write(f.morphology(), id, java.util.List.of(note), out);
            } else {
                org.neurite.morphology.io.SwcWriter.write(org.neurite.morphology.io.SwcWriter.records(f.morphology(), id),
                        java.util.List.of(note), out);
            }
            PrintWriter w = spec.commandLine().getOut();
            w.println("wrote " + out + " (" + f.morphology().sectionCount() + " sections)");
            w.flush();
            return 0;
        }
    }
}
