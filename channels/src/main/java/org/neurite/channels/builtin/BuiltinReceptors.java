package org.neurite.channels.builtin;

import java.util.List;
import org.neurite.channels.receptor.Alpha;
import org.neurite.channels.receptor.BiExponential;
import org.neurite.channels.receptor.Delta;
import org.neurite.channels.receptor.Exponential;
import org.neurite.channels.receptor.Nmda;
import org.neurite.channels.receptor.ReceptorKinetics;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.ParameterSpec;
import org.neurite.channels.spi.ReceptorPlugin;

/** The built-in receptor kinetics, registered as plugins. */
public final class BuiltinReceptors {
    private BuiltinReceptors() {
    }

    /** exp: single exponential. */
    public static final class Exp implements ReceptorPlugin {
        @Override
        public String name() {
            return "exp";
        }

        @Override
        public String description() {
            return "single exponential w*exp(-t/tau) (NEST *_exp, ntwk Tsyn)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.positive("tau", "ms", 5.0, "decay time constant"));
        }

        @Override
        public ReceptorKinetics create(ParameterSet p) {
            return new Exponential(p.get("tau"));
        }
    }

    /** exp2: peak-normalised bi-exponential (NEURON Exp2Syn). */
    public static final class Exp2 implements ReceptorPlugin {
        @Override
        public String name() {
            return "exp2";
        }

        @Override
        public String description() {
            return "bi-exponential normalised to peak w (NEURON Exp2Syn)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.positive("tau_rise", "ms", 0.5, "rise time constant (Exp2Syn tau1)"),
                    ParameterSpec.positive("tau_decay", "ms", 3.0, "decay time constant (Exp2Syn tau2)"));
        }

        @Override
        public ReceptorKinetics create(ParameterSet p) {
            return new BiExponential(p.get("tau_rise"), p.get("tau_decay"));
        }
    }

    /** alpha: NEST-normalised alpha function. */
    public static final class AlphaFunction implements ReceptorPlugin {
        @Override
        public String name() {
            return "alpha";
        }

        @Override
        public String description() {
            return "alpha function w*(e/tau)*t*exp(-t/tau), peak w at t = tau (NEST *_alpha)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.positive("tau", "ms", 2.0, "time to peak"));
        }

        @Override
        public ReceptorKinetics create(ParameterSet p) {
            return new Alpha(p.get("tau"));
        }
    }

    /** nmda: bi-exponential with Jahr-Stevens magnesium block. */
    public static final class NmdaReceptor implements ReceptorPlugin {
        @Override
        public String name() {
            return "nmda";
        }

        @Override
        public String description() {
            return "peak-normalised bi-exponential times 1/(1+etaMg*cMg*exp(-V/V0NMDA)) (Jahr & Stevens 1990)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.positive("tau_rise", "ms", 2.0, "rise time constant"),
                    ParameterSpec.positive("tau_decay", "ms", 70.0, "decay time constant"),
                    ParameterSpec.nonNegative("cMg", "mM", 1.0, "extracellular magnesium"),
                    ParameterSpec.nonNegative("etaMg", "1/mM", Nmda.JAHR_STEVENS_ETA_MG, "block sensitivity"),
                    ParameterSpec.positive("V0NMDA", "mV", Nmda.JAHR_STEVENS_V0, "voltage scale of the block"));
        }

        @Override
        public ReceptorKinetics create(ParameterSet p) {
            return new Nmda(p.get("tau_rise"), p.get("tau_decay"), p.get("cMg"), p.get("etaMg"), p.get("V0NMDA"));
        }
    }

    /** delta: instantaneous kick. */
    public static final class DeltaKick implements ReceptorPlugin {
        @Override
        public String name() {
            return "delta";
        }

        @Override
        public String description() {
            return "instantaneous kick of size w (NEST iaf_psc_delta: a voltage jump in mV)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public ReceptorKinetics create(ParameterSet p) {
            return new Delta();
        }
    }
}
