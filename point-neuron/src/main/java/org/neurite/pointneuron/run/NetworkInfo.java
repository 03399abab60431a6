package org.neurite.pointneuron.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neurite.pointneuron.build.MetaGroup;
import org.neurite.pointneuron.build.SynapseModel;
import org.neurite.pointneuron.config.NetworkConfig;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.sim.Population;

/**
 * {@code neurite network info} as a library call: builds the network (connections included, no
 * simulation) and describes populations, sizes, models, connections per pathway and memory.
 */
public final class NetworkInfo {
    private NetworkInfo() {
    }

    /** The description lines of a network file. */
    public static List<String> describe(Path config) {
        NetworkConfig cfg = NetworkFile.read(config);
        Network net = new Network(cfg, 1);
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "network %s: dt %.4g ms, tstop %.6g ms, seed %d", config.getFileName(), cfg.dtMs(),
                cfg.tstopMs(), cfg.seed()));
        out.add("populations:");
        for (Population p : net.populations()) {
            out.add(String.format(Locale.ROOT, "  %s %d %s %s ports %s", p.name(), p.size(), p.group().model(),
                    p.group().neuronType() > 0 ? "excitatory" : "inhibitory", p.block().portNames()));
        }
        for (MetaGroup m : cfg.population().metaGroupList()) {
            out.add(String.format(Locale.ROOT, "  meta-group %s %d", m.name(), m.size()));
        }
        out.add("connections:");
        for (Map.Entry<String, Long> e : net.synapsesPerPathway().entrySet()) {
            String model = "";
            for (NetworkConfig.Connection c : cfg.connections()) {
                SynapseModel m = c.plasticity();
                if (c.pathway().equals(e.getKey()) && m != null) {
                    model = " " + m.describe();
                }
            }
            out.add(String.format(Locale.ROOT, "  %s %d%s", e.getKey(), e.getValue(), model));
        }
        long syn = net.synapseCount();
        out.add(String.format(Locale.ROOT, "total %d synapses, %.2f bytes per synapse", syn,
                syn > 0 ? net.connectionBytes() / (double) syn : 0.0));
        out.add("devices: " + cfg.devices().size());
        for (NetworkConfig.Device d : cfg.devices()) {
            if (d.type().equals(org.neurite.pointneuron.config.DeviceTypes.WEIGHT_RECORDER)) {
                out.add(String.format(Locale.ROOT, "  %s %s -> pathway %s", d.type(), d.name(), d.targetName()));
            } else {
                out.add(String.format(Locale.ROOT, "  %s %s -> %s (%d neurons)", d.type(), d.name(), d.targetName(), d.targets().length));
            }
        }
        return out;
    }
}
