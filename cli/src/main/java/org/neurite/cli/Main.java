package org.neurite.cli;

import java.io.PrintWriter;
import org.neurite.channels.io.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code neurite} command. Exit codes (see CLI.md): 0 success; 2 bad usage; 65 bad input data,
 * with one line on stderr naming the file and line or the parameter; 1 anything else. No stack
 * trace unless {@code --debug}.
 */
@Command(name = "neurite",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Spiking networks, detailed dendritic cells and mean-field models that share one synapse layer.",
        subcommands = {
            PluginsCommand.class,
            BenchCommand.class,
            ValidateCommand.class,
            org.neurite.cli.demo.DemoCommand.class,
            org.neurite.cli.network.NetworkCommand.class,
            org.neurite.cli.meanfield.MeanfieldCommand.class,
            org.neurite.cli.morphology.MorphologyCommand.class, org.neurite.cli.morphology.CellCommand.class,
            org.neurite.cli.morphology.ReplayCommand.class,
            org.neurite.cli.view.RenderCommand.class, org.neurite.cli.view.ViewCommand.class,
        })
public final class Main implements Runnable {
    /** Exit code for bad input data (sysexits EX_DATAERR). */
    public static final int EXIT_BAD_INPUT = 65;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** Runs the command line; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = GlobalOptions.debug(parseResult);
            Throwable bad = findBadInput(ex);
            if (bad != null) {
                err.println("neurite: " + bad.getMessage());
                if (debug) {
                    bad.printStackTrace(err);
                }
                err.flush();
                return EXIT_BAD_INPUT;
            }
            err.println("neurite: error: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            if (debug) {
                ex.printStackTrace(err);
            } else {
                err.println("(run again with --debug for details)");
            }
            err.flush();
            return 1;
        });
        return cl.execute(args);
    }

    private static Throwable findBadInput(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BadInputException) {
                return t;
            }
        }
        return null;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
