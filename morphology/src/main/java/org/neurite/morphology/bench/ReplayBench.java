package org.neurite.morphology.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.neurite.channels.receptor.BiExponential;
import org.neurite.channels.receptor.Nmda;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.channels.spi.BenchWorkload;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.cell.CellSimulation;
import org.neurite.morphology.discretize.CvPolicy;
import org.neurite.morphology.io.SwcConvention;
import org.neurite.morphology.io.SwcLoader;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.synapse.CellSynapses;
import org.neurite.morphology.synapse.PlacementDomain;
import org.neurite.morphology.synapse.ReplayMapping;
import org.neurite.morphology.synapse.SitePlacement;
import org.neurite.morphology.synapse.SynapseGroup;
import org.neurite.morphology.synth.CellGenerator;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * {@code neurite bench replay}: the project's pyramidal cell (morphologies/pyramidal.swc, generated
 * here from its seed: 2144 segments (NEURON's nseg; 2367 nodes with the junctions) at d_lambda 0.1, passive, Ra 150 Ω·cm, pas 5e-5 S/cm²)
 * with 1000 synaptic sites replaying a recorded population of 1000 neurons firing 5 Hz Poisson
 * trains: 800 AMPA+NMDA sites on the basal and apical dendrites (one neuron each) and 200 GABA_A
 * sites within 100 µm of the soma; 1 s at dt 0.025 ms, backward Euler. Set-up = cell, placement,
 * mapping and banks; run = the time loop with soma and apical probes every 0.1 ms.
 */
public final class ReplayBench implements BenchWorkload {
    static final int EXC = 800;
    static final int INH = 200;
    static final double RATE_HZ = 5;
    static final double TSTOP_MS = 1000;
    static final double DT_MS = 0.025;

    @Override
    public String name() {
        return "replay";
    }

    @Override
    public String description() {
        return "pyramidal cell (2144 segments) with 800 AMPA+NMDA and 200 GABA_A sites replaying 1000 neurons at 5 Hz, 1 s at dt 0.025 ms";
    }

    @Override
    public Result run(int threads, ProgressListener progress) {
        build().run(200, -70, ProgressListener.NONE); // warm the JIT on the same code
        long t0 = System.nanoTime();
        CellSimulation sim = build();
        long t1 = System.nanoTime();
        sim.run(TSTOP_MS, -70, progress);
        long t2 = System.nanoTime();
        double setup = (t1 - t0) * 1e-9 + sim.setupSeconds();
        double run = (t2 - t1) * 1e-9 - sim.setupSeconds();
        CellSynapses syn = sim.synapses();
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("nseg", Integer.toString(sim.model().discretization().totalNseg()));
        figures.put("nodes", Integer.toString(sim.model().discretization().size()));
        figures.put("sites", Integer.toString(EXC + INH));
        figures.put("synapses", Integer.toString(syn.synapseCount()));
        figures.put("steps", Long.toString(Math.round(TSTOP_MS / DT_MS)));
        figures.put("presynaptic_spikes", Long.toString(syn.spikesUsed()));
        figures.put("events", Long.toString(syn.eventsDelivered()));
        figures.put("events_per_s", String.format(Locale.ROOT, "%.4g", syn.eventsDelivered() / run));
        figures.put("synapse_updates_per_s", String.format(Locale.ROOT, "%.4g", syn.synapseCount() * (TSTOP_MS / DT_MS) / run));
        figures.put("node_steps_per_s", String.format(Locale.ROOT, "%.4g", sim.model().discretization().size() * (TSTOP_MS / DT_MS) / run));
        double[] soma = sim.probeRecord().column(0);
        double mean = 0;
        for (double v : soma) {
            mean += v / soma.length;
        }
        figures.put("v_soma_mean_mV", String.format(Locale.ROOT, "%.4f", mean));
        figures.put("v_soma_end_mV", String.format(Locale.ROOT, "%.4f", soma[soma.length - 1]));
        return new Result(setup, run, figures);
    }

    /** The cell with its synapses, ready to run. */
    static CellSimulation build() {
        Morphology m = SwcLoader.load(CellGenerator.pyramidal(CellGenerator.PYRAMIDAL_SEED), SwcConvention.NEURON).morphology();
        CellModel cell = CellModel.builder(m).ra(Region.all(), 150).cm(Region.all(), 1).pas(Region.all(), 5e-5, -70)
                .policy(new CvPolicy.DLambda(0.1)).build();
        RandomStreams streams = new RandomStreams(2024);
        Receptor ampa = Receptor.conductance("AMPA", new BiExponential(0.2, 2.0), 0.0);
        Receptor nmda = Receptor.conductance("NMDA", Nmda.jahrStevens(2.0, 70.0), 0.0);
        Receptor gaba = Receptor.conductance("GABA_A", new BiExponential(0.5, 10.0), -80.0);
        List<SynapseGroup> groups = new ArrayList<>();
        groups.add(group("exc", poisson("E", EXC, streams), m,
                Region.union(List.of(Region.tagged(SwcType.BASAL), Region.tagged(SwcType.APICAL))), 0, Double.POSITIVE_INFINITY,
                streams).receptor(ampa, 0.5).receptor(nmda, 0.3).build());
        groups.add(group("inh", poisson("I", INH, streams), m, Region.all(), 0, 100, streams).receptor(gaba, 1.0).build());
        CellSimulation sim = new CellSimulation(cell, DT_MS, TimeStepping.BACKWARD_EULER, 6.3);
        sim.setSynapses(new CellSynapses(cell.discretization(), groups, DT_MS));
        sim.addProbe("soma", cell.discretization().compartmentAt(new Location(0, 0.5)));
        sim.recordProbesEvery(0.1);
        return sim;
    }

    /** A recorded population of n neurons with Poisson trains over the run. */
    private static SpikeRecord poisson(String name, int n, RandomStreams streams) {
        SpikeRecord r = new SpikeRecord(name, (int) (n * RATE_HZ * TSTOP_MS / 1000 * 1.2));
        for (int i = 0; i < n; i++) {
            UniformRandomProvider rng = streams.stream("bench-spikes:" + name, i);
            double t = -Math.log(1 - rng.nextDouble()) * 1000 / RATE_HZ;
            while (t < TSTOP_MS) {
                r.add(i, t);
                t += -Math.log(1 - rng.nextDouble()) * 1000 / RATE_HZ;
            }
        }
        return r;
    }

    /** One site per neuron of the record, placed uniformly by length in the region and distance band. */
    private static SynapseGroup.Builder group(String name, SpikeRecord spikes, Morphology m, Region region, double dMin, double dMax,
                                              RandomStreams streams) {
        int n = spikes.population().equals("E") ? EXC : INH;
        PlacementDomain domain = PlacementDomain.of(m, region, dMin, dMax);
        Location[] sites = SitePlacement.random(domain, n, PlacementDomain.Measure.LENGTH, streams.stream("placement:" + name));
        int[] pool = ReplayMapping.pool(n, n, streams.stream("replay-pool:" + name));
        ReplayMapping.Wiring w = ReplayMapping.onePerNeuron(pool, n, streams.stream("replay-map:" + name));
        return SynapseGroup.builder(name, SynapseGroup.Kind.REPLAY).presynaptic(spikes.population()).sites(sites)
                .source(ReplayMapping.source(spikes, n, w.nodeIds(), 0.0), w.nodeIds(), w.preOffsets(), w.preTrain());
    }
}
