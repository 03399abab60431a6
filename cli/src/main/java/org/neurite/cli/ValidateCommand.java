package org.neurite.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.spi.Plugins;
import org.neurite.channels.spi.ValidationCase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code neurite validate [--refs DIR]}: runs the built-in validation cases (analytic ones always,
 * data-based ones when DIR holds their reference folders) and prints a pass/fail table with each
 * case's error and tolerance. Exit code 1 when a case fails.
 */
@Command(name = "validate", description = "Run the validation cases against their references; print a pass/fail table (exit 1 if any fails).")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--refs", paramLabel = "DIR", description = "Folder holding the reference data (e.g. ../shared/validation); without it only analytic cases run.")
    Path refs;

    @Option(names = "--only", paramLabel = "TEXT", description = "Run only the cases whose name contains TEXT.")
    String only;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static List<ValidationCase> cases() {
        return Plugins.services(ValidationCase.class, ValidationCase::name);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (refs != null && !Files.isDirectory(refs)) {
            throw BadInputException.parameter("--refs", refs + " is not a folder");
        }
        List<ValidationCase> all = cases().stream().filter(c -> only == null || c.name().contains(only)).toList();
        int width = all.stream().mapToInt(c -> c.name().length()).max().orElse(4);
        String row = "%-" + width + "s  %-6s %12s %12s  %s%n";
        out.printf(row, "case", "result", "error", "tolerance", "measure / reference");
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (ValidationCase c : all) {
            Path data = null;
            if (c.dataFolder() != null) {
                data = refs == null ? null : refs.resolve(c.dataFolder());
                if (data == null || !Files.isDirectory(data)) {
                    out.printf(row, c.name(), "SKIP", "-", "-", refs == null
                            ? "needs reference data (--refs DIR with " + c.dataFolder() + "/)"
                            : "no " + c.dataFolder() + "/ in " + refs);
                    skipped++;
                    out.flush();
                    continue;
                }
            }
            try {
                ValidationCase.Result r = c.run(data);
                boolean ok = r.passed();
                out.printf(row, c.name(), ok ? "PASS" : "FAIL", fmt(r.error()), fmt(r.tolerance()),
                        r.measure() + " — " + c.reference() + (r.detail().isEmpty() ? "" : " (" + r.detail() + ")"));
                if (ok) {
                    passed++;
                } else {
                    failed++;
                }
            } catch (RuntimeException e) {
                out.printf(row, c.name(), "FAIL", "-", "-", "error: " + e.getMessage());
                failed++;
            }
            out.flush();
        }
        out.printf("%d passed, %d failed, %d skipped%n", passed, failed, skipped);
        out.flush();
        return failed > 0 ? 1 : 0;
    }

    private static String fmt(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        return String.format("%.3g", d);
    }
}
