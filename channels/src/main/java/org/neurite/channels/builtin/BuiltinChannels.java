package org.neurite.channels.builtin;

import java.util.List;
import org.neurite.channels.ion.ATypePotassium;
import org.neurite.channels.ion.BkPotassium;
import org.neurite.channels.ion.CalciumActivatedPotassium;
import org.neurite.channels.ion.CalciumDecay;
import org.neurite.channels.ion.ChannelType;
import org.neurite.channels.ion.HCurrent;
import org.neurite.channels.ion.HvaCalcium;
import org.neurite.channels.ion.LTypeCalcium;
import org.neurite.channels.ion.MTypePotassium;
import org.neurite.channels.ion.SquidHh;
import org.neurite.channels.ion.TTypeCalcium;
import org.neurite.channels.ion.TraubMiles;
import org.neurite.channels.spi.ChannelPlugin;
import org.neurite.channels.spi.ConcentrationPlugin;
import org.neurite.channels.spi.ParameterSpec;

/**
 * The built-in ion channels and the calcium pool, registered as plugins. The equations, units,
 * temperatures and sources of each are in the Javadoc of the class that defines it
 * ({@code org.neurite.channels.ion}).
 */
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

    /** traub_na: Traub–Miles fast sodium m³h (V_T −63 mV). */
    public static final class TraubNa extends Base {
        @Override
        public String description() {
            return "fast sodium with inactivation, m^3 h, V_T -63 mV (Traub & Miles 1991; Pospischil et al. 2008)";
        }

        @Override
        public ChannelType create() {
            return TraubMiles.sodium(TraubMiles.DEFAULT_VT_MV);
        }
    }

    /** traub_k: Traub–Miles delayed rectifier n⁴ (V_T −63 mV). */
    public static final class TraubK extends Base {
        @Override
        public String description() {
            return "delayed-rectifier potassium, n^4, V_T -63 mV (Traub & Miles 1991; Pospischil et al. 2008)";
        }

        @Override
        public ChannelType create() {
            return TraubMiles.potassium(TraubMiles.DEFAULT_VT_MV);
        }
    }

    /** ka_prox: proximal A-type K. */
    public static final class KaProx extends Base {
        @Override
        public String description() {
            return "A-type potassium, proximal dendrites, n l (Migliore et al. 1999 kaprox)";
        }

        @Override
        public ChannelType create() {
            return ATypePotassium.proximal();
        }
    }

    /** ka_dist: distal A-type K. */
    public static final class KaDist extends Base {
        @Override
        public String description() {
            return "A-type potassium, distal dendrites > 100 um, n l (Migliore et al. 1999 kadist)";
        }

        @Override
        public ChannelType create() {
            return ATypePotassium.distal();
        }
    }

    /** km: M-type K. */
    public static final class Km extends Base {
        @Override
        public String description() {
            return "muscarinic (M-type) potassium, p, tau_max 1 s, q10 2.3 at 36 C (Yamada et al. 1989; IM.mod)";
        }

        @Override
        public ChannelType create() {
            return MTypePotassium.create();
        }
    }

    /** kahp: calcium-activated K (AHP). */
    public static final class Kahp extends Base {
        @Override
        public String description() {
            return "calcium-activated potassium (AHP), m^2 on [Ca]i (Destexhe et al. 1994 IAHP)";
        }

        @Override
        public ChannelType create() {
            return CalciumActivatedPotassium.create();
        }
    }

    /** ih: hyperpolarisation-activated cation current. */
    public static final class Ih extends Base {
        @Override
        public String description() {
            return "hyperpolarisation-activated cation current I_h, E -45 mV (Kole et al. 2006; Hay et al. 2011)";
        }

        @Override
        public ChannelType create() {
            return HCurrent.create();
        }
    }

    /** cat: T-type calcium. */
    public static final class CaT extends Base {
        @Override
        public String description() {
            return "low-threshold (T-type) calcium, s_inf^2 u (Destexhe et al. 1998; Pospischil et al. 2008)";
        }

        @Override
        public ChannelType create() {
            return TTypeCalcium.create();
        }
    }

    /** ca_hva: high-voltage-activated calcium. */
    public static final class CaHva extends Base {
        @Override
        public String description() {
            return "high-voltage-activated calcium, m^2 h, q10 2.3 at 23 C (Reuveni et al. 1993; Mainen & Sejnowski 1996)";
        }

        @Override
        public ChannelType create() {
            return HvaCalcium.create();
        }
    }

    /** cal_ghk: Migliore's L-type calcium with a GHK current. */
    public static final class CalGhk extends Base {
        @Override
        public String description() {
            return "L-type calcium, m h2([Ca]i), GHK current gbar*ghk(v, cai, cao) (Migliore et al. 1995 cal2)";
        }

        @Override
        public ChannelType create() {
            return LTypeCalcium.create();
        }
    }

    /** bk: calcium- and voltage-activated K (BK). */
    public static final class Bk extends Base {
        @Override
        public String description() {
            return "calcium- and voltage-activated potassium (BK), o with rates of V and [Ca]i (Moczydlowski & Latorre 1983; cagk)";
        }

        @Override
        public ChannelType create() {
            return BkPotassium.create();
        }
    }

    /** ca_shell: first-order calcium pool in a thin shell. */
    public static final class CaShell implements ConcentrationPlugin {
        @Override
        public String name() {
            return create().name();
        }

        @Override
        public String description() {
            return "calcium pool: shell 0.1 um deep, decay 200 ms to 1e-4 mM (Mainen & Sejnowski 1996 cad)";
        }

        @Override
        public List<ParameterSpec> parameters() {
            CalciumDecay d = create();
            return List.of(ParameterSpec.positive("depth_um", "um", d.geometryValue(), "depth of the shell under the membrane"),
                    ParameterSpec.positive("tau_ms", "ms", d.tauMs(), "decay time constant"),
                    ParameterSpec.nonNegative("rest_mM", "mM", d.restMM(), "resting concentration"));
        }

        @Override
        public CalciumDecay create() {
            return CalciumDecay.mainenShell();
        }
    }
}
