package org.neurite.morphology.validation;

import java.nio.file.Path;
import org.neurite.channels.input.DcSource;
import org.neurite.channels.io.NumericTable;
import org.neurite.channels.units.Units;
import org.neurite.channels.validation.TraceErrors;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.cell.CellSimulation;
import org.neurite.morphology.tree.Location;

/**
 * What Rallpack 1 and 3 share (Bhalla et al. 1992): one unbranched cable, 0.1 nA injected at
 * x = 0 from t = 0, voltage probed at both ends and compared with reference traces given in SI
 * units (two columns: time [s], V [V]) by relative RMS.
 */
final class RallpackCable {
    private RallpackCable() {
    }

    /** The clamp at x = 0 and probes "x0", "x1" at both ends, sampled every max(dt, sampleMs). */
    static CellSimulation clampedAtZero(CellModel model, double dtMs, TimeStepping stepping, double celsius, double sampleMs) {
        CellSimulation sim = new CellSimulation(model, dtMs, stepping, celsius);
        int first = model.discretization().compartmentAt(new Location(0, 0.0));
        int last = model.discretization().compartmentAt(new Location(0, 1.0));
        sim.addCurrentClamp(first, new DcSource(Units.nAtoPA(0.1), 0, Double.POSITIVE_INFINITY), 0);
        sim.addProbe("x0", first);
        sim.addProbe("x1", last);
        sim.recordProbesEvery(Math.max(dtMs, sampleMs));
        return sim;
    }

    /** Reference traces {x = 0, x = L} in mV from the two files of a Rallpack folder. */
    static double[][] reference(Path rallpackDir, String atZero, String atEnd) {
        double[][] a = NumericTable.whitespace(rallpackDir.resolve(atZero));
        double[][] b = NumericTable.whitespace(rallpackDir.resolve(atEnd));
        return new double[][] {toMV(a[1]), toMV(b[1])};
    }

    /** Relative RMS errors {x = 0, x = L}. */
    static double[] relativeRms(double[][] ref, double[][] sim) {
        return new double[] {TraceErrors.relativeRms(ref[0], sim[0]), TraceErrors.relativeRms(ref[1], sim[1])};
    }

    private static double[] toMV(double[] volts) {
        double[] out = new double[volts.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Units.vToMV(volts[i]);
        }
        return out;
    }
}
