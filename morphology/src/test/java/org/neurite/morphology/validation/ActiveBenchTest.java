package org.neurite.morphology.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.channels.spi.BenchWorkload;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.testing.ValidationData;
import org.neurite.morphology.bench.ActiveCellBench;
import org.neurite.morphology.bench.Rallpack3Bench;

/** The active bench workloads do the intended work (no timing asserted): the figures that show it. */
class ActiveBenchTest {
    @Test
    void rallpack3BenchRunsTheAxonToTheReferencesSpikes() {
        ValidationData.folder("rallpack");
        BenchWorkload.Result r = new Rallpack3Bench().run(1, ProgressListener.NONE);
        System.out.println("rallpack3 bench: setup " + r.setupSeconds() + " s, run " + r.runSeconds() + " s, " + r.figures());
        assertEquals("1000", r.figures().get("compartments"));
        assertEquals("5000", r.figures().get("steps"));
        assertEquals("18", r.figures().get("spikes_x0"));
        assertEquals("17", r.figures().get("spikes_xL"));
        assertTrue(Double.parseDouble(r.figures().get("rel_rms_x0")) < 0.02, r.figures().toString());
        assertTrue(Double.parseDouble(r.figures().get("rel_rms_xL")) < 0.035, r.figures().toString());
    }

    @Test
    void activeCellBenchFiresNeuronsSpikes() {
        ValidationData.folder("neuron_reference");
        BenchWorkload.Result r = new ActiveCellBench().run(1, ProgressListener.NONE);
        System.out.println("cell-active bench: setup " + r.setupSeconds() + " s, run " + r.runSeconds() + " s, " + r.figures());
        assertEquals("10000", r.figures().get("steps"));
        // NEURON 8.2.2: 13 spikes, the first at 21.750 ms, the last at 206.550 ms (L23pyr-j150811a_cell_protocols.json)
        assertEquals("13", r.figures().get("spikes"));
        assertEquals("21.750", r.figures().get("first_spike_ms"));
        assertEquals("206.550", r.figures().get("last_spike_ms"));
    }
}
