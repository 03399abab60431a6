package org.neurite.morphology.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.neurite.channels.spi.BenchWorkload;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.cell.CellSimulation;
import org.neurite.morphology.validation.Rallpack3;

/**
 * {@code neurite bench rallpack3}: Rallpack 3 (the HH axon, 1000 compartments, 250 ms) at dt
 * 0.05 ms with Crank–Nicolson (NEURON's {@code secondorder = 2}) and the exact rate functions:
 * set-up (model, discretisation, channel banks) and the time loop with both ends recorded every
 * 0.05 ms, after two warm-up runs. Accuracy against NEURON's 1 µs reference is reported when the
 * reference folder is found (../shared/validation/rallpack or {@code -Dneurite.refs=DIR}): relative
 * RMS 1.7 % / 3.2 % and all 18 / 17 spikes, where NEURON's defaults at this step (backward Euler
 * with {@code hh} tables) give 19 % / 28 % and lose a spike. Peer figure on this machine (issue 5):
 * NEURON 9 0.41–0.49 s.
 */
public final class Rallpack3Bench implements BenchWorkload {
    private static final double DT = 0.05;

    @Override
    public String name() {
        return "rallpack3";
    }

    @Override
    public String description() {
        return "Rallpack 3 HH axon, 1000 compartments, 250 ms at dt 0.05 ms, Crank-Nicolson (NEURON 9: 0.41-0.49 s)";
    }

    @Override
    public Result run(int threads, ProgressListener progress) {
        for (int k = 0; k < 2; k++) {
            CellSimulation warm = Rallpack3.simulation(Rallpack3.model(1000), DT, TimeStepping.CRANK_NICOLSON);
            warm.run(Rallpack3.TSTOP_MS, -65, ProgressListener.NONE);
        }
        long t0 = System.nanoTime();
        CellModel model = Rallpack3.model(1000);
        CellSimulation sim = Rallpack3.simulation(model, DT, TimeStepping.CRANK_NICOLSON);
        long t1 = System.nanoTime();
        sim.run(Rallpack3.TSTOP_MS, -65, progress);
        long t2 = System.nanoTime();
        double setup = (t1 - t0) * 1e-9 + sim.setupSeconds();
        double run = (t2 - t1) * 1e-9 - sim.setupSeconds();
        double[][] v = {sim.probeRecord().column(0), sim.probeRecord().column(1)};
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("compartments", Integer.toString(model.discretization().size()));
        figures.put("steps", Long.toString(Math.round(Rallpack3.TSTOP_MS / DT)));
        figures.put("spikes_x0", Integer.toString(Rallpack3.spikeTimes(v[0], Rallpack3.SAMPLE_MS).length));
        figures.put("spikes_xL", Integer.toString(Rallpack3.spikeTimes(v[1], Rallpack3.SAMPLE_MS).length));
        Path refs = ReferenceFolders.find("rallpack");
        if (refs != null) {
            double[][] ref = Rallpack3.reference(refs);
            int n = Math.min(ref[0].length, v[0].length);
            double[] e = Rallpack3.relativeRms(new double[][] {Arrays.copyOf(ref[0], n), Arrays.copyOf(ref[1], n)},
                    new double[][] {Arrays.copyOf(v[0], n), Arrays.copyOf(v[1], n)});
            figures.put("rel_rms_x0", String.format(Locale.ROOT, "%.3e", e[0]));
            figures.put("rel_rms_xL", String.format(Locale.ROOT, "%.3e", e[1]));
        } else {
            figures.put("rel_rms", "n/a (no ../shared/validation/rallpack; set -Dneurite.refs=DIR)");
        }
        return new Result(setup, run, figures);
    }
}
