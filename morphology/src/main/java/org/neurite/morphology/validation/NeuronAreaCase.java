package org.neurite.morphology.validation;

import java.nio.file.Path;
import java.util.Map;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.spi.ValidationCase;

/**
 * Membrane area per section type of an SWC cell loaded with NEURON's conventions, against NEURON
 * 8.2.2's segment areas (validation/neuron_reference, {@code membrane_area_um2_per_type}).
 * Tolerance 1e-6 relative (the bound; the JSON rounds to 1e-4 µm², i.e. ≤ 2e-7 relative).
 */
public abstract class NeuronAreaCase implements ValidationCase {
    private final String cell;

    NeuronAreaCase(String cell) {
        this.cell = cell;
    }

    @Override
    public String name() {
        return "morphology/neuron-area-" + cell;
    }

    @Override
    public String reference() {
        return "membrane area per type of " + cell + " (NEURON conventions) vs NEURON 8.2.2";
    }

    @Override
    public String dataFolder() {
        return "neuron_reference";
    }

    @Override
    public Result run(Path dataDir) {
        NeuronProtocol p = new NeuronProtocol(dataDir, cell);
        Map<String, Double> areas = NeuronProtocol.areaPerType(p.swc().morphology());
        JsonValue ref = p.passive().require("membrane_area_um2_per_type");
        double worst = 0;
        StringBuilder detail = new StringBuilder();
        for (String type : ref.keys()) {
            double r = ref.require(type).asDouble();
            Double a = areas.get(type);
            double e = a == null ? Double.POSITIVE_INFINITY : Math.abs(a - r) / r;
            worst = Math.max(worst, e);
            detail.append(detail.length() == 0 ? "" : ", ").append(type).append(' ').append(String.format(java.util.Locale.ROOT, "%.4f", a));
        }
        if (areas.size() != ref.size()) {
            worst = Double.POSITIVE_INFINITY;
            detail.append("; types differ: ").append(areas.keySet());
        }
        return new Result(worst, 1e-6, "max rel. area error", detail.toString());
    }

    /** The L2/3 pyramidal cell of Jiang et al. 2015. */
    public static final class L23Pyramidal extends NeuronAreaCase {
        public L23Pyramidal() {
            super("L23pyr-j150811a");
        }
    }

    /** Arbor's ball-and-stick. */
    public static final class BallAndStick extends NeuronAreaCase {
        public BallAndStick() {
            super("arbor_ball_and_stick");
        }
    }
}
