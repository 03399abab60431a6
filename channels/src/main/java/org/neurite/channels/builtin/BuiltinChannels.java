package org.neurite.channels.builtin;

import java.util.List;
import org.neurite.channels.ion.ChannelType;
import org.neurite.channels.ion.SquidHh;
import org.neurite.channels.spi.ChannelPlugin;
import org.neurite.channels.spi.ParameterSpec;

/** The built-in ion channels, registered as plugins. */
public final class BuiltinChannels {
    private BuiltinChannels() {
    }

    private abstract static class Base implements ChannelPlugin {
        @Override
        public String name() {
            return create().name();
        }

        @Override
        public List<ParameterSpec> parameters() {
            ChannelType t = create();
            return List.of(ParameterSpec.nonNegative("gbar", "S/cm2", t.defaultDensitySPerCm2(), "maximal conductance density"),
                    ParameterSpec.any("e", "mV", t.defaultReversalMV(), "reversal potential"));
        }
    }

    /** hh_na: squid fast sodium m³h. */
    public static final class HhNa extends Base {
        @Override
        public String description() {
            return "squid fast sodium, m^3 h (Hodgkin & Huxley 1952; NEURON hh)";
        }

        @Override
        public ChannelType create() {
            return SquidHh.sodium();
        }
    }

    /** hh_k: squid delayed rectifier n⁴. */
    public static final class HhK extends Base {
        @Override
        public String description() {
            return "squid delayed-rectifier potassium, n^4 (Hodgkin & Huxley 1952; NEURON hh)";
        }

        @Override
        public ChannelType create() {
            return SquidHh.potassium();
        }
    }

    /** hh_leak: the squid leak. */
    public static final class HhLeak extends Base {
        @Override
        public String description() {
            return "squid leak (NEURON hh gl, el)";
        }

        @Override
        public ChannelType create() {
            return SquidHh.leak();
        }
    }

    /** pas: passive leak. */
    public static final class Pas extends Base {
        @Override
        public String description() {
            return "passive membrane (NEURON pas)";
        }

        @Override
        public ChannelType create() {
            return SquidHh.passive();
        }
    }
}
