package org.neurite.pointneuron.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.neurite.channels.io.Json;
import org.neurite.channels.spi.BenchWorkload;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.BuiltinNetworks;
import org.neurite.pointneuron.run.Network;
import org.neurite.pointneuron.sim.Population;

/**
 * A network benchmark: builds one of the {@link BuiltinNetworks}, simulates 1 s and reports the
 * set-up and run times with the spikes, rates, synapses and bytes per synapse that show the work.
 */
abstract class NetworkBench implements BenchWorkload {
    private final String name;
    private final String network;
    private final String description;

    NetworkBench(String name, String network, String description) {
        this.name = name;
        this.network = network;
        this.description = description;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Result run(int threads, ProgressListener progress) {
        long t0 = System.nanoTime();
        Network net = new Network(NetworkFile.parse(Json.parse(text(network), network + ".json"),
                new NetworkFile.Overrides(null, 1000.0, null)), threads);
        long t1 = System.nanoTime();
        net.run(progress);
        long t2 = System.nanoTime();
        Map<String, String> fig = new LinkedHashMap<>();
        fig.put("network", network + " (" + net.populations().stream().mapToInt(Population::size).sum() + " neurons, "
                + String.format(Locale.ROOT, "%.0f ms, dt %.2f ms)", net.simulation().timeMs(), net.config().dtMs()));
        long total = 0;
        for (Population p : net.populations()) {
            long s = net.spikeCount(p.index());
            total += s;
            fig.put("spikes " + p.name(), String.format(Locale.ROOT, "%d (%.3f Hz)", s, s * 1000.0 / (p.size() * net.simulation().timeMs())));
        }
        fig.put("spikes total", Long.toString(total));
        fig.put("synapses", Long.toString(net.synapseCount()));
        fig.put("bytes per synapse", String.format(Locale.ROOT, "%.2f", net.connectionBytes() / (double) Math.max(1, net.synapseCount())));
        return new Result((t1 - t0) * 1e-9, (t2 - t1) * 1e-9, fig);
    }

    /** The network file's text (a shipped network's; a workload may edit it). */
    String text(String network) {
        return BuiltinNetworks.text(network);
    }

    /** {@code coba}. */
    public static final class Coba extends NetworkBench {
        public Coba() {
            super("coba", "coba_brian2", "Brette 2007 COBA, 4000 LIF (Brian2 semantics), 1 s, dt 0.1 ms; Brian2 2.5 C++ standalone 0.10-0.12 s, NEST 3.10 10-13 s (1 thread, this machine)");
        }
    }

    /** {@code coba-nest}. */
    public static final class CobaNest extends NetworkBench {
        public CobaNest() {
            super("coba-nest", "coba", "Brette 2007 COBA with NEST's iaf_cond_exp and fixed in-degree, 4000 cells, 1 s, dt 0.1 ms");
        }
    }

    /** {@code rsfs}. */
    public static final class Rsfs extends NetworkBench {
        public Rsfs() {
            super("rsfs", "rsfs_demo", "ntwk RS-FS demo, 5000 AdEx, 1 s; Brian2 2.5 C++ standalone 1.2-1.4 s, NEST 3.10 26-36 s (1 thread, this machine)");
        }
    }

    /** {@code brunel}. */
    public static final class Brunel extends NetworkBench {
        public Brunel() {
            super("brunel", "brunel_panel_c", "Brunel 2000 panel C, 12 500 iaf_psc_delta, C_E 1000, 1 s; NEST 3.10 37-69 s (1 thread, this machine)");
        }
    }

    /** {@code coba-stdp}: coba-nest with NEST's stdp_synapse on every excitatory synapse. */
    public static final class CobaStdp extends NetworkBench {
        static final String STATIC = "\"indegree\": 64}, \"weight\": 6.0}";

        public CobaStdp() {
            super("coba-stdp", "coba", "coba-nest with stdp_synapse on its 256 000 excitatory synapses (Wmax 12 nS, lambda 0.005,"
                    + " alpha 1.05, mu 1), 1 s, dt 0.1 ms: the cost of plasticity against coba-nest");
        }

        @Override
        String text(String network) {
            String t = BuiltinNetworks.text(network);
            if (!t.contains(STATIC)) {
                throw new IllegalStateException("coba.json changed: the stdp bench does not find its excitatory connection");
            }
            return t.replace(STATIC, "\"indegree\": 64}, \"weight\": 6.0, \"synapse_model\": \"stdp_synapse\", \"Wmax\": 12.0,"
                    + " \"lambda\": 0.005, \"alpha\": 1.05}");
        }
    }
}
