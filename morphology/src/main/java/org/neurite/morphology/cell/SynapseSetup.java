package org.neurite.morphology.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurite.channels.input.SpikeSource;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.channels.spi.Plugins;
import org.neurite.channels.spi.SpikeSourcePlugin;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.synapse.CellSynapses;
import org.neurite.morphology.synapse.PlacementDomain;
import org.neurite.morphology.synapse.RecordedSpikes;
import org.neurite.morphology.synapse.ReplayMapping;
import org.neurite.morphology.synapse.SitePlacement;
import org.neurite.morphology.synapse.SynapseGroup;
import org.neurite.morphology.tree.Location;

/**
 * Turns a spec's {@link SynapseSpec} into the {@link CellSynapses} of a built cell: regions and
 * locations resolved on the morphology, sites placed, sources made, recorded populations mapped.
 * Random streams per group come from (group seed, what, group name), so groups do not disturb each
 * other and the same seed gives the same synapses. Every error names the spec's file:line and key.
 */
final class SynapseSetup {
    private SynapseSetup() {
    }

    /**
     * @param spec the synapse sections
     * @param model the built cell
     * @param resolve region and location names on its morphology
     * @param network recorded spikes for the replay entries (null if there are none)
     * @param dtMs the simulation's step [ms]
     * @return the synapses, or null when the spec has none
     */
    static CellSynapses build(SynapseSpec spec, CellModel model, SpecResolver resolve, RecordedSpikes network, double dtMs) {
        if (spec.isEmpty()) {
            return null;
        }
        if (!spec.replay.isEmpty() && network == null) {
            throw spec.replayNode.error("replaying populations needs a network's spikes: run neurite replay --network results.h5 --cell SPEC.json");
        }
        List<SynapseGroup> groups = new ArrayList<>();
        for (SynapseSpec.Group g : spec.all()) {
            groups.add(group(g, model, resolve, network));
        }
        return new CellSynapses(model.discretization(), groups, dtMs);
    }

    private static SynapseGroup group(SynapseSpec.Group g, CellModel model, SpecResolver resolve, RecordedSpikes network) {
        RandomStreams streams = new RandomStreams(g.seed);
        SynapseGroup.Builder b = SynapseGroup.builder(g.name, g.replay ? SynapseGroup.Kind.REPLAY : SynapseGroup.Kind.SYNAPSES);
        for (int r = 0; r < g.receptors.size(); r++) {
            b.receptor(g.receptors.get(r), g.weights.get(r));
        }
        b.delay(g.delayMs).stp(g.stp);
        // the presynaptic side first: a replay without a count takes its size from the pool
        SpikeRecord record = null;
        int populationSize = 0;
        int[] pool = null;
        if (g.replay) {
            record = network.spikes(g.population);
            if (record == null) {
                throw g.node.require("population").error("no population \"" + g.population + "\" in " + network.file()
                        + " (found: " + String.join(", ", network.populations()) + ")");
            }
            populationSize = populationSize(g, record, network);
            int size = g.maxNeurons > 0 ? Math.min(g.maxNeurons, populationSize)
                    : !Double.isNaN(g.fraction) ? (int) Math.rint(g.fraction * populationSize) : populationSize;
            if (size < 1) {
                throw g.node.require("fraction").error("leaves no neuron of the " + populationSize + " of " + g.population);
            }
            pool = ReplayMapping.pool(populationSize, size, streams.stream("replay-pool:" + g.name));
        }
        Location[] sites = sites(g, model, resolve, streams, pool == null ? 0 : pool.length, b);
        b.sites(sites);
        if (g.replay) {
            ReplayMapping.Wiring w;
            if (g.neuronsPerSynapse == 0) {
                if (sites.length > pool.length) {
                    throw g.amountNode.error(sites.length + " synapses but only " + pool.length + " neurons of " + g.population
                            + " to map one to one; lower the count or use \"mapping\": {\"neurons_per_synapse\": k}");
                }
                w = ReplayMapping.onePerNeuron(pool, sites.length, streams.stream("replay-map:" + g.name));
            } else {
                if (g.neuronsPerSynapse > pool.length) {
                    throw g.node.require("mapping").error("neurons_per_synapse " + g.neuronsPerSynapse + " exceeds the "
                            + pool.length + " neurons of " + g.population + " available");
                }
                w = ReplayMapping.perSite(pool, sites.length, g.neuronsPerSynapse, streams.stream("replay-map:" + g.name));
            }
            SpikeSource src;
            try {
                src = ReplayMapping.source(record, populationSize, w.nodeIds(), g.offsetMs);
            } catch (BadInputException e) {
                throw g.node.require("population").error(e.getMessage().replaceFirst("^parameter ", "") + " (set n_neurons?)");
            }
            b.source(src, w.nodeIds(), w.preOffsets(), w.preTrain()).presynaptic(g.population);
        } else {
            String type = g.source.require("type").asString();
            SpikeSourcePlugin plugin;
            try {
                plugin = Plugins.find(SpikeSourcePlugin.class, type);
            } catch (BadInputException e) {
                throw g.source.require("type").error(e.getMessage());
            }
            SpikeSource src;
            try {
                src = plugin.create(sites.length, g.source, streams, g.name.hashCode() & 0xffffffffL);
            } catch (BadInputException e) {
                if (e.getMessage().startsWith("parameter ")) {
                    throw g.source.error(e.getMessage().substring("parameter ".length()));
                }
                throw e;
            }
            b.oneTrainPerSite(src).presynaptic(type);
        }
        return b.build();
    }

