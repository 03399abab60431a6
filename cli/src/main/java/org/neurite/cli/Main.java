package org.neurite.cli;

import java.io.PrintWriter;
import java.util.List;
import org.neurite.channels.io.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
            org.neurite.cli.plot.PlotCommand.class,
        })
public final class Main implements Runnable {
    /** Exit code for bad input data (sysexits EX_DATAERR). */
    public static final int EXIT_BAD_INPUT = 65;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", description = "Print stack traces on errors (also accepted after the subcommand).")
    boolean debug;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required ("
                + String.join(", ", spec.subcommands().keySet()) + ")");
    }

    /**
     * Runs the command line; returns the exit code. Whatever goes wrong, stderr gets exactly one line
     * starting {@code neurite: } (followed by the stack trace with {@code --debug}).
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        addHelpOption(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, arguments) -> usageError(ex, err));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                failure(ex, GlobalOptions.debug(parseResult), err));
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            // errors picocli does not hand to the handler (an Error thrown by a command, e.g. out of memory)
            return failure(e, List.of(args).contains("--debug"), err);
        }
    }

    /**
     * Gives every subcommand -h/--help (the root has it from mixinStandardHelpOptions), so that the
     * "see 'neurite … --help'" of every usage error works.
     */
    static void addHelpOption(CommandLine c) {
        CommandLine.Model.CommandSpec spec = c.getCommandSpec();
        if (spec.findOption("--help") == null) {
            spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        for (CommandLine sub : c.getSubcommands().values()) {
            addHelpOption(sub);
        }
    }

    /** Bad usage: one line naming the option or argument, and where the help is; exit 2. */
    private static int usageError(CommandLine.ParameterException ex, PrintWriter err) {
        CommandLine c = ex.getCommandLine();
        StringBuilder line = new StringBuilder("neurite: ").append(oneLine(ex.getMessage()));
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            line.append(" (did you mean ").append(String.join(" or ", u.getSuggestions())).append("?)");
        }
        line.append("; see '").append(c.getCommandSpec().qualifiedName()).append(" --help'");
        err.println(line);
        err.flush();
        return c.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** A command failed: 65 with the bad input's one-line message, else 1. */
    private static int failure(Throwable ex, boolean debug, PrintWriter err) {
        Throwable bad = findBadInput(ex);
        int code;
        if (bad != null) {
            err.println("neurite: " + oneLine(bad.getMessage()));
            code = EXIT_BAD_INPUT;
        } else {
            err.println("neurite: error: " + oneLine(describe(ex)) + (debug ? "" : " (run again with --debug for details)"));
            code = 1;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static String describe(Throwable ex) {
        if (ex instanceof OutOfMemoryError) {
            return "out of memory (" + ex.getMessage() + "); give Java more, e.g. NEURITE_JAVA_OPTS=-Xmx8g";
        }
        if (ex instanceof StackOverflowError) {
            return "stack overflow; give Java a larger stack, e.g. NEURITE_JAVA_OPTS=-Xss64m";
        }
        return ex.getMessage() != null && !ex.getMessage().isBlank() ? ex.getMessage() : ex.toString();
    }

    /** Joins a message's lines: the contract is one line on stderr. */
    static String oneLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
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
