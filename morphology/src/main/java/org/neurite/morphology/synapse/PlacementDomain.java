package org.neurite.morphology.synapse;

import java.util.Arrays;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;

/**
 * Where synapses may go: the parts of a morphology inside a {@link Region} and a path-distance band,
 * cut at the 3-D points into pieces of frusta, with their length [µm] and lateral membrane area
 * [µm²] (the frustum area π·(r₁ + r₂)·slant that {@link Morphology#area} sums, so the total over a
 * whole region equals the region's membrane area). A position drawn uniformly in [0, 1) is mapped
 * to a location uniformly by length or by area ({@link #locate}); by area, the inverse of the
 * quadratic area–arc relation of a cone is used, so the density is exactly uniform per µm².
 */
public final class PlacementDomain {
    /** How sites are spread. */
    public enum Measure {
        /** Uniform per µm of cable length. */
        LENGTH,
        /** Uniform per µm² of membrane. */
        AREA
    }

    private final Morphology morphology;
    private final String description;
    private final int n;
    private final int[] section;
    private final double[] arcLo; // [µm] from the section start
    private final double[] arcHi;
    private final double[] rLo; // radius at arcLo [µm]
    private final double[] slope; // dr/darc within the piece
    private final double[] lengthCum; // [n + 1] cumulative length [µm]
    private final double[] areaCum; // [n + 1] cumulative area [µm²]

    private PlacementDomain(Morphology m, String description, int n, int[] section, double[] arcLo, double[] arcHi,
                            double[] rLo, double[] slope) {
        this.morphology = m;
        this.description = description;
        this.n = n;
        this.section = section;
        this.arcLo = arcLo;
        this.arcHi = arcHi;
        this.rLo = rLo;
        this.slope = slope;
        lengthCum = new double[n + 1];
        areaCum = new double[n + 1];
        for (int k = 0; k < n; k++) {
            double h = arcHi[k] - arcLo[k];
            lengthCum[k + 1] = lengthCum[k] + h;
            areaCum[k + 1] = areaCum[k] + pieceArea(k, h);
        }
    }

    /**
     * The parts of a morphology in a region whose path distance from the soma lies in [min, max].
     *
     * @param m the morphology
     * @param region where
     * @param minDistanceUm lower bound of the path distance [µm] (0 for none)
     * @param maxDistanceUm upper bound [µm] (infinity for none)
     */
    public static PlacementDomain of(Morphology m, Region region, double minDistanceUm, double maxDistanceUm) {
        if (!(minDistanceUm <= maxDistanceUm)) {
            throw new IllegalArgumentException("distance range needs min <= max, got " + minDistanceUm + ", " + maxDistanceUm);
        }
        boolean band = minDistanceUm > 0 || maxDistanceUm < Double.POSITIVE_INFINITY;
        int cap = 64;
        int[] sec = new int[cap];
        double[] lo = new double[cap];
        double[] hi = new double[cap];
        double[] r0 = new double[cap];
        double[] sl = new double[cap];
        int count = 0;
        for (int s = 0; s < m.sectionCount(); s++) {
            double[] iv = RegionIntervals.of(region, m, s);
            if (band && iv.length > 0) {
                iv = RegionIntervals.intersect(iv, RegionIntervals.distanceBand(m, s, minDistanceUm, maxDistanceUm));
            }
            double len = m.length(s);
            for (int k = 0; k < iv.length; k += 2) {
                double a0 = iv[k] * len;
                double a1 = iv[k + 1] * len;
                for (int j = 0; j + 1 < m.pointCount(s); j++) {
                    double p0 = m.arc(s, j);
                    double p1 = m.arc(s, j + 1);
                    double lo0 = Math.max(a0, p0);
                    double hi0 = Math.min(a1, p1);
                    boolean inside = p1 > p0 ? hi0 > lo0 : p0 >= a0 && p0 <= a1 && m.radius(s, j) != m.radius(s, j + 1);
                    if (!inside) {
                        continue;
                    }
                    if (count == cap) {
                        cap *= 2;
                        sec = Arrays.copyOf(sec, cap);
                        lo = Arrays.copyOf(lo, cap);
                        hi = Arrays.copyOf(hi, cap);
                        r0 = Arrays.copyOf(r0, cap);
                        sl = Arrays.copyOf(sl, cap);
                    }
                    sec[count] = s;
                    if (p1 > p0) {
                        double k1 = (m.radius(s, j + 1) - m.radius(s, j)) / (p1 - p0);
                        lo[count] = lo0;
                        hi[count] = hi0;
                        r0[count] = m.radius(s, j) + k1 * (lo0 - p0);
                        sl[count] = k1;
                    } else {
                        // a zero-length frustum (a step in radius): area only, an annulus
                        lo[count] = p0;
                        hi[count] = p0;
                        r0[count] = m.radius(s, j);
                        sl[count] = m.radius(s, j + 1) - m.radius(s, j); // the radius change itself
                    }
                    count++;
                }
            }
        }
        String d = region.describe() + (band ? ", distance " + minDistanceUm + "-" + maxDistanceUm + " um" : "");
        return new PlacementDomain(m, d, count, sec, lo, hi, r0, sl);
    }

