package org.neurite.pointneuron.model.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.neurite.channels.receptor.Exponential;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.spi.BenchWorkload;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.NeuronBlock;
import org.neurite.pointneuron.model.SpikeBuffer;
import org.neurite.pointneuron.model.validation.Blocks;

/**
 * {@code neurite bench neuron-models}: the cost of one neuron update per model and integrator —
 * 4000 neurons, 0.1 ms steps, one second (10 000 steps; 1000 for the adaptive and HH modes),
 * a random tenth of the neurons receiving an event per step, on one thread. The network
 * benchmarks (COBA, RS-FS, Brunel) spend this per neuron and step plus their spike delivery;
 * e.g. Brian2's C++ COBA (4000 neurons, 1 s) takes 0.10–0.12 s in total, i.e. ~25–30 ns per
 * neuron-step for everything.
 */
public final class ModelStepBench implements BenchWorkload {
    private static final int N = 4000;
    private static final double H = 0.1;

    private record Config(String model, Integrator mode, Map<String, Double> params, double weight, int steps) {
    }

    private static final List<Config> CONFIGS = List.of(
            new Config("iaf_psc_delta", Integrator.FAST, Map.of("I_e", 300.0), 0.5, 10_000),
            new Config("iaf_psc_alpha", Integrator.FAST, Map.of("I_e", 300.0), 50.0, 10_000),
            new Config("iaf_cond_exp", Integrator.FAST, Map.of("I_e", 300.0), 2.0, 10_000),
            new Config("iaf_cond_exp", Integrator.ACCURATE, Map.of("I_e", 300.0), 2.0, 1_000),
            new Config("LIF", Integrator.FAST, Map.of(), 2.0, 10_000),
            new Config("AdExp", Integrator.FAST, Map.of(), 2.0, 10_000),
            new Config("AdExp", Integrator.ACCURATE, Map.of(), 2.0, 1_000),
            new Config("aeif_cond_exp", Integrator.FAST, Map.of("I_e", 600.0), 2.0, 10_000),
            new Config("aeif_cond_exp", Integrator.ACCURATE, Map.of("I_e", 600.0), 2.0, 1_000),
            new Config("hh_cond_exp_traub", Integrator.FAST, Map.of("I_e", 300.0), 2.0, 1_000),
            new Config("hh_cond_exp_traub", Integrator.ACCURATE, Map.of("I_e", 300.0), 2.0, 1_000));

    @Override
    public String name() {
        return "neuron-models";
    }

    @Override
    public String description() {
        return "ns per neuron-step of each model/integrator (4000 neurons, random input, 1 thread)";
    }

    @Override
    public Result run(int threads, ProgressListener progress) {
        List<Receptor> pathways = List.of(Receptor.conductance("Exc", new Exponential(5.0), 0.0),
                Receptor.conductance("Inh", new Exponential(5.0), -80.0));
        Map<String, String> figures = new LinkedHashMap<>();
        long setup = 0;
        long run = 0;
        int done = 0;
        for (Config c : CONFIGS) {
            progress.progress(done++, CONFIGS.size());
            long t0 = System.nanoTime();
            NeuronBlock b = Blocks.create(c.model(), N, H, c.params(), c.mode(), pathways);
            long t1 = System.nanoTime();
            setup += t1 - t0;
            SplittableRandom rnd = new SplittableRandom(1);
            double[][] in = b.portInput();
            SpikeBuffer buf = new SpikeBuffer();
            long spikes = 0;
            long inUpdate = 0;
            for (int s = 0; s < c.steps(); s++) {
                for (int k = 0; k < N / 10; k++) {
                    in[rnd.nextInt(in.length)][rnd.nextInt(N)] += c.weight();
                }
                buf.clear();
                long u0 = System.nanoTime();
                b.update(s, 0, N, buf);
                inUpdate += System.nanoTime() - u0;
                spikes += buf.size();
            }
            run += System.nanoTime() - t1;
            figures.put(c.model() + " " + c.mode() + " [ns/neuron-step]", String.format("%.2f", (double) inUpdate / c.steps() / N));
            figures.put(c.model() + " " + c.mode() + " rate [Hz]", String.format("%.1f", spikes / (double) N / (c.steps() * H * 1e-3)));
        }
        progress.progress(CONFIGS.size(), CONFIGS.size());
        return new Result(setup * 1e-9, run * 1e-9, figures);
    }
}
