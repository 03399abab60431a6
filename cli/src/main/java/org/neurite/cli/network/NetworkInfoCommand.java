package org.neurite.cli.network;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.neurite.cli.GlobalOptions;
import org.neurite.pointneuron.run.NetworkInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code neurite network info CONFIG}: populations, sizes, connections per pathway. */
@Command(name = "info", description = "Describe a network file: populations, sizes, connections per pathway, devices.")
final class NetworkInfoCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "Network file: neurite JSON or an ntwk params.json.")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        for (String line : NetworkInfo.describe(config)) {
            o.println(line);
        }
        o.flush();
        return 0;
    }
}
