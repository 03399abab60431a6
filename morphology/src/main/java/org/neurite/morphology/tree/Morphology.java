package org.neurite.morphology.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable neuron morphology: a tree (or several trees) of unbranched <em>sections</em>, each a
 * polyline of 3-D points with radii (frusta between consecutive points), as NEURON's sections with
 * {@code pt3d} points. A section hangs from its parent at a relative position {@code parentX}
 * (NEURON's {@code connect child(0), parent(x)}; NeuroML's {@code fractionAlong}); sections are
 * numbered parent first (parent index &lt; own index). This type never parses files: readers in
 * {@code org.neurite.morphology.io} build it through {@link Builder}.
 *
 * <p>Units: coordinates, radii, lengths [µm], areas [µm²]. The SWC type of each section is its
 * {@link #tag(int) tag}. A point may carry an identifier (the SWC sample id or NeuroML segment id it
 * came from) so that locations can be named by it.
 */
public final class Morphology {
    private final int[] parent;
    private final double[] parentX;
    private final int[] tag;
    private final String[] name;
    private final int[] pointStart; // [n + 1]
    private final double[] px; // [µm]
    private final double[] py; // [µm]
    private final double[] pz; // [µm]
    private final double[] pr; // radius [µm]
    private final double[] arc; // path length from the section start [µm]
    private final long[] pointId;
    private final int[][] children;
    private final Map<String, Integer> byName;
    private final Map<Long, Integer> pointById; // id → global point index (first, non-borrowed)

    private Morphology(Builder b) {
        int n = b.parent.size();
        parent = new int[n];
        parentX = new double[n];
        tag = new int[n];
        name = new String[n];
        pointStart = new int[n + 1];
        int total = 0;
        for (int s = 0; s < n; s++) {
            total += b.points.get(s).length / 4;
        }
        px = new double[total];
        py = new double[total];
        pz = new double[total];
        pr = new double[total];
        arc = new double[total];
        pointId = new long[total];
        Map<Integer, Integer> counters = new HashMap<>();
        byName = new HashMap<>();
        pointById = new HashMap<>();
        int k = 0;
        for (int s = 0; s < n; s++) {
            parent[s] = b.parent.get(s);
            parentX[s] = b.parentX.get(s);
            tag[s] = b.tag.get(s);
            pointStart[s] = k;
            double[] pts = b.points.get(s);
            long[] ids = b.ids.get(s);
            for (int j = 0; j < pts.length / 4; j++, k++) {
                px[k] = pts[4 * j];
                py[k] = pts[4 * j + 1];
                pz[k] = pts[4 * j + 2];
                pr[k] = pts[4 * j + 3];
                arc[k] = j == 0 ? 0 : arc[k - 1] + dist(k - 1, k);
                pointId[k] = ids == null ? -1 : ids[j];
                boolean borrowed = j == 0 && s > 0 && b.firstBorrowed.get(s);
                if (pointId[k] >= 0 && !borrowed) {
                    pointById.putIfAbsent(pointId[k], k);
                }
            }
        }
        pointStart[n] = k;
        // names: explicit ones first, then per-tag counters in insertion order for the rest
        for (int s = 0; s < n; s++) {
            String given = b.name.get(s);
            if (given != null) {
                name[s] = given;
                if (byName.put(given, s) != null) {
                    throw new IllegalArgumentException("section name " + given + " used twice");
                }
            }
        }
        for (int s = 0; s < n; s++) {
            if (name[s] == null) {
                String prefix = SwcType.sectionPrefix(tag[s]);
                int c = counters.getOrDefault(tag[s], 0);
                String candidate = prefix + "[" + c + "]";
                while (byName.containsKey(candidate)) {
                    c++;
                    candidate = prefix + "[" + c + "]";
                }
                counters.put(tag[s], c + 1);
                name[s] = candidate;
                byName.put(candidate, s);
            }
        }
        int[] count = new int[n];
        for (int s = 1; s < n; s++) {
            if (parent[s] >= 0) {
                count[parent[s]]++;
            }
        }
        children = new int[n][];
        for (int s = 0; s < n; s++) {
            children[s] = new int[count[s]];
            count[s] = 0;
        }
        for (int s = 1; s < n; s++) {
            if (parent[s] >= 0) {
                children[parent[s]][count[parent[s]]++] = s;
            }
        }
    }

