package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.record.TraceRecord;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.morphology.cell.CellRun;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.NetworkRun;

/**
 * The shared synapse layer (DESIGN.md: "point neurons and compartments use the same banks"): one
 * receptor type, defined by the same JSON in a network file and in a cell spec, driven by one spike
 * train, gives the same conductance trace on a point neuron (ntwk LIF, recorded by a multimeter)
 * and on a single isopotential compartment (a one-point soma, one compartment), to 1e-12 relative.
 * Timing: the ntwk LIF follows Brian2, whose SpikeGeneratorGroup sends a spike at t in step
 * floor(t/dt) (the step that starts at t), so with delay 0.1 ms its input enters the bank at the end
 * of step t/dt + 1 and shows at t + 0.2 ms; the cell gets delay_ms 0.2 (its events act at
 * round((t + d)/dt)). Both sample the bank on the same 0.1 ms grid.
 */
class SharedReceptorIdentityTest {
    @TempDir
    Path dir;

    private static final String RECEPTORS = "\"receptors\": {\"AMPA\": {\"kinetics\": \"exp2\", \"tau_rise\": 0.2, \"tau_decay\": 2.0, \"E_rev\": 0.0}}";
    private static final String TIMES = "[10.0, 12.0, 12.5, 30.0, 30.1]";

    @Test
    void oneTrainGivesTheSameConductanceOnAPointNeuronAndOnACompartment() throws IOException {
        Path net = dir.resolve("net.json");
        Files.writeString(net, "{\"neurite\": \"network\", \"dt\": 0.1, \"tstop\": 60, \"seed\": 1,\n " + RECEPTORS + ",\n"
                + " \"groups\": [{\"name\": \"cell\", \"size\": 1, \"neuron_type\": 1, \"model\": \"LIF\"}],\n"
                + " \"devices\": [{\"type\": \"spike_generator\", \"name\": \"train\", \"target\": \"cell\", \"spike_times\": " + TIMES
                + ", \"weight\": 0.7, \"receptor\": \"AMPA\", \"delay\": 0.1},\n"
                + "   {\"type\": \"multimeter\", \"name\": \"g\", \"target\": \"cell\", \"record_from\": [\"GAMPA\"], \"interval\": 0.1}]}\n");
        NetworkRun.Result point = NetworkRun.run(net, new NetworkRun.Options(NetworkFile.Overrides.NONE, 1, null, "test"), ProgressListener.NONE);
        TraceRecord gPoint = point.network().traces().get(0);
        assertEquals("GAMPA", gPoint.variable());

        Path swc = dir.resolve("soma.swc");
        Files.writeString(swc, "1 1 0 0 0 10 -1\n");
        Path spec = dir.resolve("cell.json");
        Files.writeString(spec, "{\"morphology\": \"soma.swc\", \"discretization\": {\"policy\": \"fixed_per_section\", \"value\": 1},\n"
                + " \"passive\": [{\"g_pas\": 5e-5, \"e_pas\": -70}], \"dt\": 0.1, \"tstop\": 60, \"v_init\": -70,\n " + RECEPTORS + ",\n"
                + " \"synapses\": [{\"name\": \"train\", \"receptor\": \"AMPA\", \"weight\": 0.7, \"locations\": [\"soma\"], \"delay_ms\": 0.2,\n"
                + "   \"source\": {\"type\": \"spike_times\", \"spike_times\": [" + TIMES + "]}}]}\n");
        CellRun cell = CellRun.prepare(spec);
        assertEquals(1, cell.model().discretization().size(), "one isopotential compartment");
        cell.simulation().synapses().addConductanceProbe("g", "train", 0, "AMPA");
        cell.run(ProgressListener.NONE);
        TraceRecord gCell = cell.simulation().synapses().probeRecord();

        // the multimeter's first sample is at 0.1 ms, the cell's at 0: align on time
        double peak = 0;
        for (int k = 0; k < gPoint.sampleCount(); k++) {
            peak = Math.max(peak, gPoint.value(k, 0));
        }
        assertTrue(peak > 0.7, "two close spikes sum above one event's peak: " + peak);
        int compared = 0;
        for (int k = 0; k < gPoint.sampleCount(); k++) {
            double t = gPoint.timeMs(k);
            int c = (int) Math.round(t / 0.1);
            assertEquals(t, gCell.timeMs(c), 1e-9);
            assertEquals(gPoint.value(k, 0), gCell.value(c, 0), 1e-12 * peak, "g at " + t + " ms");
            compared++;
        }
        assertEquals(600, compared);
    }
}
