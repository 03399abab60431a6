package org.neurite.morphology.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.neurite.channels.spi.BenchWorkload;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.morphology.cell.CellSimulation;

/**
 * The replay bench workload does the intended work (no timing asserted): it is registered, the
 * cell is the committed pyramidal cell (2144 segments), 1000 sites carry 1800 synapses, and
 * each presynaptic spike becomes one event per receptor of its site.
 */
class ReplayBenchTest {
    @Test
    void theWorkloadIsRegisteredAndDoesTheIntendedWork() throws Exception {
        boolean found = false;
        for (BenchWorkload w : ServiceLoader.load(BenchWorkload.class)) {
            found |= w.name().equals("replay");
        }
        assertTrue(found, "bench workload 'replay' registered");
        var build = Class.forName("org.neurite.morphology.bench.ReplayBench").getDeclaredMethod("build");
        build.setAccessible(true);
        CellSimulation sim = (CellSimulation) build.invoke(null);
        CellSynapses syn = sim.synapses();
        assertEquals(2144, sim.model().discretization().totalNseg(), "NEURON segments (morphologies/index.json)");
        assertEquals(1800, syn.synapseCount());
        sim.run(100, -70, ProgressListener.NONE);
        // spikes of the excitatory group reach AMPA and NMDA, those of the inhibitory group GABA_A
        SynapseGroup e = syn.groups().get(0);
        assertEquals(2, e.receptorCount());
        assertEquals(1, syn.groups().get(1).receptorCount());
        assertTrue(syn.spikesUsed() > 0);
        // events = 2 x excitatory spikes + inhibitory spikes; spikes = excitatory + inhibitory
        long exc = syn.eventsDelivered() - syn.spikesUsed();
        long inh = syn.spikesUsed() - exc;
        assertTrue(exc > 0 && inh > 0, exc + " excitatory, " + inh + " inhibitory spikes");
        // 5 Hz x 0.1 s: about 400 excitatory and 100 inhibitory spikes (Poisson, 4 sd)
        assertEquals(400, exc, 4 * Math.sqrt(400));
        assertEquals(100, inh, 4 * Math.sqrt(100));
    }
}
