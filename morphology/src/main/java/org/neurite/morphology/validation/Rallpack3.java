package org.neurite.morphology.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurite.channels.ion.SquidHh;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.cell.CellSimulation;
import org.neurite.morphology.discretize.CvPolicy;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * Rallpack 3 (Bhalla, Bilitch &amp; Bower 1992; validation/rallpack/PROVENANCE.md): the Rallpack 1
 * cable (1 mm, 1 µm diameter, RA 100 Ω·cm, RM 40 000 Ω·cm², CM 1 µF/cm², E_leak −65 mV) with the
 * squid channels (ḡ_Na 120 mS/cm², E_Na 50 mV, ḡ_K 36 mS/cm², E_K −77 mV; the rates exactly as
 * written, no temperature factor and no tables), 0.1 nA into the first compartment from t = 0 for
 * 250 ms, gates starting at their steady state at −65 mV; the voltages of the first and last
 * compartments compared with NEURON's 1 µs reference ({@code ref_axon.0.neuron},
 * {@code ref_axon.x.neuron}, SI units, every 0.05 ms). Spike times are upward crossings of 0 mV,
 * linearly interpolated between the 0.05 ms samples (the same for both traces).
 */
public final class Rallpack3 {
    /** Cable length [µm]. */
    public static final double LENGTH_UM = 1000;
    /** Cable diameter [µm]. */
    public static final double DIAMETER_UM = 1;
    /** Reference sampling interval [ms]. */
    public static final double SAMPLE_MS = 0.05;
    /** Simulated time [ms]. */
    public static final double TSTOP_MS = 250;
    /** Spike detection threshold [mV]. */
    public static final double THRESHOLD_MV = 0;

    private Rallpack3() {
    }

    /** The model with n equal compartments. */
    public static CellModel model(int compartments) {
        double r = 0.5 * DIAMETER_UM;
        Morphology.Builder b = Morphology.builder();
        b.addSection(-1, 0, SwcType.AXON, "axon", new double[] {0, 0, 0, r, LENGTH_UM, 0, 0, r}, null, false);
        return CellModel.builder(b.build())
                .ra(Region.all(), 100).cm(Region.all(), 1).pas(Region.all(), 1.0 / 40000, -65)
                .channel(Region.all(), SquidHh.sodium(), 0.12, 50)
                .channel(Region.all(), SquidHh.potassium(), 0.036, -77)
                .policy(new CvPolicy.FixedPerSection(compartments)).build();
    }

    /**
     * A prepared run: the clamp and two probes (first, last compartment) sampled every 0.05 ms, at
     * 6.3 °C (the squid channels' reference temperature: no temperature factor).
     */
    public static CellSimulation simulation(CellModel model, double dtMs, TimeStepping stepping) {
        return RallpackCable.clampedAtZero(model, dtMs, stepping, SquidHh.REFERENCE_CELSIUS, SAMPLE_MS);
    }

    /** Runs it: {v at x = 0, v at x = L} every 0.05 ms [mV] (dt must divide 0.05 ms). */
    public static double[][] simulate(int compartments, double dtMs, TimeStepping stepping) {
        CellSimulation sim = simulation(model(compartments), dtMs, stepping);
        sim.run(TSTOP_MS, -65, ProgressListener.NONE);
        return new double[][] {sim.probeRecord().column(0), sim.probeRecord().column(1)};
    }

    /** NEURON's reference traces {x = 0, x = L} in mV (every 0.05 ms from 0). */
    public static double[][] reference(Path rallpackDir) {
        return RallpackCable.reference(rallpackDir, "ref_axon.0.neuron", "ref_axon.x.neuron");
    }

    /** Relative RMS errors {x = 0, x = L} (RMS of the difference over the reference's range). */
    public static double[] relativeRms(double[][] ref, double[][] sim) {
        return RallpackCable.relativeRms(ref, sim);
    }

    /** Upward crossings of the threshold, linearly interpolated, in a trace sampled every sampleMs from 0 [ms]. */
    public static double[] spikeTimes(double[] v, double sampleMs) {
        List<Double> out = new ArrayList<>();
        for (int i = 1; i < v.length; i++) {
            if (v[i - 1] < THRESHOLD_MV && v[i] >= THRESHOLD_MV) {
                out.add((i - 1 + (THRESHOLD_MV - v[i - 1]) / (v[i] - v[i - 1])) * sampleMs);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Largest |Δt| between matching spikes [ms], or +∞ when the counts differ. */
    public static double maxSpikeShift(double[] ref, double[] sim) {
        if (ref.length != sim.length) {
            return Double.POSITIVE_INFINITY;
        }
        double m = 0;
        for (int i = 0; i < ref.length; i++) {
            m = Math.max(m, Math.abs(ref[i] - sim[i]));
        }
        return m;
    }
}