    private double pieceArea(int k, double h) {
        if (h > 0) {
            double c = Math.sqrt(1.0 + slope[k] * slope[k]);
            double rHi = rLo[k] + slope[k] * h;
            return Math.PI * c * (rLo[k] + rHi) * h;
        }
        // zero-length piece: π·(r1 + r2)·|r2 − r1|, as Morphology.frustumArea with h = 0
        double r1 = rLo[k];
        double r2 = rLo[k] + slope[k];
        return Math.PI * (r1 + r2) * Math.abs(r2 - r1);
    }

    /** The morphology. */
    public Morphology morphology() {
        return morphology;
    }

    /** What the domain is (region and distance band), for messages and files. */
    public String describe() {
        return description;
    }

    /** Total cable length [µm]. */
    public double length() {
        return lengthCum[n];
    }

    /** Total lateral membrane area [µm²]. */
    public double area() {
        return areaCum[n];
    }

    /** The total of a measure: length [µm] or area [µm²]. */
    public double total(Measure by) {
        return by == Measure.LENGTH ? length() : area();
    }

    /** Whether there is no membrane at all to place synapses on. */
    public boolean isEmpty() {
        return !(length() > 0) && !(area() > 0);
    }

    /**
     * The location at fraction u ∈ [0, 1) of the domain's total length or area: sites drawn with u
     * uniform are uniform per µm or per µm².
     */
    public Location locate(double u, Measure by) {
        double[] cum = by == Measure.LENGTH ? lengthCum : areaCum;
        double total = cum[n];
        if (!(total > 0)) {
            throw new IllegalStateException("the domain " + description + " has no " + by.name().toLowerCase() + " to place on");
        }
        double target = Math.min(Math.max(u, 0.0), 1.0) * total;
        // the piece k with cum[k] <= target < cum[k+1] (skipping pieces without measure)
        int k = Arrays.binarySearch(cum, 0, n + 1, target);
        if (k < 0) {
            k = -k - 2;
        }
        k = Math.max(0, Math.min(n - 1, k));
        while (k < n - 1 && !(cum[k + 1] > cum[k])) {
            k++;
        }
        while (k > 0 && !(cum[k + 1] > cum[k])) {
            k--;
        }
        double within = Math.max(0.0, Math.min(target - cum[k], cum[k + 1] - cum[k]));
        double h = arcHi[k] - arcLo[k];
        double s;
        if (by == Measure.LENGTH || !(h > 0)) {
            s = by == Measure.LENGTH ? within : 0.0;
        } else {
            // area from arcLo to arcLo + s: π·c·(2·r0·s + k·s²); invert the quadratic stably
            double c = Math.sqrt(1.0 + slope[k] * slope[k]);
            double a = within / (Math.PI * c);
            double r0 = rLo[k];
            double root = Math.sqrt(Math.max(0.0, r0 * r0 + slope[k] * a));
            s = r0 + root > 0 ? a / (r0 + root) : 0.0;
        }
        double arc = Math.min(arcHi[k], arcLo[k] + s);
        int sec = section[k];
        return new Location(sec, Math.min(1.0, Math.max(0.0, arc / morphology.length(sec))));
    }

    /** Length [µm] of the domain on section s. */
    public double lengthOn(int s) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
            if (section[k] == s) {
                sum += arcHi[k] - arcLo[k];
            }
        }
        return sum;
    }
}
