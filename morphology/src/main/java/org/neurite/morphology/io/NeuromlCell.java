package org.neurite.morphology.io;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.neurite.morphology.tree.Location;
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
 * @param root the root segment's proximal point, where NeuroML's {@code "Path Length from root"} is
 *     measured from: the start of section 0, or its middle when the root segment is a sphere (its
 *     two points coincide, so its proximal point is its centre)
 * @param biophysics biophysical properties (empty lists when the cell has none)
 * @param channels the ion channels and concentration models defined in the file and its includes
 * @param includes files pulled in through {@code <include href>} (resolved paths)
 * @param warnings things repaired or ignored
 */
public record NeuromlCell(String file, String id, Morphology morphology, int segments, Map<String, Region.Cables> groups,
                          Location root, Biophysics biophysics, NeuromlChannels channels, List<String> includes, List<String> warnings) {

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
     * An {@code <inhomogeneousParameter>} of a segment group: a variable that varies over the group
     * with the path length d [µm] from the cell's {@link NeuromlCell#root() root} (the only metric
     * NeuroML defines, {@code "Path Length from root"}). Without {@code proximal}/{@code distal} the
     * variable is d itself; see {@code NeuromlMembrane} for how translationStart and normalizationEnd
     * move and scale it over the group's extent.
     *
     * @param id the parameter's id
     * @param variable the variable's name in the values that use it (e.g. {@code p})
     * @param segmentGroup the group it is declared in (its extent is what the transforms refer to)
     * @param translationStart the variable's value at the group's proximal end, or NaN if absent
     * @param normalizationEnd the variable's value at the group's distal end, or NaN if absent
     */
    public record InhomogeneousParameter(String id, String variable, String segmentGroup, double translationStart,
                                         double normalizationEnd) {
    }

    /**
     * One {@code <variableParameter parameter="condDensity">} of a {@code <channelDensityNonUniform>}
     * or {@code <channelDensityNonUniformNernst>}: a density that is an expression of an
     * inhomogeneous parameter's variable on one segment group.
     *
     * <p>Units. A NeuroML value written without units is in SI units, so the expression gives the
     * density in S/m² (the schema's {@code condDensity} is a conductance density and every bare
     * number in NeuroML is SI); its variable is a path length in µm, the unit of NEURON's
     * {@code distance()}, which is what jNeuroML's NEURON export binds the variable to as far as we
     * know (its source was not available to check here; the neurite docs say so too).
     * {@link #condDensitySPerCm2} applies the factor 1e-4 from S/m² to S/cm².
     *
     * @param id the density's id
     * @param ionChannel the channel's id
     * @param erevMV reversal [mV] (NaN for a Nernst density)
     * @param ion the ion
     * @param nernst whether the reversal is the Nernst potential of the ion's concentrations
     * @param segmentGroup where it applies (the variableParameter's group)
     * @param parameter the inhomogeneous parameter its value reads
     * @param value the expression as written [S/m²]
     * @param condDensitySPerCm2 the expression compiled: variable [µm] → density [S/cm²]
     */
    public record NonUniformDensity(String id, String ionChannel, double erevMV, String ion, boolean nernst, String segmentGroup,
                                    InhomogeneousParameter parameter, String value, DoubleUnaryOperator condDensitySPerCm2) {
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
     * @param nonUniformDensities non-uniform channel densities, one per variableParameter, in file order
     * @param species ion species with concentration models
     * @param unsupported one error line (file:line) per membraneProperties element neurite does not
     *                    read (e.g. channelDensityGHK): painting the cell's channels refuses them
     */
    public record Biophysics(List<Value> specificCapacitance, List<Value> resistivity, List<Value> initMembPotential,
                             List<Value> spikeThresh, List<ChannelDensity> channelDensities,
                             List<NonUniformDensity> nonUniformDensities, List<Species> species, List<String> unsupported) {
    }
}
