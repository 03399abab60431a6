package org.neurite.meanfield.characterize;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.neurite.channels.input.PoissonSource;
import org.neurite.channels.input.SpikeSink;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.receptor.Exponential;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.channels.spi.Plugins;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.meanfield.tf.TfData;
import org.neurite.pointneuron.model.BlockSpec;
import org.neurite.pointneuron.model.NeuronBlock;
import org.neurite.pointneuron.model.NeuronModelPlugin;
import org.neurite.pointneuron.model.SpikeBuffer;

/**
 * Characterises the transfer function of a point-neuron model by simulation (Zerlaut et al. 2016,
 * 2018): at every grid point of input rates, {@code seeds} independent cells receive, per
 * pathway, one Poisson train at count × rate whose events add Q to the pathway's port; the output
 * rate of each cell is its spike count after the transient over the remaining time. Grid points
 * run in parallel; each point draws from its own random streams (seed, point, pathway, cell), so
 * the result does not depend on the number of threads.
 */
public final class Characterization {
    /** Sampling interval of V for the membrane statistics [ms]. */
    static final double SAMPLE_MS = 0.5;
    /** Longest lag of the autocorrelation integral [ms]. */
    static final double MAX_LAG_MS = 150.0;

    private Characterization() {
    }

    /**
     * @param spec the scan
     * @param threads worker threads, ≥ 1
     * @param progress receives progress in simulated steps over the whole scan (calls are serialised)
     */
    public static CharacterizationResult run(CellSpec spec, int threads, ProgressListener progress) {
        if (threads < 1) {
            throw BadInputException.parameter("threads", "must be >= 1, got " + threads);
        }
        int points = spec.points().length;
        long stepsPerPoint = Math.round(spec.durationMs() / spec.dtMs());
        long total = stepsPerPoint * points;
        double[][] rates = new double[points][];
        double[][] mu = spec.membraneStatistics() ? new double[points][] : null;
        double[][] sigma = spec.membraneStatistics() ? new double[points][] : null;
        double[][] tau = spec.membraneStatistics() ? new double[points][] : null;
        Object lock = new Object();
        long[] done = {0};
        ProgressListener shared = (d, t) -> {
            synchronized (lock) {
                done[0] += d;
                progress.progress(done[0], total);
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, points));
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int k = 0; k < points; k++) {
                final int point = k;
                jobs.add(pool.submit(() -> {
                    PointRun r = new PointRun(spec, point);
                    r.simulate(stepsPerPoint, shared);
                    rates[point] = r.rates;
                    if (mu != null) {
                        mu[point] = r.mu;
                        sigma[point] = r.sigma;
                        tau[point] = r.tau;
                    }
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("characterisation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double[] mean = new double[points];
        double[] sd = new double[points];
        for (int k = 0; k < points; k++) {
            double[] ms = meanSd(rates[k]);
            mean[k] = ms[0];
            sd[k] = ms[1];
        }
        TfData data = new TfData(spec.source(), spec.membrane(), spec.pathways(), spec.points(), mean, sd, spec.seeds(),
                spec.durationMs() - spec.transientMs());
        return new CharacterizationResult(spec, data, rates, mu, sigma, tau);
    }

    /** Mean and SD (over the values, population SD with n − 1; 0 for one value). */
    static double[] meanSd(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        double m = s / x.length;
        double q = 0;
        for (double v : x) {
            q += (v - m) * (v - m);
        }
        return new double[] {m, x.length > 1 ? Math.sqrt(q / (x.length - 1)) : 0.0};
    }

    /** Adds a pathway's quantal conductance to its port, per event. */
    private static final class Delivery implements SpikeSink {
        private final double[] target;
        private final double q;

        Delivery(double[] target, double q) {
            this.target = target;
            this.q = q;
        }

        @Override
        public void accept(int train, double timeMs) {
            target[train] += q;
        }
    }

    /** The cells of one grid point. */
    private static final class PointRun {
        final CellSpec spec;
        final int point;
        final double[] rates;
        double[] mu;
        double[] sigma;
        double[] tau;

        PointRun(CellSpec spec, int point) {
            this.spec = spec;
            this.point = point;
            this.rates = new double[spec.seeds()];
        }

        void simulate(long steps, ProgressListener progress) {
            int n = spec.seeds();
            int ns = spec.synapses().size();
            List<Receptor> receptors = new ArrayList<>();
            for (SynapseSpec s : spec.synapses()) {
                receptors.add(Receptor.conductance(s.port(), new Exponential(s.pathway().tauMs()), s.pathway().erevMV()));
            }
            RandomStreams streams = new RandomStreams(spec.seed());
            NeuronModelPlugin plugin = Plugins.find(NeuronModelPlugin.class, spec.model());
            NeuronBlock block = plugin.create(new BlockSpec("cell", n, spec.parameters(), dedupe(receptors), spec.dtMs(), streams,
                    point, spec.integrator()));
            double[][] in = block.portInput();
            PoissonSource[] sources = new PoissonSource[ns];
            Delivery[] sinks = new Delivery[ns];
            for (int s = 0; s < ns; s++) {
                SynapseSpec syn = spec.synapses().get(s);
                int port = block.portNames().indexOf(syn.port());
                if (port < 0) {
                    throw BadInputException.at(spec.source(), 0, "synapse " + syn.pathway().name() + ": model " + spec.model()
                            + " has no port \"" + syn.port() + "\" (ports: " + String.join(", ", block.portNames()) + ")");
                }
                double rate = syn.pathway().count() * spec.points()[point][s];
                sources[s] = new PoissonSource(n, rate, 0, Double.POSITIVE_INFINITY, streams, (long) point * ns + s);
                sinks[s] = new Delivery(in[port], syn.pathway().qNS());
            }
            int vIndex = -1;
            VoltageStatistics[] vs = null;
            int sampleEvery = 1;
            if (spec.membraneStatistics()) {
                vIndex = block.recordables().indexOf("V");
                if (vIndex < 0) {
                    vIndex = block.recordables().indexOf("V_m");
                }
                if (vIndex < 0) {
                    throw BadInputException.at(spec.source(), 0, "membrane_statistics: model " + spec.model()
                            + " records no V or V_m (recordables: " + String.join(", ", block.recordables()) + ")");
                }
                sampleEvery = (int) Math.max(1, Math.round(SAMPLE_MS / spec.dtMs()));
                int lags = (int) Math.round(MAX_LAG_MS / (sampleEvery * spec.dtMs()));
                vs = new VoltageStatistics[n];
                for (int i = 0; i < n; i++) {
                    vs[i] = new VoltageStatistics(lags);
                }
            }
            long firstCounted = Math.round(spec.transientMs() / spec.dtMs());
            int[] count = new int[n];
            SpikeBuffer buf = new SpikeBuffer();
            double dt = spec.dtMs();
            long chunk = Math.max(1, steps / 100);
            long reported = 0;
            for (long step = 0; step < steps; step++) {
                double t0 = step * dt;
                double t1 = (step + 1) * dt;
                for (int s = 0; s < ns; s++) {
                    sources[s].emit(t0, t1, sinks[s]);
                }
                buf.clear();
                block.update(step, 0, n, buf);
                if (step >= firstCounted) {
                    for (int j = 0; j < buf.size(); j++) {
                        count[buf.get(j)]++;
                    }
                    if (vs != null && (step - firstCounted) % sampleEvery == 0) {
                        for (int i = 0; i < n; i++) {
                            vs[i].add(block.recordable(vIndex, i));
                        }
                    }
                }
                if ((step + 1) % chunk == 0) {
                    progress.progress(step + 1 - reported, 0);
                    reported = step + 1;
                }
            }
            if (reported < steps) {
                progress.progress(steps - reported, 0);
            }
            double counted = (steps - firstCounted) * dt * 1e-3;
            for (int i = 0; i < n; i++) {
                rates[i] = count[i] / counted;
            }
            if (vs != null) {
                mu = new double[n];
                sigma = new double[n];
                tau = new double[n];
                for (int i = 0; i < n; i++) {
                    mu[i] = vs[i].mean();
                    sigma[i] = Math.sqrt(vs[i].variance());
                    tau[i] = vs[i].correlationTimeSamples() * sampleEvery * dt;
                }
            }
        }

        /** Synapses sharing a port (NEST's ex/in) need one receptor per port for per-pathway models. */
        private static List<Receptor> dedupe(List<Receptor> receptors) {
            List<Receptor> out = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Receptor r : receptors) {
                if (!names.contains(r.name())) {
                    names.add(r.name());
                    out.add(r);
                }
            }
            return out;
        }
    }
}
