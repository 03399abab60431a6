package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every usage error ends with "see 'neurite … --help'": so {@code --help} (and {@code -h}) must work
 * on every command and subcommand — exit 0, the usage of that command on stdout, nothing on stderr,
 * even when the command's required arguments are missing.
 */
class HelpTest {
    static Stream<String> commands() {
        List<String> out = new ArrayList<>();
        walk(new CommandLine(new Main()), "", out);
        return out.stream();
    }

    private static void walk(CommandLine c, String path, List<String> out) {
        for (var e : c.getSubcommands().entrySet()) {
            String p = (path + " " + e.getKey()).trim();
            out.add(p);
            walk(e.getValue(), p, out);
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpWorksOnEveryCommand(String command) {
        for (String flag : new String[] {"--help", "-h"}) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add(flag);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.execute(args.toArray(new String[0]), new PrintWriter(out, true), new PrintWriter(err, true));
            assertEquals(0, code, command + " " + flag + ": " + err);
            assertEquals("", err.toString(), command + " " + flag);
            assertTrue(out.toString().startsWith("Usage: neurite " + command), command + " " + flag + ": " + out);
        }
    }
}
