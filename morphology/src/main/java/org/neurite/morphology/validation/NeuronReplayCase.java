package org.neurite.morphology.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neurite.channels.input.ExplicitSource;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.io.NumericTable;
import org.neurite.channels.receptor.BiExponential;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.channels.validation.TraceErrors;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.cell.CellSimulation;
import org.neurite.morphology.discretize.CvPolicy;
import org.neurite.morphology.synapse.CellSynapses;
import org.neurite.morphology.synapse.SynapseGroup;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;

/**
 * The replay protocol of validation/neuron_reference (PROVENANCE.md, {@code L23pyr-j150811a_replay.json}):
 * the passive L2/3 pyramidal cell (Ra 150 Ω·cm, cm 1 µF/cm², pas 5e-5 S/cm² at −70 mV, d_lambda 0.1,
 * backward Euler at 0.025 ms) with 20 AMPA-like and 5 GABA_A-like NEURON {@code Exp2Syn} synapses at
 * listed SWC samples, each driven by its explicit spike times (delay 0), against NEURON 8.2.2's
 * default-run traces at soma(0.5) and at the first AMPA site, every 0.1 ms over 300 ms. The synapses
 * are channels' bi-exponential {@link org.neurite.channels.receptor.SynapseBank}s placed by SWC id.
 * Tolerance 0.1 mV, PROVENANCE.md's bound (NEURON's own default-vs-fine difference is 0.056 mV).
 */
public final class NeuronReplayCase implements ValidationCase {
    static final String CELL = "L23pyr-j150811a";
    static final double TOLERANCE_MV = 0.1;

    @Override
    public String name() {
        return "cell/neuron-replay-" + CELL;
    }

    @Override
    public String reference() {
        return "25 Exp2Syn synapses with given spike trains on " + CELL + " (soma, first AMPA site) vs NEURON 8.2.2";
    }

    @Override
    public String dataFolder() {
        return "neuron_reference";
    }

    @Override
    public Result run(Path dataDir) {
        Map<String, double[]> sim;
        try {
            sim = simulate(dataDir, 0.025);
        } catch (IllegalStateException e) {
            return new Result(Double.POSITIVE_INFINITY, TOLERANCE_MV, "max |ΔV| [mV]", e.getMessage());
        }
        Map<String, double[]> ref = NumericTable.csv(dataDir.resolve(CELL + "_replay.csv"));
        double worst = 0;
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<String, double[]> e : sim.entrySet()) {
            double[] r = ref.get("v_" + e.getKey() + "_mV");
            double[] v = e.getValue();
            if (r == null || Math.abs(r.length - v.length) > 1) {
                return new Result(Double.POSITIVE_INFINITY, TOLERANCE_MV, "max |ΔV| [mV]", "reference column v_" + e.getKey()
                        + "_mV missing or of another length");
            }
            int n = Math.min(r.length, v.length);
            double m = TraceErrors.maxAbs(Arrays.copyOf(r, n), Arrays.copyOf(v, n));
            worst = Math.max(worst, m);
            detail.append(detail.length() == 0 ? "" : ", ").append(e.getKey()).append(String.format(Locale.ROOT, " %.3e", m));
        }
        return new Result(worst, TOLERANCE_MV, "max |ΔV| [mV]", detail.toString());
    }

    /**
     * Runs the protocol; returns the traces "soma" and "syn0" sampled every 0.1 ms from 0 to 300 ms.
     *
     * @param dataDir the neuron_reference folder
     * @param dtMs time step [ms]
     */
    public static Map<String, double[]> simulate(Path dataDir, double dtMs) {
        NeuronProtocol p = new NeuronProtocol(dataDir, CELL);
        CellModel cell = p.cell(new CvPolicy.DLambda(0.1));
        Morphology m = cell.morphology();
        JsonValue spec = Json.read(dataDir.resolve(CELL + "_replay.json"));
        JsonValue receptors = spec.require("receptors");
        List<SynapseGroup> groups = new ArrayList<>();
        Location syn0 = null;
        long syn0Id = Long.MAX_VALUE;
        for (String kind : List.of("ampa", "gaba")) {
            JsonValue rc = receptors.require(kind);
            Receptor r = Receptor.conductance(kind, new BiExponential(rc.require("tau1_ms").asDouble(), rc.require("tau2_ms").asDouble()),
                    rc.require("e_mV").asDouble());
            List<Location> sites = new ArrayList<>();
            List<double[]> trains = new ArrayList<>();
            for (JsonValue s : spec.require("synapses").elements()) {
                if (!s.require("receptor").asString().equals(kind)) {
                    continue;
                }
                long id = s.require("swc_sample_id").asLong();
                Location loc = m.locationOfId(id);
                if (loc == null || !m.name(loc.section()).equals(s.require("neuron_section").asString())
                        || Math.abs(loc.x() - s.require("neuron_x").asDouble()) > 1e-6) {
                    throw new IllegalStateException("SWC sample " + id + " is at " + (loc == null ? "nowhere" : m.name(loc.section())
                            + "(" + loc.x() + ")") + ", NEURON put it at " + s.require("neuron_section").asString() + "("
                            + s.require("neuron_x").asDouble() + ")");
                }
                sites.add(loc);
                trains.add(s.require("spike_times_ms").asDoubleArray());
                if (kind.equals("ampa") && id < syn0Id) {
                    syn0Id = id;
                    syn0 = loc;
                }
            }
            groups.add(SynapseGroup.builder(kind, SynapseGroup.Kind.SYNAPSES)
                    .receptor(r, rc.require("weight_nS").asDouble())
                    .sites(sites.toArray(new Location[0]))
                    .oneTrainPerSite(new ExplicitSource(trains.toArray(new double[0][])))
                    .presynaptic("spike_times")
                    .build());
        }
        CellSimulation sim = new CellSimulation(cell, dtMs, TimeStepping.BACKWARD_EULER, 6.3);
        sim.setSynapses(new CellSynapses(cell.discretization(), groups, dtMs));
        sim.addProbe("soma", cell.discretization().compartmentAt(new Location(m.sectionNamed("soma[0]"), 0.5)));
        sim.addProbe("syn0", cell.discretization().compartmentAt(syn0));
        sim.recordProbesEvery(0.1);
        sim.run(300, NeuronProtocol.E_PAS, ProgressListener.NONE);
        return Map.of("soma", sim.probeRecord().column(0), "syn0", sim.probeRecord().column(1));
    }
}
