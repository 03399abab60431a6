package org.neurite.morphology.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.NumericTable;
import org.neurite.channels.testing.ValidationCases;
import org.neurite.channels.testing.ValidationData;
import org.neurite.channels.validation.TraceErrors;

/**
 * The replay protocol against NEURON 8.2.2 (validation/neuron_reference, PROVENANCE.md): 25 Exp2Syn
 * synapses with explicit trains on the passive L2/3 cell. Tolerance 0.1 mV at soma and first AMPA
 * site (PROVENANCE.md); the trace must also move: the synaptic input depolarises the soma by more
 * than the tolerance, so a cell without synapses would fail.
 */
class NeuronReplayTest {
    @Test
    void somaAndFirstSiteWithinATenthOfAMillivoltOfNeuron() {
        var r = ValidationCases.assertPasses(new NeuronReplayCase());
        System.out.println("neuron replay: max |dV| = " + r.error() + " mV (" + r.detail() + ")");
        // Stronger than the published bound: the cell follows NEURON's fixed-step scheme exactly
        // (same d_lambda nodes, events delivered before the step at round(t/dt), Exp2Syn states
        // propagated exactly, conductance of the step start in the backward-Euler matrix), so only
        // the reference's 6-decimal rounding (5e-7 mV) and floating-point order remain.
        assertTrue(r.error() < 1e-4, "max |dV| " + r.error() + " mV");
    }

    @Test
    void theSynapsesReallyDriveTheCell() {
        Path dir = ValidationData.folder("neuron_reference");
        Map<String, double[]> sim = NeuronReplayCase.simulate(dir, 0.025);
        Map<String, double[]> ref = NumericTable.csv(dir.resolve("L23pyr-j150811a_replay.csv"));
        double[] soma = sim.get("soma");
        double[] fine = ref.get("fine_v_soma_mV");
        int n = Math.min(soma.length, fine.length);
        double span = Arrays.stream(soma).max().orElseThrow() - Arrays.stream(soma).min().orElseThrow();
        assertTrue(span > 10 * NeuronReplayCase.TOLERANCE_MV, "soma swing " + span + " mV");
        double vsFine = TraceErrors.maxAbs(Arrays.copyOf(fine, n), Arrays.copyOf(soma, n));
        System.out.println("neuron replay: soma swing " + span + " mV, max |dV| vs NEURON's fine run " + vsFine + " mV");
    }
}
