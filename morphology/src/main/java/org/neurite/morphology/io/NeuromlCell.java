package org.neurite.morphology.io;

import java.util.List;
import java.util.Map;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Morphology;

/**
 * A NeuroML2 {@code <cell>} as neurite reads it: its morphology (segments joined into unbranched
 * sections; each segment's distal point carries the segment id), its segment groups as regions, and
 * its biophysical properties in NEURON's units at the cable edge.
 *
 * @param file the file read
 * @param id the cell id
 * @param morphology sections
 * @param segments number of segments
 * @param groups every segment group (plus an implicit {@code all}) as cables on the morphology
 * @param biophysics biophysical properties (empty lists when the cell has none)
 * @param channels the ion channels and concentration models defined in the file and its includes
 * @param includes files pulled in through {@code <include href>} (resolved paths)
 * @param warnings things repaired or ignored
 */
public record NeuromlCell(String file, String id, Morphology morphology, int segments, Map<String, Region.Cables> groups,
                          Biophysics biophysics, NeuromlChannels channels, List<String> includes, List<String> warnings) {

    /** A value painted on a segment group. */
    public record Value(double value, String segmentGroup) {
    }

    /**
     * A {@code <channelDensity>} or {@code <channelDensityNernst>}: the ion channel is defined in
     * the file or an included one ({@link NeuromlCell#channels()}).
     *
     * @param id the density's id
     * @param ionChannel the channel's id
     * @param condDensitySPerCm2 maximal conductance density [S/cm²]
     * @param erevMV reversal [mV] (NaN if not given, always for a Nernst density)
     * @param segmentGroup where it applies
     * @param ion the ion (may be null)
     * @param nernst whether the reversal is the Nernst potential of the ion's concentrations
     */
    public record ChannelDensity(String id, String ionChannel, double condDensitySPerCm2, double erevMV,
                                 String segmentGroup, String ion, boolean nernst) {
    }

    /**
     * A {@code <species>}: an ion whose inside concentration follows a concentration model.
     *
     * @param id the species id
     * @param ion the ion, e.g. {@code ca}
     * @param concentrationModel the model's id
     * @param initialMM initial inside concentration [mM]
     * @param initialExtMM outside concentration [mM]
     * @param segmentGroup where it applies
     */
    public record Species(String id, String ion, String concentrationModel, double initialMM, double initialExtMM, String segmentGroup) {
    }

    /**
     * @param specificCapacitance [µF/cm²] per group
     * @param resistivity [Ω·cm] per group
     * @param initMembPotential [mV] per group
     * @param spikeThresh [mV] per group
     * @param channelDensities channel densities
     * @param species ion species with concentration models
     */
    public record Biophysics(List<Value> specificCapacitance, List<Value> resistivity, List<Value> initMembPotential,
                             List<Value> spikeThresh, List<ChannelDensity> channelDensities, List<Species> species) {
    }
}
