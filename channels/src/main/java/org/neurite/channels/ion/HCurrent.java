package org.neurite.channels.ion;

import java.util.List;

/**
 * The hyperpolarisation-activated cation current I_h of layer 5 pyramidal-cell dendrites (Kole,
 * Hallermann &amp; Stuart 2006, J Neurosci 26:1677) as written in {@code Ih.mod} of Hay et al. 2011
 * (PLoS Comput Biol 7:e1002107; ModelDB 139653). Conductance ḡ·m, a non-specific current
 * reversing at −45 mV; V in mV, rates in 1/ms:
 * <pre>
 *   α_m = 0.001·6.43·(V + 154.9)/(exp((V + 154.9)/11.9) − 1)
 *   β_m = 0.001·193·exp(V/33.1)
 * </pre>
 * i.e. α_m = ExpLinear(0.076517/ms, −154.9 mV, −11.9 mV), β_m = Exp(0.193/ms, 0 mV, 33.1 mV).
 * No temperature factor (the source has none; the fits are at 34 °C). Default density 1e-5 S/cm²
 * (the mod file's gIhbar); the density is usually painted as a growing function of distance.
 */
public final class HCurrent {
    private HCurrent() {
    }

    /** The h channel {@code ih}. */
    public static ChannelType create() {
        return new ChannelType("ih", "non_specific", -45.0, 1e-5, List.of(
                Gate.rates("m", 1, new GateRate.ExpLinearRate(0.001 * 6.43 * 11.9, -154.9, -11.9), new GateRate.ExpRate(0.193, 0.0, 33.1))),
                "Kole, Hallermann & Stuart 2006; Hay et al. 2011 (ModelDB 139653), Ih.mod");
    }
}
