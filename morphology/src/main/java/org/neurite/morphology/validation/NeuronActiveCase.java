package org.neurite.morphology.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurite.channels.input.DcSource;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.io.NumericTable;
import org.neurite.channels.ion.SquidHh;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.channels.units.Units;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.cell.CellSimulation;
import org.neurite.morphology.discretize.CvPolicy;
import org.neurite.morphology.io.SwcConvention;
import org.neurite.morphology.io.SwcLoader;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;

/**
 * The active protocol of validation/neuron_reference (PROVENANCE.md): NEURON's built-in {@code hh}
 * in every section (ḡ_Na 0.12, ḡ_K 0.036, g_l 0.0003 S/cm², E_Na 50, E_K −77, E_l −54.3 mV, rates
 * tabulated on NEURON's 1 mV grid as {@code hh.mod} does by default), Ra 150 Ω·cm, cm 1 µF/cm²,
 * d_lambda 0.1, 6.3 °C, v_init −65 mV, an IClamp at soma(0.5) from 20 to 220 ms, backward Euler at
 * 0.025 ms for 250 ms. Spike times are those of a NEURON NetCon at fixed step: the end of the first
 * step at which the soma's V reaches 0 mV from below. Compared with NEURON 8.2.2's default-run spike
 * times: same count, every spike within 0.5 ms (NEURON's own default-vs-fine difference grows to
 * 0.8 ms by the 13th spike of L23pyr).
 */
public abstract class NeuronActiveCase implements ValidationCase {
    /** Tolerance on every spike time [ms]. */
    public static final double TOLERANCE_MS = 0.5;
    private static final double DT = 0.025;
    private static final double TSTOP = 250;

    private final String cell;

    NeuronActiveCase(String cell) {
        this.cell = cell;
    }

    @Override
    public String name() {
        return "cell/neuron-active-" + cell;
    }

    @Override
    public String reference() {
        return "HH step on " + cell + " (hh in all sections): soma spike times vs NEURON 8.2.2";
    }

    @Override
    public String dataFolder() {
        return "neuron_reference";
    }

    /** The protocol's cell: the SWC with NEURON's conventions, hh everywhere, at d_lambda 0.1. */
    public static CellModel cell(Path dataDir, String cell) {
        JsonValue active = Json.read(dataDir.resolve(cell + "_cell_protocols.json")).require("active");
        Morphology m = SwcLoader.load(dataDir.getParent().resolve(active.require("swc").asString()), SwcConvention.NEURON).morphology();
        return CellModel.builder(m).ra(Region.all(), NeuronProtocol.RA).cm(Region.all(), NeuronProtocol.CM)
                .channel(Region.all(), SquidHh.neuronTabulated(SquidHh.sodium(), SquidHh.REFERENCE_CELSIUS), 0.12, 50)
                .channel(Region.all(), SquidHh.neuronTabulated(SquidHh.potassium(), SquidHh.REFERENCE_CELSIUS), 0.036, -77)
                .channel(Region.all(), SquidHh.leak(), 0.0003, -54.3)
                .policy(new CvPolicy.DLambda(0.1)).build();
    }

    /** The protocol's simulation: the IClamp and a soma probe sampled every step. */
    public static CellSimulation simulation(CellModel model, double ampNA) {
        Morphology m = model.morphology();
        int soma = model.discretization().compartmentAt(new Location(m.sectionNamed("soma[0]"), 0.5));
        CellSimulation sim = new CellSimulation(model, DT, TimeStepping.BACKWARD_EULER, SquidHh.REFERENCE_CELSIUS);
        sim.addCurrentClamp(soma, new DcSource(Units.nAtoPA(ampNA), 20.0, 220.0), 0);
        sim.addProbe("soma", soma);
        return sim;
    }

    /** NetCon-style spike times [ms] of a trace sampled every dt from 0: the first sample at or above threshold. */
    public static double[] spikeTimes(double[] v, double dtMs, double thresholdMV) {
        List<Double> out = new ArrayList<>();
        for (int i = 1; i < v.length; i++) {
            if (v[i - 1] < thresholdMV && v[i] >= thresholdMV) {
                out.add(i * dtMs);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public Result run(Path dataDir) {
        JsonValue active = Json.read(dataDir.resolve(cell + "_cell_protocols.json")).require("active");
        double[] ref = active.require("spike_times_ms_default").asDoubleArray();
        CellSimulation sim = simulation(cell(dataDir, cell), active.require("amp_nA").asDouble());
        sim.run(TSTOP, -65, ProgressListener.NONE);
        double[] ours = spikeTimes(sim.probeRecord().column(0), DT, 0.0);
        String counts = ours.length + " spikes (NEURON " + ref.length + ")";
        if (ours.length != ref.length) {
            return new Result(Double.POSITIVE_INFINITY, TOLERANCE_MS, "max |spike time diff| [ms]", counts);
        }
        double worst = 0;
        double first = Math.abs(ours[0] - ref[0]);
        for (int i = 0; i < ref.length; i++) {
            worst = Math.max(worst, Math.abs(ours[i] - ref[i]));
        }
        // the whole soma trace too, every 0.1 ms (for the record: spikes make this large at any shift)
        double[] refV = NumericTable.csv(dataDir.resolve(cell + "_active.csv")).get("v_soma_mV");
        double[] v = sim.probeRecord().column(0);
        int every = (int) Math.round(0.1 / DT);
        double maxDv = 0;
        for (int k = 0; k < refV.length && k * every < v.length; k++) {
            maxDv = Math.max(maxDv, Math.abs(refV[k] - v[k * every]));
        }
        return new Result(worst, TOLERANCE_MS, "max |spike time diff| [ms]",
                String.format(Locale.ROOT, "%s, first %.3f vs %.3f ms (diff %.3f), last %.3f vs %.3f ms; soma trace max |dV| %.2e mV",
                        counts, ours[0], ref[0], first, ours[ours.length - 1], ref[ref.length - 1], maxDv));
    }

    /** The L2/3 pyramidal cell, 0.8 nA. */
    public static final class L23Pyramidal extends NeuronActiveCase {
        public L23Pyramidal() {
            super("L23pyr-j150811a");
        }
    }

    /** Arbor's ball-and-stick, 0.1 nA. */
    public static final class BallAndStick extends NeuronActiveCase {
        public BallAndStick() {
            super("arbor_ball_and_stick");
        }
    }
}
