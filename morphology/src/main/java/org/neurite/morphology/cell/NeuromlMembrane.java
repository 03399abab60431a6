package org.neurite.morphology.cell;

import org.neurite.channels.io.BadInputException;
import org.neurite.channels.ion.CalciumDecay;
import org.neurite.channels.ion.ChannelType;
import org.neurite.channels.ion.Ions;
import org.neurite.morphology.io.NeuromlCell;
import org.neurite.morphology.region.Region;

/**
 * Paints a NeuroML cell's own active membrane onto a cell builder: every {@code channelDensity}
 * (its channel from the file's definitions, its density on its segment group, its erev), every
 * {@code channelDensityNernst} (reversal from the Nernst potential of the species' inside and
 * outside concentrations), and every calcium {@code species} (its concentration model as a pool on
 * its segment group, starting at its initial concentration).
 */
final class NeuromlMembrane {
    private NeuromlMembrane() {
    }

    static void paint(CellModel.Builder b, NeuromlCell cell) {
        NeuromlCell.Biophysics bio = cell.biophysics();
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
            ChannelType type = cell.channels().channel(cd.ionChannel(), where + " channelDensity " + cd.id());
            if (cd.ion() != null && !cd.ion().equals(type.ion())) {
                type = new ChannelType(type.name(), cd.ion(), type.defaultReversalMV(), type.defaultDensitySPerCm2(), type.gates(), type.source());
            }
            if (cd.nernst()) {
                if (!"ca".equals(type.ion())) {
                    throw new BadInputException(where + ": channelDensityNernst " + cd.id()
                            + ": Nernst reversals are supported for calcium only, got ion \"" + type.ion() + "\"");
                }
                b.calciumNernst(Double.isNaN(caOutside) ? Ions.NEURON_CAO0_MM : caOutside);
            }
            b.channel(group(cell, cd.segmentGroup()), type, cd.condDensitySPerCm2(), cd.erevMV());
        }
    }

    private static Region group(NeuromlCell cell, String id) {
        Region.Cables g = cell.groups().get(id);
        return g == null ? Region.all() : g;
    }
}
