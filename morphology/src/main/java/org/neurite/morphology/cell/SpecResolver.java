package org.neurite.morphology.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neurite.channels.io.JsonValue;
import org.neurite.morphology.io.MorphologyFile;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/** Turns the region and location entries of a {@link CellSpec} into objects on a loaded morphology. */
final class SpecResolver {
    private final MorphologyFile file;
    private final Morphology m;

    SpecResolver(MorphologyFile file) {
        this.file = file;
        this.m = file.morphology();
    }

    Region region(JsonValue v) {
        if (v.isArray()) {
            List<Region> parts = new ArrayList<>();
            for (JsonValue e : v.elements()) {
                parts.add(region(e));
            }
            return Region.union(parts);
        }
        if (v.isString()) {
            String s = v.asString();
            switch (s) {
                case "all":
                    return Region.all();
                case "soma":
                    return Region.tagged(SwcType.SOMA);
                case "axon":
                    return Region.tagged(SwcType.AXON);
                case "basal":
                case "dend":
                    return Region.tagged(SwcType.BASAL);
                case "apical":
                case "apic":
                    return Region.tagged(SwcType.APICAL);
                default:
                    Map<String, Region.Cables> groups = file.groups();
                    Region.Cables g = groups.get(s);
                    if (g == null) {
                        throw v.error("unknown region \"" + s + "\" (all, soma, axon, basal, apical"
                                + (groups.isEmpty() ? "" : ", or a segment group: " + groups.keySet()) + ")");
                    }
                    return g;
            }
        }
        v.requireKnownKeys(Set.of("swc_type", "distance_um", "union"));
        if (v.has("swc_type")) {
            return Region.tagged(v.require("swc_type").asInt());
        }
        if (v.has("distance_um")) {
            double[] r = v.require("distance_um").asDoubleArray();
            if (r.length != 2 || !(r[0] <= r[1])) {
                throw v.require("distance_um").error("must be [min, max] with min <= max");
            }
            return Region.distance(r[0], r[1]);
        }
        if (v.has("union")) {
            return region(v.require("union"));
        }
        throw v.error("a region is a name, {\"swc_type\": k}, {\"distance_um\": [min, max]} or {\"union\": [...]}");
    }

    Location location(JsonValue v) {
        if (v.isString()) {
            if (!v.asString().equals("soma")) {
                throw v.error("a location is \"soma\", {\"swc_id\": n}, {\"segment\": n} or {\"section\": name, \"x\": 0..1}");
            }
            for (int s = 0; s < m.sectionCount(); s++) {
                if (m.tag(s) == SwcType.SOMA) {
                    return new Location(s, 0.5);
                }
            }
            throw v.error("the morphology has no soma");
        }
        v.requireKnownKeys(Set.of("swc_id", "segment", "section", "x"));
        if (v.has("swc_id") || v.has("segment")) {
            JsonValue id = v.has("swc_id") ? v.require("swc_id") : v.require("segment");
            Location loc = m.locationOfId(id.asLong());
            if (loc == null) {
                throw id.error("no sample/segment with id " + id.asLong() + " in " + file.file());
            }
            return loc;
        }
        String name = v.require("section").asString();
        int s = m.sectionNamed(name);
        if (s < 0) {
            throw v.require("section").error("no section \"" + name + "\" (names look like soma[0], dend[4], apic[2], axon[0])");
        }
        double x = v.getDouble("x", 0.5);
        if (!(x >= 0 && x <= 1)) {
            throw v.require("x").error("must lie in [0, 1], got " + x);
        }
        return new Location(s, x);
    }
}
