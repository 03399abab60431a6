package org.neurite.pointneuron.model.ntwk;

import java.util.List;
import org.neurite.channels.spi.ParameterSpec;
import org.neurite.pointneuron.model.core.ModelPlugin;

/**
 * The ntwk cell types {@code LIF}, {@code EIF} and {@code AdExp}. As in ntwk, the three names
 * are presets of one membrane equation ({@link NtwkCell}): the parameters decide the terms
 * (deltaV = 0: no exponential term; a = b = 0: no adaptation), the name only the defaults. The
 * defaults are the JCNS 2018 RS cell (Zerlaut et al. 2018; C_m 200 pF as in its code, see
 * shared/validation/meanfield_zerlaut/PROVENANCE.md) with the terms the name excludes switched off.
 */
public final class NtwkModels {
    private NtwkModels() {
    }

    /** ntwk's ten cell parameters with the given defaults for deltaV, a, b. */
    static List<ParameterSpec> cellParameters(double deltaV, double a, double b) {
        return List.of(
                ParameterSpec.positive("Gl", "nS", 10.0, "leak conductance"),
                ParameterSpec.positive("Cm", "pF", 200.0, "membrane capacitance"),
                ParameterSpec.nonNegative("Trefrac", "ms", 5.0, "refractory period (V held at Vreset)"),
                ParameterSpec.any("El", "mV", -65.0, "leak reversal potential"),
                ParameterSpec.any("Vthre", "mV", -50.0, "threshold (spike at Vthre + 5 deltaV)"),
                ParameterSpec.any("Vreset", "mV", -65.0, "reset potential"),
                ParameterSpec.nonNegative("deltaV", "mV", deltaV, "slope factor of the exponential term (0: none)"),
                ParameterSpec.any("a", "nS", a, "subthreshold adaptation"),
                ParameterSpec.any("b", "pA", b, "spike-triggered adaptation increment"),
                ParameterSpec.positive("tauw", "ms", 500.0, "adaptation time constant"));
    }

    /** {@code LIF}: deltaV = 0, a = b = 0 by default. */
    public static final class Lif extends ModelPlugin {
        public Lif() {
            super("LIF", "ntwk leaky integrate-and-fire cell with per-pathway exponential conductances (Brian2 semantics)",
                    NtwkModels.cellParameters(0.0, 0.0, 0.0), spec -> new NtwkCell(spec, "LIF"));
        }
    }

    /** {@code EIF}: deltaV = 2 mV, a = b = 0 by default. */
    public static final class Eif extends ModelPlugin {
        public Eif() {
            super("EIF", "ntwk exponential integrate-and-fire cell (spike at Vthre + 5 deltaV)",
                    NtwkModels.cellParameters(2.0, 0.0, 0.0), spec -> new NtwkCell(spec, "EIF"));
        }
    }

    /** {@code AdExp}: deltaV = 2 mV, a = 4 nS, b = 20 pA by default (JCNS 2018 RS cell). */
    public static final class AdExp extends ModelPlugin {
        public AdExp() {
            super("AdExp", "ntwk adaptive exponential integrate-and-fire cell (Brette & Gerstner 2005; ntwk names)",
                    NtwkModels.cellParameters(2.0, 4.0, 20.0), spec -> new NtwkCell(spec, "AdExp"));
        }
    }
}
