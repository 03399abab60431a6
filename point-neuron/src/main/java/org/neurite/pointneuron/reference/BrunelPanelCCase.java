package org.neurite.pointneuron.reference;

import java.nio.file.Path;
import java.util.Locale;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.record.SpikeRecord;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.BuiltinNetworks;
import org.neurite.pointneuron.run.Network;

/**
 * Brunel 2000 Fig. 8 panel C (g = 5, ν_ext = 2 ν_thr; the asynchronous irregular state), the
 * built-in network {@code brunel_panel_c} (12 500 iaf_psc_delta, fixed in-degree, delay 1.5 ms,
 * Poisson drive per neuron), simulated 1.1 s: the excitatory rate over 0.1–1.1 s against the
 * diffusion-approximation stationary rate 37.9497 Hz of shared/validation/network_models/
 * brunel2000.json (Brunel's eqs. 20–21). Tolerance 10 %: the theory neglects the finite
 * network's correlations and the delta-synapse jumps; Brian2 runs of the same model gave
 * 39.3 ± 1.5 Hz, i.e. +3.6 % (same file).
 */
public final class BrunelPanelCCase implements ValidationCase {
    @Override
    public String name() {
        return "network/brunel2000-panel-c";
    }

    @Override
    public String reference() {
        return "Brunel 2000 panel C network rate vs the diffusion-approximation rate 37.95 Hz (Brian2: 39.3 +- 1.5 Hz)";
    }

    @Override
    public String dataFolder() {
        return "network_models";
    }

    @Override
    public Result run(Path dataDir) {
        JsonValue ref = Json.read(dataDir.resolve("brunel2000.json"));
        double theory = ref.require("diffusion_approximation_solutions_computed_here").require("nu0_Hz")
                .require("g=5, eta=2 (panel C, AI)").asDouble();
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        Network net = new Network(BuiltinNetworks.config("brunel_panel_c", new NetworkFile.Overrides(null, 1100.0, 1L)), threads);
        net.run(ProgressListener.NONE);
        SpikeRecord r = net.spikeRecords().get(0);
        double rateE = SpikeStats.rateHz(r, 0, 10000, 100, 1100);
        double rateI = SpikeStats.rateHz(r, 10000, 2500, 100, 1100);
        double cv = SpikeStats.meanCvIsi(r, 0, 1000, 100);
        return new Result(Math.abs(rateE - theory) / theory, 0.10, "relative error of the E rate",
                String.format(Locale.ROOT, "E %.3f Hz, I %.3f Hz, theory %.4f Hz, mean CV ISI (1000 E) %.3f", rateE, rateI, theory, cv));
    }
}