    private static int populationSize(SynapseSpec.Group g, SpikeRecord record, RecordedSpikes network) {
        int maxId = -1;
        for (int k = 0; k < record.size(); k++) {
            maxId = Math.max(maxId, record.nodeId(k));
        }
        if (g.nNeurons > 0) {
            if (maxId >= g.nNeurons) {
                throw g.node.require("n_neurons").error(g.population + " has a spike of node id " + maxId + ", not below n_neurons "
                        + g.nNeurons);
            }
            return g.nNeurons;
        }
        int n = network.size(g.population);
        if (n >= 0) {
            return n;
        }
        if (maxId < 0) {
            throw g.node.require("population").error(g.population + " fired no spike and " + network.file()
                    + " does not say its size; give n_neurons");
        }
        return maxId + 1; // another tool's file: the ids seen
    }

    private static Location[] sites(SynapseSpec.Group g, CellModel model, SpecResolver resolve, RandomStreams streams, int poolSize,
                                    SynapseGroup.Builder b) {
        if (g.amount == SynapseSpec.Amount.LOCATIONS) {
            b.placement("explicit locations");
            List<JsonValue> locs = g.amountNode.elements();
            Location[] out = new Location[locs.size()];
            for (int j = 0; j < out.length; j++) {
                out[j] = resolve.location(locs.get(j));
            }
            return out;
        }
        Region region = g.region == null ? Region.all() : resolve.region(g.region);
        PlacementDomain domain = PlacementDomain.of(model.morphology(), region, g.minDistance, g.maxDistance);
        if (domain.isEmpty()) {
            // blame the distance band if the region alone has membrane
            boolean band = g.node.has("distance_um")
                    && !PlacementDomain.of(model.morphology(), region, 0, Double.POSITIVE_INFINITY).isEmpty();
            JsonValue at = band ? g.node.require("distance_um") : g.region != null ? g.region : g.node;
            throw at.error("no membrane to place synapses on: " + domain.describe() + " is empty on this morphology");
        }
        int n;
        PlacementDomain.Measure by = g.distribute;
        switch (g.amount) {
            case COUNT:
                n = (int) g.amountValue;
                break;
            case PER_NEURON:
                n = poolSize;
                break;
            default:
                by = g.amount == SynapseSpec.Amount.DENSITY_AREA ? PlacementDomain.Measure.AREA : PlacementDomain.Measure.LENGTH;
                double measure = domain.total(by);
                n = SitePlacement.countForDensity(g.amountValue, measure, g.name);
                if (n < 1) {
                    throw g.amountNode.error(String.format(Locale.ROOT, "gives no synapse: %g per %s over %.4g %s of %s", g.amountValue,
                            by == PlacementDomain.Measure.AREA ? "um2" : "um", measure, by == PlacementDomain.Measure.AREA ? "um2" : "um",
                            domain.describe()));
                }
        }
        if (by == PlacementDomain.Measure.AREA && !(domain.area() > 0) || by == PlacementDomain.Measure.LENGTH && !(domain.length() > 0)) {
            throw g.node.error("the domain " + domain.describe() + " has no " + (by == PlacementDomain.Measure.AREA ? "area" : "length"));
        }
        b.placement(String.format(Locale.ROOT, "%d sites uniform per %s on %s (length %.6g um, area %.6g um2), seed %d", n,
                by == PlacementDomain.Measure.AREA ? "um2" : "um", domain.describe(), domain.length(), domain.area(), g.seed));
        return SitePlacement.random(domain, n, by, streams.stream("placement:" + g.name));
    }
}
