package org.neurite.morphology.validation;

import java.nio.file.Path;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.cell.CellSimulation;
import org.neurite.morphology.discretize.CvPolicy;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * Rallpack 1 (Bhalla, Bilitch &amp; Bower 1992; validation/rallpack/PROVENANCE.md): a uniform passive
 * sealed cable, 1 mm long, 1 µm in diameter, RA 100 Ω·cm, RM 40 000 Ω·cm², CM 1 µF/cm², rest −65
 * mV, 0.1 nA injected into the first compartment from t = 0 for 250 ms; voltages of the first and
 * last compartments compared with the series solution in {@code ref_cable.0} and {@code ref_cable.x}
 * (SI units, every 0.05 ms).
 */
public final class Rallpack1 {
    /** Cable length [µm]. */
    public static final double LENGTH_UM = 1000;
    /** Cable diameter [µm]. */
    public static final double DIAMETER_UM = 1;
    /** Reference sampling interval [ms]. */
    public static final double SAMPLE_MS = 0.05;
    /** Simulated time [ms]. */
    public static final double TSTOP_MS = 250;

    private Rallpack1() {
    }

    /** The model with n equal compartments. */
    public static CellModel model(int compartments) {
        double r = 0.5 * DIAMETER_UM;
        Morphology.Builder b = Morphology.builder();
        b.addSection(-1, 0, SwcType.AXON, "cable", new double[] {0, 0, 0, r, LENGTH_UM, 0, 0, r}, null, false);
        Morphology m = b.build();
        return CellModel.builder(m)
                .ra(Region.all(), 100).cm(Region.all(), 1).pas(Region.all(), 1.0 / 40000, -65)
                .policy(new CvPolicy.FixedPerSection(compartments)).build();
    }

    /** A prepared run: the simulation with its clamp and two probes (first, last compartment). */
    public static CellSimulation simulation(CellModel model, double dtMs, TimeStepping stepping) {
        return RallpackCable.clampedAtZero(model, dtMs, stepping, 6.3, SAMPLE_MS);
    }

    /** Runs it: {v at x = 0, v at x = L} sampled every max(dt, 0.05 ms) [mV]. */
    public static double[][] simulate(int compartments, double dtMs, TimeStepping stepping) {
        CellSimulation sim = simulation(model(compartments), dtMs, stepping);
        sim.run(TSTOP_MS, -65, ProgressListener.NONE);
        return new double[][] {sim.probeRecord().column(0), sim.probeRecord().column(1)};
    }

    /** The reference traces {x = 0, x = L} in mV (every 0.05 ms from 0). */
    public static double[][] reference(Path rallpackDir) {
        return RallpackCable.reference(rallpackDir, "ref_cable.0", "ref_cable.x");
    }

    /** Relative RMS errors {x = 0, x = L} of a simulation sampled every 0.05 ms. */
    public static double[] relativeRms(double[][] ref, double[][] sim) {
        return RallpackCable.relativeRms(ref, sim);
    }
}
