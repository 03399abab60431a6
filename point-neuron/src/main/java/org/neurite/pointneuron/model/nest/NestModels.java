package org.neurite.pointneuron.model.nest;

import org.neurite.pointneuron.model.core.ModelPlugin;

/** The NEST models, registered as plugins under their NEST names with NEST's defaults. */
public final class NestModels {
    private NestModels() {
    }

    /** {@code iaf_psc_delta}. */
    public static final class IafPscDeltaPlugin extends ModelPlugin {
        public IafPscDeltaPlugin() {
            super("iaf_psc_delta", "NEST leaky integrate-and-fire, voltage-jump synapses, exact integration",
                    IafPscDelta.parameters(), IafPscDelta::new);
        }
    }

    /** {@code iaf_cond_exp}. */
    public static final class IafCondExpPlugin extends ModelPlugin {
        public IafCondExpPlugin() {
            super("iaf_cond_exp", "NEST leaky integrate-and-fire, exponential conductances (RKF45 or fast exponential step)",
                    IafCond.parameters(), spec -> new IafCond(spec, false));
        }
    }

    /** {@code iaf_cond_alpha}. */
    public static final class IafCondAlphaPlugin extends ModelPlugin {
        public IafCondAlphaPlugin() {
            super("iaf_cond_alpha", "NEST leaky integrate-and-fire, alpha conductances (RKF45 or fast exponential step)",
                    IafCond.parameters(), spec -> new IafCond(spec, true));
        }
    }

    /** {@code iaf_psc_exp}. */
    public static final class IafPscExpPlugin extends ModelPlugin {
        public IafPscExpPlugin() {
            super("iaf_psc_exp", "NEST leaky integrate-and-fire, exponential synaptic currents, exact integration",
                    IafPsc.parameters(false), spec -> new IafPsc(spec, false));
        }
    }

    /** {@code iaf_psc_alpha}. */
    public static final class IafPscAlphaPlugin extends ModelPlugin {
        public IafPscAlphaPlugin() {
            super("iaf_psc_alpha", "NEST leaky integrate-and-fire, alpha synaptic currents, exact integration",
                    IafPsc.parameters(true), spec -> new IafPsc(spec, true));
        }
    }

    /** {@code aeif_cond_exp}. */
    public static final class AeifCondExpPlugin extends ModelPlugin {
        public AeifCondExpPlugin() {
            super("aeif_cond_exp", "NEST adaptive exponential integrate-and-fire, exponential conductances (RKF45 or Heun)",
                    AeifCond.parameters(), spec -> new AeifCond(spec, false));
        }
    }

    /** {@code aeif_cond_alpha}. */
    public static final class AeifCondAlphaPlugin extends ModelPlugin {
        public AeifCondAlphaPlugin() {
            super("aeif_cond_alpha", "NEST adaptive exponential integrate-and-fire, alpha conductances (RKF45 or Heun)",
                    AeifCond.parameters(), spec -> new AeifCond(spec, true));
        }
    }

    /** {@code hh_psc_alpha}. */
    public static final class HhPscAlphaPlugin extends ModelPlugin {
        public HhPscAlphaPlugin() {
            super("hh_psc_alpha", "NEST Hodgkin-Huxley (squid channels), alpha synaptic currents (RKF45 or exp.-Euler/BE)",
                    HhModels.hhPscAlphaParameters(), HhModels::hhPscAlpha);
        }
    }

    /** {@code hh_cond_exp_traub}. */
    public static final class HhCondExpTraubPlugin extends ModelPlugin {
        public HhCondExpTraubPlugin() {
            super("hh_cond_exp_traub", "NEST Hodgkin-Huxley with Traub-Miles channels, exponential conductances",
                    HhModels.hhCondExpTraubParameters(), HhModels::hhCondExpTraub);
        }
    }

    /** {@code izhikevich}. */
    public static final class IzhikevichPlugin extends ModelPlugin {
        public IzhikevichPlugin() {
            super("izhikevich", "NEST Izhikevich 2003 neuron, voltage-jump synapses (NEST's Euler or RKF45)",
                    Izhikevich.parameters(), Izhikevich::new);
        }
    }

    /** {@code parrot_neuron}. */
    public static final class ParrotNeuronPlugin extends ModelPlugin {
        public ParrotNeuronPlugin() {
            super("parrot_neuron", "NEST parrot: repeats every incoming spike (port relay; port ignored drops events)",
                    ParrotNeuron.parameters(), ParrotNeuron::new);
        }
    }
}
