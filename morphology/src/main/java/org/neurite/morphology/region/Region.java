package org.neurite.morphology.region;

import java.util.List;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * A part of a morphology, tested location by location: by SWC type, by a labelled set of cables
 * (e.g. a NeuroML segment group), by path distance from the soma, or a union of regions. Painting a
 * property "on a region" gives it to every compartment whose node lies in the region (NEURON's
 * {@code for (x) if ...} idiom).
 */
public sealed interface Region {
    /** Whether the location (section s, position x) lies in the region. */
    boolean contains(Morphology m, int s, double x);

    /** A description for messages and file attributes. */
    String describe();

    /** Whether a location lies in the region. */
    default boolean contains(Morphology m, Location loc) {
        return contains(m, loc.section(), loc.x());
    }

    /** The whole cell. */
    static Region all() {
        return new All();
    }

    /** The sections of one SWC type (1 soma, 2 axon, 3 basal, 4 apical, custom ≥ 5). */
    static Region tagged(int type) {
        return new Tagged(type);
    }

    /** Locations whose path distance from the soma centre lies in [min, max] µm. */
    static Region distance(double minUm, double maxUm) {
        return new DistanceRange(minUm, maxUm);
    }

    /** The union of regions. */
    static Region union(List<Region> parts) {
        return new Union(List.copyOf(parts));
    }

    /** Everything. */
    record All() implements Region {
        @Override
        public boolean contains(Morphology m, int s, double x) {
            return true;
        }

        @Override
        public String describe() {
            return "all";
        }
    }

    /** One SWC type. */
    record Tagged(int type) implements Region {
        @Override
        public boolean contains(Morphology m, int s, double x) {
            return m.tag(s) == type;
        }

        @Override
        public String describe() {
            return SwcType.label(type);
        }
    }

    /** A path-distance band [min, max] µm from {@link Morphology#origin()}. */
    record DistanceRange(double minUm, double maxUm) implements Region {
        public DistanceRange {
            if (!(minUm <= maxUm)) {
                throw new IllegalArgumentException("distance range needs min <= max, got " + minUm + ", " + maxUm);
            }
        }

        @Override
        public boolean contains(Morphology m, int s, double x) {
            double d = m.pathDistance(new Location(s, x));
            return d >= minUm && d <= maxUm;
        }

        @Override
        public String describe() {
            return "distance " + minUm + "-" + maxUm + " um";
        }
    }

    /** Named cables: pieces [x0, x1] of sections (e.g. a NeuroML segment group). */
    record Cables(String label, List<Cable> cables) implements Region {
        public Cables {
            cables = List.copyOf(cables);
        }

        @Override
        public boolean contains(Morphology m, int s, double x) {
            for (Cable c : cables) {
                if (c.section() == s && x >= c.x0() && x <= c.x1()) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String describe() {
            return label;
        }
    }

    /** A union. */
    record Union(List<Region> parts) implements Region {
        @Override
        public boolean contains(Morphology m, int s, double x) {
            for (Region r : parts) {
                if (r.contains(m, s, x)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String describe() {
            StringBuilder sb = new StringBuilder("union(");
            for (int i = 0; i < parts.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(parts.get(i).describe());
            }
            return sb.append(')').toString();
        }
    }

    /**
     * A piece of a section.
     *
     * @param section section index
     * @param x0 start (relative)
     * @param x1 end (relative), ≥ x0
     */
    record Cable(int section, double x0, double x1) {
    }
}
