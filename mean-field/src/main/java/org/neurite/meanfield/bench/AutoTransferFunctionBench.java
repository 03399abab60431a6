package org.neurite.meanfield.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.neurite.channels.spi.BenchWorkload;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.meanfield.auto.NetworkTransferFunctions;
import org.neurite.meanfield.network.NetworkMapping;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.BuiltinNetworks;
import org.neurite.pointneuron.run.Network;

/**
 * {@code neurite bench meanfield-auto-tf}: what {@code meanfield run} does on a cache miss for JCNS
 * 2018 CONFIG1 ({@code rsfs_config1}): the RS and FS cells characterised over the input rates the
 * network can give them (adaptive grid, pre-scan and final scan) and fitted, without a cache. Set-up
 * is building and mapping the network. The figures (grid points, fit RMS) are the same for any
 * thread count; the run time is what a user waits for the first time.
 */
public final class AutoTransferFunctionBench implements BenchWorkload {
    @Override
    public String name() {
        return "meanfield-auto-tf";
    }

    @Override
    public String description() {
        return "automatic transfer functions of CONFIG1 (RS + FS AdExp, adaptive grid, fit), no cache";
    }

    @Override
    public Result run(int threads, ProgressListener progress) {
        long t0 = System.nanoTime();
        Network net = new Network(BuiltinNetworks.config("rsfs_config1", NetworkFile.Overrides.NONE), 1);
        NetworkMapping.Mapping mapping = NetworkMapping.map(net);
        double setup = (System.nanoTime() - t0) * 1e-9;
        long t1 = System.nanoTime();
        NetworkTransferFunctions.Result r = NetworkTransferFunctions.resolve(net, mapping, Map.of(),
                new NetworkTransferFunctions.Options(null, false, threads, null), progress);
        double runS = (System.nanoTime() - t1) * 1e-9;
        Map<String, String> fig = new LinkedHashMap<>();
        for (NetworkTransferFunctions.Outcome o : r.outcomes()) {
            fig.put(o.population() + " points", Integer.toString(o.points()));
            fig.put(o.population() + " fit RMS [Hz]", String.format("%.4f", o.rmsHz()));
            fig.put(o.population() + " seconds", String.format("%.2f", o.seconds()));
        }
        return new Result(setup, runS, fig);
    }
}
