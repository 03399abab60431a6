package org.neurite.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Options every subcommand accepts: {@code --debug} (stack traces) and {@code --[no-]progress}
 * (progress bar on stderr when it is a terminal). Mixed into each command with
 * {@code @Mixin GlobalOptions global;}.
 */
public final class GlobalOptions {
    @Option(names = "--debug", description = "Print stack traces on errors.")
    boolean debug;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on stderr when it is a terminal (default: on; --no-progress turns it off).")
    boolean progress = true;

    /** Whether a progress bar should be drawn. */
    public boolean showProgress() {
        return progress && System.console() != null;
    }

    /** Whether --debug was given. */
    public boolean debug() {
        return debug;
    }

    static boolean debug(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
