package org.neurite.cli.network;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code neurite network}: run or describe a network file (neurite JSON or ntwk params.json). */
@Command(name = "network", description = "Spiking networks of point neurons: run a network file or describe it.",
        subcommands = {NetworkRunCommand.class, NetworkInfoCommand.class})
public final class NetworkCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (run, info)");
    }
}
