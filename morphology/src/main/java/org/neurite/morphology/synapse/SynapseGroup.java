package org.neurite.morphology.synapse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.neurite.channels.input.SpikeSource;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.receptor.Receptor;
import org.neurite.morphology.tree.Location;

/**
 * A set of synapses on a cell that share receptors, weights, a delay and a spike source: the sites
 * (locations), one or more receptors at every site (e.g. AMPA + NMDA sharing sites), and the
 * wiring from the source's trains (presynaptic neurons) to the sites. Site j receives the spikes of
 * trains {@code preTrain[preOffsets[j] … preOffsets[j+1]−1]} (compressed rows: one train per site,
 * or several); each such (train, site) pair is a <em>connection</em> with its own short-term
 * plasticity state. An event on site j adds weight·(x·u if plastic) to each of its receptors.
 *
 * <p>Units: weights nS (conductance-based receptors) or pA (current-based), delay ms.
 */
public final class SynapseGroup {
    /** Where a group comes from (written to cell.h5). */
    public enum Kind {
        /** A spec's {@code synapses} entry: spike sources of its own. */
        SYNAPSES,
        /** A spec's {@code replay} entry: spikes recorded by a network simulation. */
        REPLAY
    }

    /**
     * NEST's {@code tsodyks2} parameters for {@link org.neurite.channels.receptor.ShortTermPlasticity}.
     *
     * @param bigU U in (0, 1]
     * @param tauRecMs recovery time constant [ms]
     * @param tauFacMs facilitation time constant [ms] (0: none)
     */
    public record Tsodyks2(double bigU, double tauRecMs, double tauFacMs) {
    }

    private final String name;
    private final Kind kind;
    private final String presynaptic;
    private final Receptor[] receptors;
    private final double[] weights;
    private final Location[] sites;
    private final SpikeSource source;
    private final long[] trainIds;
    private final int[] preOffsets;
    private final int[] preTrain;
    private final double delayMs;
    private final Tsodyks2 stp;
    private final String placement;

    private SynapseGroup(Builder b) {
        this.name = b.name;
        this.kind = b.kind;
        this.presynaptic = b.presynaptic;
        this.receptors = b.receptors.toArray(new Receptor[0]);
        this.weights = b.weights.stream().mapToDouble(Double::doubleValue).toArray();
        this.sites = b.sites.clone();
        this.source = b.source;
        this.trainIds = b.trainIds.clone();
        this.preOffsets = b.preOffsets.clone();
        this.preTrain = b.preTrain.clone();
        this.delayMs = b.delayMs;
        this.stp = b.stp;
        this.placement = b.placement;
    }

