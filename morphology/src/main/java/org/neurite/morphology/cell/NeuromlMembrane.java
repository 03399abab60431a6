package org.neurite.morphology.cell;

import org.neurite.channels.io.BadInputException;
import org.neurite.channels.ion.CalciumDecay;
import org.neurite.channels.ion.ChannelType;
import org.neurite.channels.ion.Ions;
import org.neurite.morphology.io.NeuromlCell;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;

/**
 * Paints a NeuroML cell's own active membrane onto a cell builder: every {@code channelDensity}
 * (its channel from the file's definitions, its density on its segment group, its erev), every
 * {@code channelDensityNernst} (reversal from the Nernst potential of the species' inside and
 * outside concentrations), every {@code channelDensityNonUniform[Nernst]} (a
 * {@link DensityProfile.Inhomogeneous} per variableParameter, in file order after the uniform
 * densities), and every calcium {@code species} (its concentration model as a pool on its segment
 * group, starting at its initial concentration).
 *
 * <p><b>Non-uniform densities.</b> The metric {@code "Path Length from root"} is d [µm], the path
 * length along the tree from the root segment's proximal point ({@link NeuromlCell#root()}) to each
 * compartment's centre (its node). Over the segment group that declares the inhomogeneous
 * parameter, d runs from d_start (the group's most proximal point) to d_end (its most distal
 * point). The variable p of the value's expression is
 * <ul>
 *   <li>no {@code proximal}, no {@code distal}: p = d;</li>
 *   <li>{@code <proximal translationStart="t">}: p = t + (d − d_start), the group's proximal end
 *       moved to t;</li>
 *   <li>{@code <distal normalizationEnd="e">}: p = t + (e − t)·(d − d_start)/(d_end − d_start)
 *       (t = translationStart, or 0 without {@code proximal}): the group's extent mapped linearly
 *       onto [t, e], e.g. [0, 1] for a relative distance.</li>
 * </ul>
 * The NeuroML schema names these transforms without defining them further; this is our reading of
 * their names (translation of the start, normalisation of the end), stated in docs/architecture.md.
 * The value gives S/m² (see {@link NeuromlCell.NonUniformDensity}).
 */
final class NeuromlMembrane {
    private NeuromlMembrane() {
    }

    static void paint(CellModel.Builder b, NeuromlCell cell) {
        NeuromlCell.Biophysics bio = cell.biophysics();
        if (!bio.unsupported().isEmpty()) {
            throw new BadInputException(bio.unsupported().get(0));
        }
        String where = cell.file() + ": cell " + cell.id();
        double caOutside = Double.NaN;
        for (NeuromlCell.Species sp : bio.species()) {
            if (!"ca".equals(sp.ion())) {
                throw new BadInputException(where + ": species " + sp.id() + ": only calcium (ion \"ca\") can have a pool, got \""
                        + sp.ion() + "\"");
            }
            CalciumDecay pool = cell.channels().pool(sp.concentrationModel(), where + " species " + sp.id());
            b.calciumPool(group(cell, sp.segmentGroup()), pool, sp.initialMM());
            caOutside = sp.initialExtMM();
        }
        for (NeuromlCell.ChannelDensity cd : bio.channelDensities()) {
            String element = cd.nernst() ? "channelDensityNernst" : "channelDensity";
            ChannelType type = channel(b, cell, where, element, cd.id(), cd.ionChannel(), cd.ion(), cd.nernst(), caOutside);
            b.channel(group(cell, cd.segmentGroup()), type, cd.condDensitySPerCm2(), cd.erevMV());
        }
        for (NeuromlCell.NonUniformDensity nu : bio.nonUniformDensities()) {
            String element = nu.nernst() ? "channelDensityNonUniformNernst" : "channelDensityNonUniform";
            ChannelType type = channel(b, cell, where, element, nu.id(), nu.ionChannel(), nu.ion(), nu.nernst(), caOutside);
            b.channel(group(cell, nu.segmentGroup()), type, profile(cell, nu), nu.erevMV());
        }
    }

