package org.neurite.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.neurite.channels.spi.ParameterSpec;
import org.neurite.channels.spi.Plugin;
import org.neurite.channels.spi.PluginKind;
import org.neurite.channels.spi.Plugins;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code neurite plugins}: lists the neuron models, connection rules, receptors, channels and sources found. */
@Command(name = "plugins", description = "List neuron models, connection rules, receptors, channels and sources found on the class path.")
final class PluginsCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = {"-v", "--verbose"}, description = "Also list each plugin's parameters (unit, default, range).")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Plugin> all = Plugins.all();
        for (PluginKind kind : PluginKind.values()) {
            List<Plugin> ofKind = all.stream().filter(p -> p.kind() == kind).toList();
            out.println(kind.title() + " (" + ofKind.size() + "):");
            int width = ofKind.stream().mapToInt(p -> p.name().length()).max().orElse(0);
            for (Plugin p : ofKind) {
                out.printf("  %-" + width + "s  %s%n", p.name(), p.description());
                if (verbose) {
                    for (ParameterSpec s : p.parameters()) {
                        String dflt = s.required() ? "required" : "default " + format(s.defaultValue());
                        out.printf("  %" + width + "s    %s [%s] %s, %s: %s%n", "", s.name(), s.unit(), dflt, s.rangeText(), s.description());
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

    private static String format(double d) {
        if (d == Double.MAX_VALUE) {
            return "none";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e12 ? Long.toString((long) d) : Double.toString(d);
    }
}
