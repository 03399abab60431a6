package org.neurite.morphology.synapse;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.rng.UniformRandomProvider;
import org.neurite.channels.io.BadInputException;
import org.neurite.morphology.tree.Location;

/**
 * Seeded random placement of synaptic sites in a {@link PlacementDomain}.
 *
 * <p>Counts are deterministic: a density ρ (per µm or per µm²) over a domain of measure M gives
 * exactly round(ρ·M) sites (not a Poisson number), so a spec states how many synapses it makes.
 * Positions are independent and uniform over the measure (so the number that falls in any part of
 * the domain is binomial around ρ × that part's measure). Sites are returned sorted by section,
 * then position, so the order does not depend on the draw order.
 */
public final class SitePlacement {
    private SitePlacement() {
    }

    /**
     * The number of sites for a density: round(density × measure).
     *
     * @param density sites per µm or per µm², ≥ 0
     * @param measure the domain's length [µm] or area [µm²]
     * @param what the parameter's name, for the error
     */
    public static int countForDensity(double density, double measure, String what) {
        if (!(density >= 0) || !Double.isFinite(density)) {
            throw BadInputException.parameter(what, "must be a density >= 0, got " + density);
        }
        double c = Math.rint(density * measure);
        if (c > Integer.MAX_VALUE / 4) {
            throw BadInputException.parameter(what, density + " over " + measure + " gives " + c + " synapses, too many");
        }
        return (int) c;
    }

    /**
     * Draws n sites uniformly over the domain's length or area.
     *
     * @param domain where
     * @param n number of sites, ≥ 0
     * @param by uniform per µm or per µm²
     * @param rng the placement's own random stream
     * @return the sites sorted by (section, x)
     */
    public static Location[] random(PlacementDomain domain, int n, PlacementDomain.Measure by, UniformRandomProvider rng) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        Location[] out = new Location[n];
        for (int i = 0; i < n; i++) {
            out[i] = domain.locate(rng.nextDouble(), by);
        }
        Arrays.sort(out, Comparator.comparingInt(Location::section).thenComparingDouble(Location::x));
        return out;
    }
}
