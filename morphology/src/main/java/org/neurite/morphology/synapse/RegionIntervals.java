package org.neurite.morphology.synapse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Morphology;

/**
 * The pieces of one section that lie in a {@link Region}, as sorted disjoint intervals of relative
 * position [x0, x1] (flattened: x0, x1, x0, x1, …). Exact for every region kind of the sealed
 * hierarchy: a whole section, a section's named cables, a path-distance band (distance is linear
 * in x along a section, V-shaped on the section that holds the origin), unions and intersections
 * of these.
 */
final class RegionIntervals {
    /** Pieces per section used for a region kind this class does not know (midpoint test). */
    private static final int FALLBACK_PIECES = 1000;

    private RegionIntervals() {
    }

    /** The intervals of section s inside region r. */
    static double[] of(Region r, Morphology m, int s) {
        if (r instanceof Region.All) {
            return new double[] {0.0, 1.0};
        }
        if (r instanceof Region.Tagged t) {
            return m.tag(s) == t.type() ? new double[] {0.0, 1.0} : new double[0];
        }
        if (r instanceof Region.DistanceRange d) {
            return distanceBand(m, s, d.minUm(), d.maxUm());
        }
        if (r instanceof Region.Cables c) {
            List<double[]> parts = new ArrayList<>();
            for (Region.Cable cable : c.cables()) {
                if (cable.section() == s) {
                    parts.add(new double[] {Math.max(0, cable.x0()), Math.min(1, cable.x1())});
                }
            }
            return union(parts);
        }
        if (r instanceof Region.Union u) {
            List<double[]> parts = new ArrayList<>();
            for (Region p : u.parts()) {
                double[] iv = of(p, m, s);
                for (int k = 0; k < iv.length; k += 2) {
                    parts.add(new double[] {iv[k], iv[k + 1]});
                }
            }
            return union(parts);
        }
        return sampled(r, m, s);
    }

    /** A region kind added later: pieces of 1/1000 of the section whose midpoint lies inside. */
    private static double[] sampled(Region r, Morphology m, int s) {
        List<double[]> parts = new ArrayList<>();
        for (int k = 0; k < FALLBACK_PIECES; k++) {
            double x0 = (double) k / FALLBACK_PIECES;
            double x1 = (double) (k + 1) / FALLBACK_PIECES;
            if (r.contains(m, s, 0.5 * (x0 + x1))) {
                parts.add(new double[] {x0, x1});
            }
        }
        return union(parts);
    }

    /**
     * Where the path distance from the origin lies in [min, max] µm on section s. The distance is
     * d(0) + x·L along a section, except on the section holding the origin, where it is |x − x0|·L.
     */
    static double[] distanceBand(Morphology m, int s, double minUm, double maxUm) {
        double len = m.length(s);
        var origin = m.origin();
        List<double[]> parts = new ArrayList<>();
        if (s == origin.section()) {
            double x0 = origin.x();
            // right of the origin: d = (x − x0)·L
            parts.add(new double[] {Math.max(x0, x0 + minUm / len), Math.min(1.0, x0 + maxUm / len)});
            // left of it: d = (x0 − x)·L
            parts.add(new double[] {Math.max(0.0, x0 - maxUm / len), Math.min(x0, x0 - minUm / len)});
        } else {
            double d0 = m.pathDistance(new org.neurite.morphology.tree.Location(s, 0.0));
            parts.add(new double[] {Math.max(0.0, (minUm - d0) / len), Math.min(1.0, (maxUm - d0) / len)});
        }
        return union(parts);
    }

    /** Sorted, merged intervals; empty and inverted ones dropped. */
    static double[] union(List<double[]> parts) {
        List<double[]> kept = new ArrayList<>();
        for (double[] p : parts) {
            if (p[1] >= p[0]) {
                kept.add(p);
            }
        }
        kept.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] out = new double[2 * kept.size()];
        int n = 0;
        for (double[] p : kept) {
            if (n > 0 && p[0] <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], p[1]);
            } else {
                out[n++] = p[0];
                out[n++] = p[1];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The intersection of two sorted disjoint interval lists. */
    static double[] intersect(double[] a, double[] b) {
        List<double[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            double lo = Math.max(a[i], b[j]);
            double hi = Math.min(a[i + 1], b[j + 1]);
            if (hi >= lo) {
                out.add(new double[] {lo, hi});
            }
            if (a[i + 1] < b[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return union(out);
    }
}
