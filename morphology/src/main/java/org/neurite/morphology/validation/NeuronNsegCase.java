package org.neurite.morphology.validation;

import java.nio.file.Path;
import java.util.Map;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.discretize.CvPolicy;

/**
 * The d_lambda rule (0.1 at 100 Hz, Ra 150 Ω·cm, cm 1 µF/cm²) gives NEURON's total nseg and
 * NEURON's section count per type (validation/neuron_reference). Exact: tolerance 0.
 */
public abstract class NeuronNsegCase implements ValidationCase {
    private final String cell;

    NeuronNsegCase(String cell) {
        this.cell = cell;
    }

    @Override
    public String name() {
        return "discretize/neuron-nseg-" + cell;
    }

    @Override
    public String reference() {
        return "d_lambda 0.1 nseg and sections per type of " + cell + " vs NEURON 8.2.2";
    }

    @Override
    public String dataFolder() {
        return "neuron_reference";
    }

    @Override
    public Result run(Path dataDir) {
        NeuronProtocol p = new NeuronProtocol(dataDir, cell);
        CellModel c = p.cell(new CvPolicy.DLambda(0.1));
        int nseg = c.discretization().totalNseg();
        int refNseg = p.passive().require("default_run").require("total_nseg").asInt();
        double err = Math.abs(nseg - refNseg);
        Map<String, Integer> sections = NeuronProtocol.sectionsPerType(p.swc().morphology());
        JsonValue ref = p.passive().require("sections_per_type");
        for (String type : ref.keys()) {
            err += Math.abs(ref.require(type).asInt() - sections.getOrDefault(type, 0));
        }
        return new Result(err, 0, "|Δnseg| + Σ|Δsections|", "nseg " + nseg + " (NEURON " + refNseg + "), sections " + sections);
    }

    /** The L2/3 pyramidal cell of Jiang et al. 2015. */
    public static final class L23Pyramidal extends NeuronNsegCase {
        public L23Pyramidal() {
            super("L23pyr-j150811a");
        }
    }

    /** Arbor's ball-and-stick. */
    public static final class BallAndStick extends NeuronNsegCase {
        public BallAndStick() {
            super("arbor_ball_and_stick");
        }
    }
}