    private static ChannelType channel(CellModel.Builder b, NeuromlCell cell, String where, String element, String id, String ionChannel,
                                       String ion, boolean nernst, double caOutside) {
        ChannelType type = cell.channels().channel(ionChannel, where + " " + element + " " + id);
        if (ion != null && !ion.equals(type.ion())) {
            type = new ChannelType(type.name(), ion, type.defaultReversalMV(), type.defaultDensitySPerCm2(), type.gates(), type.source());
        }
        if (nernst) {
            if (!"ca".equals(type.ion())) {
                throw new BadInputException(where + ": " + element + " " + id
                        + ": Nernst reversals are supported for calcium only, got ion \"" + type.ion() + "\"");
            }
            b.calciumNernst(Double.isNaN(caOutside) ? Ions.NEURON_CAO0_MM : caOutside);
        }
        return type;
    }

    /** The density as a function of the path length from the root, with the parameter's transforms. */
    static DensityProfile.Inhomogeneous profile(NeuromlCell cell, NeuromlCell.NonUniformDensity nu) {
        NeuromlCell.InhomogeneousParameter ip = nu.parameter();
        double rootX = cell.root().x();
        String formula = cell.file() + " " + (nu.nernst() ? "channelDensityNonUniformNernst " : "channelDensityNonUniform ") + nu.id() + " \""
                + nu.value().strip() + "\" S/m2 of " + ip.variable() + " (" + ip.id() + ")";
        boolean translate = !Double.isNaN(ip.translationStart());
        boolean normalize = !Double.isNaN(ip.normalizationEnd());
        if (!translate && !normalize) {
            return new DensityProfile.Inhomogeneous(formula, nu.condDensitySPerCm2(), rootX, 0, 0, 1);
        }
        double[] extent = extent(cell.morphology(), rootX, group(cell, ip.segmentGroup()));
        double t = translate ? ip.translationStart() : 0;
        if (!normalize) {
            return new DensityProfile.Inhomogeneous(formula, nu.condDensitySPerCm2(), rootX, extent[0], t, 1);
        }
        double span = extent[1] - extent[0];
        if (!(span > 0)) {
            throw new BadInputException(cell.file() + ": inhomogeneousParameter " + ip.id() + ": normalizationEnd needs a segment group "
                    + ip.segmentGroup() + " that extends over a path length > 0");
        }
        return new DensityProfile.Inhomogeneous(formula, nu.condDensitySPerCm2(), rootX, extent[0], t,
                (ip.normalizationEnd() - t) / span);
    }

    /**
     * The smallest and largest path length [µm] from the point {@code rootX} of section 0 over a
     * group's cables (the distance grows along every section except section 0 where it is V-shaped
     * about the root).
     */
    static double[] extent(Morphology m, double rootX, Region region) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        if (!(region instanceof Region.Cables cables)) {
            // "all": the whole tree
            return extent(m, rootX, allCables(m));
        }
        for (Region.Cable c : cables.cables()) {
            double a = m.pathDistance(rootX, new Location(c.section(), c.x0()));
            double z = m.pathDistance(rootX, new Location(c.section(), c.x1()));
            lo = Math.min(lo, Math.min(a, z));
            hi = Math.max(hi, Math.max(a, z));
            if (c.section() == 0 && c.x0() <= rootX && rootX <= c.x1()) {
                lo = 0;
            }
        }
        return new double[] {lo, hi};
    }

    private static Region.Cables allCables(Morphology m) {
        java.util.List<Region.Cable> all = new java.util.ArrayList<>();
        for (int s = 0; s < m.sectionCount(); s++) {
            all.add(new Region.Cable(s, 0, 1));
        }
        return new Region.Cables("all", all);
    }

    private static Region group(NeuromlCell cell, String id) {
        Region.Cables g = cell.groups().get(id);
        return g == null ? Region.all() : g;
    }
}
