package org.neurite.cli.meanfield;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neurite.cli.GlobalOptions;
import org.neurite.cli.Progress;
import org.neurite.meanfield.auto.NetworkTransferFunctions;
import org.neurite.meanfield.auto.TfCache;
import org.neurite.meanfield.network.NetworkMapping;
import org.neurite.meanfield.tf.Coefficients;
import org.neurite.pointneuron.run.Network;

/**
 * The transfer functions of {@code meanfield run} and {@code compare}: the {@code --tf} ones, the
 * rest from the cache or characterised (progress bar "characterize"); one line per population on
 * stdout saying where each came from (with the fit RMS and the characterisation time), warnings
 * on stderr.
 */
final class TransferFunctions {
    /** The help paragraph of run and compare. */
    static final String HELP = "Transfer functions: --tf POP=FILE where given; for the other populations neurite characterises "
            + "the population's cell as the network simulates it (single cells under Poisson input over the rates the network "
            + "can give, in parallel, seeded), fits the zerlaut2018 template and caches the result (--tf-cache DIR, $"
            + TfCache.ENV + ", $XDG_CACHE_HOME/neurite/tf or ~/.cache/neurite/tf), so the next run reads it. One line per "
            + "population says where its transfer function came from, with the fit RMS and the characterisation time.";

    private TransferFunctions() {
    }

    static Map<String, Coefficients> obtain(Network net, NetworkMapping.Mapping mapping, MeanFieldOptions mf, GlobalOptions global,
                                            PrintWriter out, PrintWriter err) {
        Map<String, Coefficients> given = mf.coefficients();
        NetworkTransferFunctions.checkGiven(mapping, given);
        List<String> warnings = new ArrayList<>();
        boolean missing = mapping.populations().stream().anyMatch(p -> !given.containsKey(p.name()));
        TfCache cache = missing ? mf.cache(warnings) : null;
        int threads = Runtime.getRuntime().availableProcessors();
        NetworkTransferFunctions.Result r;
        try (Progress p = Progress.start("characterize", global.showProgress() && missing)) {
            r = NetworkTransferFunctions.resolve(net, mapping, given, new NetworkTransferFunctions.Options(mf.form(), mf.adaptation,
                    threads, cache), p.listener());
        }
        warnings.addAll(r.warnings());
        for (String w : warnings) {
            err.println("warning: " + w);
        }
        err.flush();
        for (NetworkTransferFunctions.Outcome o : r.outcomes()) {
            out.println(o.describe());
        }
        long characterised = r.outcomes().stream().filter(o -> o.origin() == NetworkTransferFunctions.Origin.CHARACTERISED).count();
        if (characterised > 0) {
            out.printf(Locale.ROOT, "characterisation: %d population%s in %.1f s on %d thread%s%n", characterised,
                    characterised > 1 ? "s" : "", r.characterisationSeconds(), threads, threads > 1 ? "s" : "");
        }
        out.flush();
        return r.coefficients();
    }
}