    /** A builder for a group of this name. */
    public static Builder builder(String name, Kind kind) {
        return new Builder(name, kind);
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** The presynaptic population (replay) or a description of the source (synapses). */
    public String presynaptic() {
        return presynaptic;
    }

    /** Number of receptors at every site. */
    public int receptorCount() {
        return receptors.length;
    }

    public Receptor receptor(int r) {
        return receptors[r];
    }

    /** Weight of receptor r per event [nS or pA]. */
    public double weight(int r) {
        return weights[r];
    }

    /** Number of sites. */
    public int siteCount() {
        return sites.length;
    }

    public Location site(int j) {
        return sites[j];
    }

    public SpikeSource source() {
        return source;
    }

    /** Number of trains of the source. */
    public int trainCount() {
        return trainIds.length;
    }

    /** The id written for train k (the presynaptic node id, or the train index). */
    public long trainId(int k) {
        return trainIds[k];
    }

    /** Start of site j's trains in {@link #preTrain} (length siteCount() + 1). */
    public int[] preOffsets() {
        return preOffsets.clone();
    }

    /** Trains of every site, site after site. */
    public int[] preTrain() {
        return preTrain.clone();
    }

    /** Number of (train, site) connections. */
    public int connectionCount() {
        return preTrain.length;
    }

    public double delayMs() {
        return delayMs;
    }

    /** Short-term plasticity of every connection, or null. */
    public Tsodyks2 stp() {
        return stp;
    }

    /** How the sites were chosen (for files and reports). */
    public String placement() {
        return placement;
    }

    /** Builds a {@link SynapseGroup}; {@link #build()} checks everything. */
    public static final class Builder {
        private final String name;
        private final Kind kind;
        private String presynaptic = "";
        private final List<Receptor> receptors = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();
        private Location[] sites = new Location[0];
        private SpikeSource source;
        private long[] trainIds;
        private int[] preOffsets;
        private int[] preTrain;
        private double delayMs;
        private Tsodyks2 stp;
        private String placement = "";

        private Builder(String name, Kind kind) {
            this.name = Objects.requireNonNull(name, "name");
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        /** Adds a receptor with its weight per event [nS, or pA if current-based]. */
        public Builder receptor(Receptor r, double weight) {
            for (Receptor q : receptors) {
                if (q.name().equals(r.name())) {
                    throw BadInputException.parameter("synapse group " + name, "receptor " + r.name() + " given twice");
                }
            }
            if (!Double.isFinite(weight) || (r.isConductanceBased() && weight < 0)) {
                throw BadInputException.parameter("synapse group " + name + " weight of " + r.name(),
                        "must be finite" + (r.isConductanceBased() ? " and >= 0 [nS]" : " [pA]") + ", got " + weight);
            }
            receptors.add(r);
            weights.add(weight);
            return this;
        }

        /** The presynaptic population or a description of the source. */
        public Builder presynaptic(String p) {
            this.presynaptic = Objects.requireNonNull(p);
            return this;
        }

        /** The sites. */
        public Builder sites(Location[] s) {
            this.sites = s.clone();
            return this;
        }

        /** How the sites were chosen (free text). */
        public Builder placement(String text) {
            this.placement = text;
            return this;
        }

        /**
         * The source and its wiring.
         *
         * @param src spike trains
         * @param ids id written for each train (presynaptic node ids)
         * @param offsets start of each site's trains in {@code trains}, length sites + 1
         * @param trains train of every connection, site after site
         */
        public Builder source(SpikeSource src, long[] ids, int[] offsets, int[] trains) {
            this.source = src;
            this.trainIds = ids.clone();
            this.preOffsets = offsets.clone();
            this.preTrain = trains.clone();
            return this;
        }

        /** One train per site: train j drives site j. */
        public Builder oneTrainPerSite(SpikeSource src) {
            int n = sites.length;
            long[] ids = new long[n];
            int[] off = new int[n + 1];
            int[] tr = new int[n];
            for (int j = 0; j < n; j++) {
                ids[j] = j;
                off[j + 1] = j + 1;
                tr[j] = j;
            }
            return source(src, ids, off, tr);
        }

        /** Delay from a spike to its effect [ms], ≥ 0 (rounded to whole steps by the cell). */
        public Builder delay(double ms) {
            if (!(ms >= 0) || !Double.isFinite(ms)) {
                throw BadInputException.parameter("synapse group " + name + " delay", "must be >= 0 ms, got " + ms);
            }
            this.delayMs = ms;
            return this;
        }

        /** Short-term plasticity (tsodyks2) on every connection, or null for none. */
        public Builder stp(Tsodyks2 p) {
            this.stp = p;
            return this;
        }

        public SynapseGroup build() {
            if (receptors.isEmpty()) {
                throw BadInputException.parameter("synapse group " + name, "needs at least one receptor");
            }
            if (source == null) {
                throw new IllegalStateException("synapse group " + name + ": no spike source");
            }
            if (source.size() != trainIds.length) {
                throw new IllegalArgumentException("synapse group " + name + ": " + trainIds.length + " train ids for a source of "
                        + source.size() + " trains");
            }
            if (preOffsets.length != sites.length + 1 || preOffsets[0] != 0 || preOffsets[sites.length] != preTrain.length) {
                throw new IllegalArgumentException("synapse group " + name + ": wiring offsets do not match " + sites.length + " sites");
            }
            for (int j = 0; j < sites.length; j++) {
                if (preOffsets[j + 1] < preOffsets[j]) {
                    throw new IllegalArgumentException("synapse group " + name + ": wiring offsets decrease at site " + j);
                }
            }
            for (int t : preTrain) {
                if (t < 0 || t >= trainIds.length) {
                    throw new IllegalArgumentException("synapse group " + name + ": train " + t + " out of range");
                }
            }
            if (stp != null) {
                // validated by the plasticity itself (one-line errors naming U, tau_rec, tau_fac)
                new org.neurite.channels.receptor.ShortTermPlasticity(0, stp.bigU(), stp.tauRecMs(), stp.tauFacMs());
            }
            return new SynapseGroup(this);
        }
    }
}
