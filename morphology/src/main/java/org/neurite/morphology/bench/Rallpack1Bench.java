package org.neurite.morphology.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.neurite.channels.spi.BenchWorkload;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.cell.CellSimulation;
import org.neurite.morphology.validation.Rallpack1;

/**
 * {@code neurite bench rallpack1}: Rallpack 1 (1000 compartments, 250 ms, dt 0.05 ms, backward
 * Euler) timed as NEURON and Brian2 are timed on it: set-up (model + discretisation + solver
 * arrays) and the time loop with both probes recorded every step. The accuracy against the series
 * solution is reported when the reference folder (../shared/validation/rallpack, or the folder in
 * the system property {@code neurite.refs}) is found. Peer figures on this machine: NEURON 9
 * 0.13–0.15 s, Brian2 (C++ standalone) 0.08 s.
 */
public final class Rallpack1Bench implements BenchWorkload {
    @Override
    public String name() {
        return "rallpack1";
    }

    @Override
    public String description() {
        return "Rallpack 1 passive cable, 1000 compartments, 250 ms at dt 0.05 ms (NEURON 9: 0.13-0.15 s, Brian2 C++: 0.08 s)";
    }

    @Override
    public Result run(int threads, ProgressListener progress) {
        // warm the JIT on two runs of the same code (NEURON's and Brian2's timings exclude start-up)
        for (int k = 0; k < 2; k++) {
            CellSimulation warm = Rallpack1.simulation(Rallpack1.model(1000), 0.05, TimeStepping.BACKWARD_EULER);
            warm.run(Rallpack1.TSTOP_MS, -65, ProgressListener.NONE);
        }

        long t0 = System.nanoTime();
        CellModel model = Rallpack1.model(1000);
        CellSimulation sim = Rallpack1.simulation(model, 0.05, TimeStepping.BACKWARD_EULER);
        long t1 = System.nanoTime();
        sim.run(Rallpack1.TSTOP_MS, -65, progress);
        long t2 = System.nanoTime();
        double setup = (t1 - t0) * 1e-9 + sim.setupSeconds();
        double run = (t2 - t1) * 1e-9 - sim.setupSeconds();
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("compartments", Integer.toString(model.discretization().size()));
        figures.put("steps", Long.toString(Math.round(Rallpack1.TSTOP_MS / 0.05)));
        figures.put("v_end_x0_mV", String.format(Locale.ROOT, "%.4f", last(sim.probeRecord().column(0))));
        figures.put("v_end_xL_mV", String.format(Locale.ROOT, "%.4f", last(sim.probeRecord().column(1))));
        Path refs = referenceFolder();
        if (refs != null) {
            double[][] ref = Rallpack1.reference(refs);
            double[] e = Rallpack1.relativeRms(ref, new double[][] {sim.probeRecord().column(0), sim.probeRecord().column(1)});
            figures.put("rel_rms_x0", String.format(Locale.ROOT, "%.3e", e[0]));
            figures.put("rel_rms_xL", String.format(Locale.ROOT, "%.3e", e[1]));
        } else {
            figures.put("rel_rms", "n/a (no ../shared/validation/rallpack; set -Dneurite.refs=DIR)");
        }
        return new Result(setup, run, figures);
    }

    private static double last(double[] v) {
        return v[v.length - 1];
    }

    private static Path referenceFolder() {
        return ReferenceFolders.find("rallpack");
    }
}
