package org.neurite.morphology.validation;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neurite.channels.input.DcSource;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.units.Units;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.cell.CellSimulation;
import org.neurite.morphology.discretize.CvPolicy;
import org.neurite.morphology.discretize.Discretization;
import org.neurite.morphology.io.SwcConvention;
import org.neurite.morphology.io.SwcLoader;
import org.neurite.morphology.io.SwcMorphology;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;

/**
 * The passive protocol of validation/neuron_reference (PROVENANCE.md) rebuilt in neurite: the SWC
 * loaded with NEURON's conventions, Ra 150 Ω·cm, cm 1 µF/cm², {@code pas} 5e-5 S/cm² at −70 mV
 * everywhere, d_lambda 0.1 at 100 Hz, an IClamp at soma(0.5) from 20 ms for 200 ms, backward Euler
 * at 0.025 ms, v_init −70 mV; probes at soma(0.5) and at the recording sites (SWC sample ids).
 */
public final class NeuronProtocol {
    static final double RA = 150;
    static final double CM = 1;
    static final double G_PAS = 5e-5;
    static final double E_PAS = -70;

    private final JsonValue passive;
    private final SwcMorphology swc;

    /**
     * @param dataDir the neuron_reference folder
     * @param cell cell name, e.g. {@code L23pyr-j150811a}
     */
    public NeuronProtocol(Path dataDir, String cell) {
        this.passive = Json.read(dataDir.resolve(cell + "_cell_protocols.json")).require("passive");
        Path root = dataDir.getParent();
        this.swc = SwcLoader.load(root.resolve(passive.require("swc").asString()), SwcConvention.NEURON);
    }

    /** The protocol's "passive" object. */
    public JsonValue passive() {
        return passive;
    }

    /** The morphology loaded with NEURON's conventions. */
    public SwcMorphology swc() {
        return swc;
    }

    /** The passive cell at d_lambda 0.1 (or another policy). */
    public CellModel cell(CvPolicy policy) {
        return CellModel.builder(swc.morphology())
                .ra(Region.all(), RA).cm(Region.all(), CM).pas(Region.all(), G_PAS, E_PAS)
                .policy(policy).build();
    }

    /** Membrane area per NEURON section type name (soma, axon, dend, apic) [µm²]. */
    public static Map<String, Double> areaPerType(Morphology m) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int s = 0; s < m.sectionCount(); s++) {
            String name = m.name(s);
            out.merge(name.substring(0, name.indexOf('[')), m.area(s), Double::sum);
        }
        return out;
    }

    /** Section counts per NEURON type name. */
    public static Map<String, Integer> sectionsPerType(Morphology m) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int s = 0; s < m.sectionCount(); s++) {
            String name = m.name(s);
            out.merge(name.substring(0, name.indexOf('[')), 1, Integer::sum);
        }
        return out;
    }

    /**
     * Runs the passive protocol; returns probe traces sampled every 0.1 ms: "soma" then each
     * recording site in the JSON's order.
     */
    public Map<String, double[]> runPassive(CellModel cell, double dtMs, TimeStepping stepping, double tstopMs) {
        Discretization d = cell.discretization();
        Morphology m = cell.morphology();
        CellSimulation sim = new CellSimulation(cell, dtMs, stepping, 6.3);
        int soma = d.compartmentAt(new Location(m.sectionNamed("soma[0]"), 0.5));
        double ampPA = Units.nAtoPA(passive.require("amp_nA").asDouble());
        sim.addCurrentClamp(soma, new DcSource(ampPA, 20.0, 220.0), 0);
        sim.addProbe("soma", soma);
        JsonValue sites = passive.require("recording_sites");
        for (String site : sites.keys()) {
            long id = sites.require(site).require("swc_sample_id").asLong();
            Location loc = m.locationOfId(id);
            if (loc == null) {
                throw sites.require(site).error("SWC sample " + id + " not found in the morphology");
            }
            sim.addProbe(site, d.compartmentAt(loc));
        }
        sim.recordProbesEvery(0.1);
        sim.run(tstopMs, E_PAS, org.neurite.channels.spi.ProgressListener.NONE);
        Map<String, double[]> out = new LinkedHashMap<>();
        var names = sim.probeNames();
        for (int j = 0; j < names.size(); j++) {
            out.put(names.get(j), sim.probeRecord().column(j));
        }
        return out;
    }
}