    private double dist(int a, int b) {
        double dx = px[b] - px[a];
        double dy = py[b] - py[a];
        double dz = pz[b] - pz[a];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Number of sections. */
    public int sectionCount() {
        return parent.length;
    }

    /** Parent section of s, or −1 for a root. */
    public int parent(int s) {
        return parent[s];
    }

    /** Relative position on the parent where section s is attached (its x = 0 end). */
    public double parentX(int s) {
        return parentX[s];
    }

    /** The SWC type of section s. */
    public int tag(int s) {
        return tag[s];
    }

    /** NEURON-style name of section s, e.g. {@code dend[4]}. */
    public String name(int s) {
        return name[s];
    }

    /** The section of that name, or −1. */
    public int sectionNamed(String sectionName) {
        Integer s = byName.get(sectionName);
        return s == null ? -1 : s;
    }

    /** Children of section s (a copy), in index order. */
    public int[] children(int s) {
        return children[s].clone();
    }

    /** Number of children of section s. */
    public int childCount(int s) {
        return children[s].length;
    }

    /** Number of 3-D points of section s (≥ 2). */
    public int pointCount(int s) {
        return pointStart[s + 1] - pointStart[s];
    }

    /** x of point j of section s [µm]. */
    public double x(int s, int j) {
        return px[pointStart[s] + j];
    }

    /** y of point j of section s [µm]. */
    public double y(int s, int j) {
        return py[pointStart[s] + j];
    }

    /** z of point j of section s [µm]. */
    public double z(int s, int j) {
        return pz[pointStart[s] + j];
    }

    /** Radius at point j of section s [µm]. */
    public double radius(int s, int j) {
        return pr[pointStart[s] + j];
    }

    /** Path length from the start of section s to its point j [µm]. */
    public double arc(int s, int j) {
        return arc[pointStart[s] + j];
    }

    /** Identifier carried by point j of section s (SWC sample id, NeuroML segment id), or −1. */
    public long pointId(int s, int j) {
        return pointId[pointStart[s] + j];
    }

    /** Length of section s [µm] (path length along its points). */
    public double length(int s) {
        return arc[pointStart[s + 1] - 1];
    }

    /** Lateral membrane area of section s [µm²]: the sum of its frusta's lateral areas. */
    public double area(int s) {
        double a = 0;
        for (int k = pointStart[s] + 1; k < pointStart[s + 1]; k++) {
            a += frustumArea(arc[k] - arc[k - 1], pr[k - 1], pr[k]);
        }
        return a;
    }

    /** Lateral area of a frustum of axial length h and end radii r1, r2: π(r1+r2)·√(h² + (r1−r2)²). */
    public static double frustumArea(double h, double r1, double r2) {
        double dr = r1 - r2;
        return Math.PI * (r1 + r2) * Math.sqrt(h * h + dr * dr);
    }

    /** Radius at relative position x of section s [µm] (linear in path length between points). */
    public double radiusAt(int s, double x) {
        int k = pieceAt(s, x);
        double a = x * length(s);
        double h = arc[k + 1] - arc[k];
        double f = h > 0 ? (a - arc[k]) / h : 0;
        return pr[k] + f * (pr[k + 1] - pr[k]);
    }

    /** 3-D position at relative position x of section s [µm] as {x, y, z}. */
    public double[] positionAt(int s, double x) {
        int k = pieceAt(s, x);
        double a = x * length(s);
        double h = arc[k + 1] - arc[k];
        double f = h > 0 ? Math.min(1, Math.max(0, (a - arc[k]) / h)) : 0;
        return new double[] {px[k] + f * (px[k + 1] - px[k]), py[k] + f * (py[k + 1] - py[k]), pz[k] + f * (pz[k + 1] - pz[k])};
    }

    /** Global index of the first point of the piece (frustum) of s holding relative position x. */
    private int pieceAt(int s, double x) {
        int first = pointStart[s];
        int last = pointStart[s + 1] - 1;
        double a = x * length(s);
        int k = first;
        while (k + 1 < last && arc[k + 1] < a) {
            k++;
        }
        return k;
    }

    /**
     * The location of the point carrying this identifier (its first occurrence that is not the
     * copied branch point at the start of a child section), or null.
     */
    public Location locationOfId(long id) {
        Integer k = pointById.get(id);
        if (k == null) {
            return null;
        }
        int s = Arrays.binarySearch(pointStart, k);
        if (s < 0) {
            s = -s - 2;
        } else {
            while (s + 1 < pointStart.length && pointStart[s + 1] == k) {
                s++;
            }
        }
        double len = length(s);
        return new Location(s, len > 0 ? arc[k] / len : 1.0);
    }

    /** Root sections (parent −1), in index order. */
    public int[] roots() {
        List<Integer> r = new ArrayList<>();
        for (int s = 0; s < parent.length; s++) {
            if (parent[s] < 0) {
                r.add(s);
            }
        }
        return r.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Where path distances are measured from: the middle of section 0 if it is a soma (NEURON's
     * usual {@code distance(soma(0.5))} origin), otherwise its start.
     */
    public Location origin() {
        return new Location(0, parent.length > 0 && tag[0] == SwcType.SOMA ? 0.5 : 0.0);
    }

    /**
     * Path distance [µm] along the tree from {@link #origin()} to a location on the same tree;
     * locations on other trees (disconnected pieces) are measured from their own root's start.
     */
    public double pathDistance(Location loc) {
        return pathDistance(origin().x(), loc);
    }

    /**
     * Path distance [µm] along the tree from the point at {@code originX} on section 0 to a location
     * on the same tree; locations on other trees are measured from their own root's start.
     *
     * @param originX relative position of the origin on section 0, in [0, 1]
     * @param loc the location
     */
    public double pathDistance(double originX, Location loc) {
        int s = loc.section();
        double d = loc.x() * length(s);
        double x = loc.x();
        while (parent[s] >= 0) {
            x = parentX[s];
            s = parent[s];
            d += x * length(s);
        }
        if (s == 0) {
            // the origin lies on section 0: subtract what was counted from its start
            d = d - x * length(0) + Math.abs(x - originX) * length(0);
        }
        return d;
    }

    /**
     * Builds a {@link Morphology} section by section, parents first. Each section is a polyline of
     * at least two points with radii ≥ 0 (a zero radius is kept as written; the electrical
     * discretisation refuses it) and a length &gt; 0.
     */
    public static final class Builder {
        private final List<Integer> parent = new ArrayList<>();
        private final List<Double> parentX = new ArrayList<>();
        private final List<Integer> tag = new ArrayList<>();
        private final List<String> name = new ArrayList<>();
        private final List<double[]> points = new ArrayList<>();
        private final List<long[]> ids = new ArrayList<>();
        private final List<Boolean> firstBorrowed = new ArrayList<>();

        private Builder() {
        }

        /** Number of sections added so far. */
        public int size() {
            return parent.size();
        }

        /**
         * Adds a section.
         *
         * @param parentSection an already added section, or −1 for a root
         * @param xOnParent relative position on the parent where the new section starts
         * @param sectionTag SWC type
         * @param sectionName name, or null for the NEURON-style default ({@code dend[k]} …)
         * @param xyzr points as x, y, z, radius quadruples [µm]; at least two points, radii ≥ 0
         * @param pointIds identifier of each point (−1 for none), or null
         * @param firstPointBorrowed whether the first point is a copy of the parent's branch point
         *                           (so its identifier names the parent's location, not this one)
         * @return the index of the new section
         */
        public int addSection(int parentSection, double xOnParent, int sectionTag, String sectionName,
                              double[] xyzr, long[] pointIds, boolean firstPointBorrowed) {
            int index = parent.size();
            if (parentSection >= index || parentSection < -1) {
                throw new IllegalArgumentException("section " + index + ": parent " + parentSection + " must be an earlier section or -1");
            }
            if (!(xOnParent >= 0 && xOnParent <= 1)) {
                throw new IllegalArgumentException("section " + index + ": position on the parent must lie in [0, 1]");
            }
            if (xyzr.length % 4 != 0 || xyzr.length < 8) {
                throw new IllegalArgumentException("section " + index + ": needs at least two (x, y, z, r) points");
            }
            if (pointIds != null && pointIds.length != xyzr.length / 4) {
                throw new IllegalArgumentException("section " + index + ": one identifier per point expected");
            }
            double len = 0;
            for (int j = 0; j < xyzr.length / 4; j++) {
                for (int c = 0; c < 4; c++) {
                    if (!Double.isFinite(xyzr[4 * j + c])) {
                        throw new IllegalArgumentException("section " + index + " point " + j + ": coordinates and radius must be finite");
                    }
                }
                if (!(xyzr[4 * j + 3] >= 0)) {
                    throw new IllegalArgumentException("section " + index + " point " + j + ": radius must be >= 0, got " + xyzr[4 * j + 3]);
                }
                if (j > 0) {
                    double dx = xyzr[4 * j] - xyzr[4 * j - 4];
                    double dy = xyzr[4 * j + 1] - xyzr[4 * j - 3];
                    double dz = xyzr[4 * j + 2] - xyzr[4 * j - 2];
                    len += Math.sqrt(dx * dx + dy * dy + dz * dz);
                }
            }
            if (!(len > 0)) {
                throw new IllegalArgumentException("section " + index + ": has zero length");
            }
            parent.add(parentSection);
            parentX.add(parentSection < 0 ? 0.0 : xOnParent);
            tag.add(sectionTag);
            name.add(sectionName);
            points.add(xyzr.clone());
            ids.add(pointIds == null ? null : pointIds.clone());
            firstBorrowed.add(firstPointBorrowed);
            return index;
        }

        /** The immutable morphology. */
        public Morphology build() {
            if (parent.isEmpty()) {
                throw new IllegalArgumentException("a morphology needs at least one section");
            }
            return new Morphology(this);
        }
    }
}
