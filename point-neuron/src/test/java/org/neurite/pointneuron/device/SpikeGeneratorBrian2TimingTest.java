package org.neurite.pointneuron.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.record.TraceRecord;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.Network;

/**
 * A spike_generator spike onto an ntwk (Brian2-convention) cell reaches it when Brian2's
 * SpikeGeneratorGroup spike does: the reference, src/test/resources/brian2/spike_generator_timing.json,
 * is Brian2 2.5.1's output of spike_generator_timing.py beside it (a spike at t, on and off the
 * 0.1 ms grid, through a delay d onto a variable that only jumps; the first sample that shows the
 * jump). Here the variable is the conductance of an exponential receptor with a 10⁶ ms decay on an
 * ntwk LIF, sampled by a multimeter every step; the first sample at or above half the weight must
 * be at Brian2's time, exactly (to 1e-9 ms).
 */
class SpikeGeneratorBrian2TimingTest {
    static final Path REFERENCE = Path.of("src/test/resources/brian2/spike_generator_timing.json");

    @Test
    void generatorSpikesReachNtwkCellsAtBrian2sStep() {
        JsonValue ref = Json.read(REFERENCE);
        for (JsonValue c : ref.get("cases").elements()) {
            double t = c.get("spike_ms").asDouble();
            double d = c.get("delay_ms").asDouble();
            String net = String.format(Locale.ROOT, "{\"neurite\": \"network\", \"dt\": 0.1, \"tstop\": 4, \"seed\": 1,"
                    + " \"receptors\": {\"AMPA\": {\"kinetics\": \"exp\", \"tau\": 1e6, \"E_rev\": 0.0}},"
                    + " \"groups\": [{\"name\": \"cell\", \"size\": 1, \"neuron_type\": 1, \"model\": \"LIF\"}],"
                    + " \"devices\": [{\"type\": \"spike_generator\", \"name\": \"train\", \"target\": \"cell\", \"spike_times\": [%s],"
                    + " \"weight\": 1.0, \"receptor\": \"AMPA\", \"delay\": %s},"
                    + " {\"type\": \"multimeter\", \"name\": \"g\", \"target\": \"cell\", \"record_from\": [\"GAMPA\"], \"interval\": 0.1}]}",
                    t, d);
            Network n = new Network(NetworkFile.parse(Json.parse(net, "timing.json")), 1);
            n.run(ProgressListener.NONE);
            TraceRecord g = n.traces().get(0);
            double first = Double.NaN;
            for (int k = 0; k < g.sampleCount(); k++) {
                if (g.value(k, 0) >= 0.5) {
                    first = g.timeMs(k);
                    break;
                }
            }
            assertEquals(c.get("first_sample_ms").asDouble(), first, 1e-9, "spike at " + t + " ms, delay " + d + " ms");
        }
    }
}
