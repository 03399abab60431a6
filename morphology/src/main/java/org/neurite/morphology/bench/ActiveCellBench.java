package org.neurite.morphology.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.spi.BenchWorkload;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.cell.CellSimulation;
import org.neurite.morphology.validation.NeuronActiveCase;

/**
 * {@code neurite bench cell-active}: the HH step of validation/neuron_reference on the real L2/3
 * pyramidal cell L23pyr-j150811a (NEURON's {@code hh} with its rate tables in every section, 683
 * segments at d_lambda 0.1 plus junction nodes, IClamp 0.8 nA at the soma from 20 to 220 ms, 250 ms
 * at dt 0.025 ms, backward Euler) — the run whose spike times equal NEURON 8.2.2's. Set-up (SWC,
 * discretisation, banks) and the time loop, after two warm-up runs. Needs the validation data
 * (../shared/validation or {@code -Dneurite.refs=DIR}); the PROVENANCE files state no NEURON timing.
 */
public final class ActiveCellBench implements BenchWorkload {
    private static final String CELL = "L23pyr-j150811a";

    @Override
    public String name() {
        return "cell-active";
    }

    @Override
    public String description() {
        return "HH step on the L2/3 pyramidal cell (hh in all sections, ~700 compartments, 250 ms at dt 0.025 ms)";
    }

    @Override
    public Result run(int threads, ProgressListener progress) {
        Path dir = ReferenceFolders.find("neuron_reference");
        if (dir == null) {
            throw new BadInputException("bench cell-active needs ../shared/validation/neuron_reference (or -Dneurite.refs=DIR)");
        }
        double amp = Json.read(dir.resolve(CELL + "_cell_protocols.json")).require("active").require("amp_nA").asDouble();
        for (int k = 0; k < 2; k++) {
            NeuronActiveCase.simulation(NeuronActiveCase.cell(dir, CELL), amp).run(250, -65, ProgressListener.NONE);
        }
        long t0 = System.nanoTime();
        CellModel model = NeuronActiveCase.cell(dir, CELL);
        CellSimulation sim = NeuronActiveCase.simulation(model, amp);
        long t1 = System.nanoTime();
        sim.run(250, -65, progress);
        long t2 = System.nanoTime();
        double setup = (t1 - t0) * 1e-9 + sim.setupSeconds();
        double run = (t2 - t1) * 1e-9 - sim.setupSeconds();
        double[] spikes = NeuronActiveCase.spikeTimes(sim.probeRecord().column(0), sim.dt(), 0.0);
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("compartments", Integer.toString(model.discretization().size()));
        figures.put("steps", Long.toString(Math.round(250 / sim.dt())));
        figures.put("spikes", Integer.toString(spikes.length));
        figures.put("first_spike_ms", spikes.length > 0 ? String.format(Locale.ROOT, "%.3f", spikes[0]) : "none");
        figures.put("last_spike_ms", spikes.length > 0 ? String.format(Locale.ROOT, "%.3f", spikes[spikes.length - 1]) : "none");
        return new Result(setup, run, figures);
    }
}
