package org.neurite.morphology.validation;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.neurite.channels.io.NumericTable;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.discretize.CvPolicy;

/**
 * The passive protocol of validation/neuron_reference (soma IClamp 20–220 ms, backward Euler at
 * 0.025 ms, d_lambda 0.1) against NEURON 8.2.2's default-run traces at the soma and the recording
 * sites, over 300 ms every 0.1 ms. Tolerance 0.05 mV, the bound PROVENANCE.md proposes (NEURON's own
 * default-vs-fine difference is 0.012 mV on L23pyr).
 */
public abstract class NeuronPassiveCase implements ValidationCase {
    private final String cell;

    NeuronPassiveCase(String cell) {
        this.cell = cell;
    }

    @Override
    public String name() {
        return "cell/neuron-passive-" + cell;
    }

    @Override
    public String reference() {
        return "passive IClamp traces of " + cell + " (soma, tips) vs NEURON 8.2.2";
    }

    @Override
    public String dataFolder() {
        return "neuron_reference";
    }

    @Override
    public Result run(Path dataDir) {
        NeuronProtocol p = new NeuronProtocol(dataDir, cell);
        Map<String, double[]> sim = p.runPassive(p.cell(new CvPolicy.DLambda(0.1)), 0.025, TimeStepping.BACKWARD_EULER, 300);
        Map<String, double[]> ref = NumericTable.csv(dataDir.resolve(cell + "_passive.csv"));
        double worst = 0;
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<String, double[]> e : sim.entrySet()) {
            double[] r = ref.get("v_" + e.getKey() + "_mV");
            if (r == null) {
                return new Result(Double.POSITIVE_INFINITY, 0.05, "max |ΔV| [mV]", "no column v_" + e.getKey() + "_mV");
            }
            double m = TraceErrors.maxAbs(r, e.getValue());
            worst = Math.max(worst, m);
            detail.append(detail.length() == 0 ? "" : ", ").append(e.getKey()).append(String.format(Locale.ROOT, " %.2e", m));
        }
        return new Result(worst, 0.05, "max |ΔV| [mV]", detail.toString());
    }

    /** The L2/3 pyramidal cell of Jiang et al. 2015. */
    public static final class L23Pyramidal extends NeuronPassiveCase {
        public L23Pyramidal() {
            super("L23pyr-j150811a");
        }
    }

    /** Arbor's ball-and-stick. */
    public static final class BallAndStick extends NeuronPassiveCase {
        public BallAndStick() {
            super("arbor_ball_and_stick");
        }
    }
}
