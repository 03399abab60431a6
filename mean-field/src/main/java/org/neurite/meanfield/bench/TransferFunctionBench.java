package org.neurite.meanfield.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.channels.spi.BenchWorkload;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.Plugins;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.meanfield.characterize.CellSpec;
import org.neurite.meanfield.characterize.Characterization;
import org.neurite.meanfield.characterize.CharacterizationResult;
import org.neurite.meanfield.characterize.SynapseSpec;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.stats.Pathway;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.meanfield.tf.Template;
import org.neurite.meanfield.tf.TransferFunctionFit;
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.NeuronModelPlugin;

/**
 * {@code neurite bench meanfield-tf}: the JCNS 2018 RS-cell transfer-function scan as the paper's
 * code runs it (ntwk AdExp, K_e 400 × 1 nS, K_i 100 × 5 nS, Euler at 0.05 ms), on a 10 × 8 grid
 * (ν_e 1–13.5 Hz, ν_i 0–20 Hz), 4 cells × 10 s per point (6.4 × 10⁷ neuron-steps), then the
 * zerlaut2018 fit. The figures (spikes, mean rate, fit RMS) show that the work is the same run
 * after run and for any thread count.
 */
public final class TransferFunctionBench implements BenchWorkload {
    @Override
    public String name() {
        return "meanfield-tf";
    }

    @Override
    public String description() {
        return "RS AdExp transfer-function scan: 80 points x 4 cells x 10 s at 0.05 ms, then the P0..P10 fit";
    }

    @Override
    public Result run(int threads, ProgressListener progress) {
        long t0 = System.nanoTime();
        NeuronModelPlugin plugin = Plugins.find(NeuronModelPlugin.class, "AdExp");
        ParameterSet ps = ParameterSet.of("model AdExp", plugin.parameters(), Map.of());
        List<SynapseSpec> syn = List.of(new SynapseSpec(new Pathway("exc", 400, 1, 5, 0), "exc"),
                new SynapseSpec(new Pathway("inh", 100, 5, 5, -80), "inh"));
        double[][] points = new double[80][];
        for (int i = 0; i < 8; i++) {
            for (int e = 0; e < 10; e++) {
                points[i * 10 + e] = new double[] {1 + e + 0.5 * i, 20.0 * i / 7};
            }
        }
        CellSpec spec = new CellSpec("bench", "AdExp", ps, Integrator.FAST, new Membrane(10, 200, -65, -50), syn, points, 4, 1,
                10_000, 0, 0.05, false, "");
        double setup = (System.nanoTime() - t0) * 1e-9;
        long t1 = System.nanoTime();
        CharacterizationResult r = Characterization.run(spec, threads, progress);
        TransferFunctionFit.Result fit = TransferFunctionFit.fit(r.data(), Template.ZERLAUT2018, ShotNoise.TEXTBOOK);
        double runS = (System.nanoTime() - t1) * 1e-9;
        long spikes = 0;
        double sum = 0;
        for (double[] row : r.ratesHz()) {
            for (double x : row) {
                spikes += Math.round(x * 10);
                sum += x;
            }
        }
        Map<String, String> fig = new LinkedHashMap<>();
        fig.put("neuron-steps", String.format("%.3g", 80.0 * 4 * 200_000));
        fig.put("spikes", Long.toString(spikes));
        fig.put("mean rate [Hz]", String.format("%.4f", sum / 320));
        fig.put("fit RMS [Hz]", String.format("%.4f", fit.rmsHz()));
        return new Result(setup, runS, fig);
    }
}
