package org.neurite.cli.meanfield;

import org.neurite.cli.GlobalOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code neurite meanfield …}: transfer functions and Markovian mean-field models. */
@Command(name = "meanfield",
        description = "Transfer functions (characterise, fit) and Markovian mean-field dynamics of network configs (run, compare; "
                + "transfer functions obtained and cached automatically when not given).",
        subcommands = {CharacterizeCommand.class, FitCommand.class, RunCommand.class, CompareCommand.class})
public final class MeanfieldCommand implements Runnable {
    @Mixin
    GlobalOptions global;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (characterize, fit, run, compare)");
    }
}
