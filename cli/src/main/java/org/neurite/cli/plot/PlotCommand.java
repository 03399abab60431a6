package org.neurite.cli.plot;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code neurite plot}: PNG figures of files other commands wrote. */
@Command(name = "plot", description = "PNG figures of results: a network run, a cell run, transfer-function data and fit.",
        subcommands = {PlotNetworkCommand.class, PlotCellCommand.class, PlotTfCommand.class})
public final class PlotCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (network, cell, tf)");
    }
}
