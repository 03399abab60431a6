package org.neurite.morphology.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.morphology.cell.CellRun;

/**
 * The ACnet2 pyramidal cell (validation/neuroml2/acnet2/pyr_4_sym.cell.nml: 9 segments, Na, Kdr, Ca
 * and Ca-activated K channels in the soma, a fixed-factor calcium pool, leak everywhere) run by
 * {@code neurite cell run} from its NeuroML files alone (one compartment per segment), with a soma
 * current step from 20 to 220 ms, against NEURON 8.2.2 running the same cell rebuilt by hand (the
 * channels typed into NMODL from the channel files;
 * {@code morphology/src/test/resources/neuron/acnet2/}): soma spike times (NetCon style, 0 mV) at
 * 0.1, 0.3 and 0.5 nA with backward Euler at 0.025 ms and Crank–Nicolson at 0.025 and 0.005 ms.
 * Tolerance: one step (0.025 ms) on every spike, same counts; neurite's times equal NEURON's.
 */
public final class AcnetNeuronCase implements ValidationCase {
    private static final double[] AMPS_NA = {0.1, 0.3, 0.5};

    /** NEURON's spike times [ms]: per setting (solver, dt), per amplitude. */
    private record Setting(String solver, double dt, double[][] spikes) {
    }

    private static final Setting[] NEURON = {
        new Setting("backward_euler", 0.025, new double[][] {{}, {36.45, 90.3}, {28.3, 51.525, 81.25, 120.075, 164.25, 209.525}}),
        new Setting("crank_nicolson", 0.025, new double[][] {{}, {36.375, 89.125}, {28.25, 51.325, 80.775, 119.15, 162.925, 207.85}}),
        new Setting("crank_nicolson", 0.005, new double[][] {{}, {36.37, 89.005}, {28.245, 51.29, 80.72, 119.035, 162.77, 207.665}}),
    };

    @Override
    public String name() {
        return "neuroml/acnet2-pyr";
    }

    @Override
    public String reference() {
        return "ACnet2 pyr_4_sym from its NeuroML files (channels, Ca pool): soma spike times at 3 currents vs NEURON 8.2.2";
    }

    @Override
    public String dataFolder() {
        return "neuroml2";
    }

    @Override
    public Result run(Path dataDir) {
        Path cell = dataDir.resolve("acnet2/pyr_4_sym.cell.nml").toAbsolutePath();
        double worst = 0;
        int spikes = 0;
        for (Setting s : NEURON) {
            for (int k = 0; k < AMPS_NA.length; k++) {
                double[] ours = simulate(cell, s.solver, s.dt, AMPS_NA[k]);
                double[] ref = s.spikes[k];
                if (ours.length != ref.length) {
                    return new Result(Double.POSITIVE_INFINITY, 0.025, "max |spike time diff| [ms]", String.format(Locale.ROOT,
                            "%s dt %s, %.1f nA: %d spikes, NEURON %d", s.solver, s.dt, AMPS_NA[k], ours.length, ref.length));
                }
                for (int i = 0; i < ref.length; i++) {
                    worst = Math.max(worst, Math.abs(ours[i] - ref[i]));
                }
                spikes += ref.length;
            }
        }
        return new Result(worst, 0.025, "max |spike time diff| [ms]",
                spikes + " spikes in 9 runs (0/2/6 at 0.1/0.3/0.5 nA), all counts equal");
    }

    /** The cell run by {@code neurite cell run} from a spec naming only the NeuroML file. */
    static double[] simulate(Path cellFile, String solver, double dt, double ampNA) {
        String spec = String.format(Locale.ROOT, "{\"morphology\": \"%s\", \"discretization\": {\"policy\": \"per_segment\"},"
                + " \"current_clamps\": [{\"location\": \"soma\", \"amp_nA\": %s, \"delay_ms\": 20, \"dur_ms\": 200}],"
                + " \"probes\": [{\"name\": \"soma\", \"location\": \"soma\"}], \"dt\": %s, \"tstop\": 240, \"solver\": \"%s\"}",
                cellFile.toString().replace("\\", "/"), ampNA, dt, solver);
        Path f = null;
        try {
            f = Files.createTempFile("neurite-acnet2", ".json");
            Files.writeString(f, spec);
            CellRun run = CellRun.prepare(f);
            run.run(ProgressListener.NONE);
            return NeuronActiveCase.spikeTimes(run.simulation().probeRecord().column(0), dt, 0.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (f != null) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
