package org.neurite.meanfield.stats;

import org.neurite.channels.io.BadInputException;

/**
 * Which form of the shot-noise fluctuation formulas is used.
 */
public enum ShotNoise {
    /**
     * The shot-noise theory of Zerlaut et al. 2016/2018 as published (and as TVB and di Volo 2019
     * use it): every pathway contributes f·(U·τ)² to σ_V² and τ_V. The default.
     */
    TEXTBOOK("textbook"),
    /**
     * The companion code of Zerlaut et al. 2018 as it ran: for inhibitory pathways (here: those
     * whose reversal lies below E_L) the term (U·τ)² was written (Q·U)² in SI units, i.e. the
     * numeric value of Q in siemens stands where τ in seconds belongs, which makes inhibition's
     * share of σ_V and τ_V negligible; rates get 1e-9 Hz added in τ_V and σ_V gets 1e-12 V added.
     * The published coefficients and fixed points of that paper need this form
     * (see shared/validation/meanfield_zerlaut/PROVENANCE.md).
     */
    ZERLAUT2018_LEGACY("zerlaut2018-legacy");

    private final String id;

    ShotNoise(String id) {
        this.id = id;
    }

    /** The name used in files and on the command line. */
    public String id() {
        return id;
    }

    /** The form named {@code id}, or an error naming the parameter. */
    public static ShotNoise parse(String id, String parameter) {
        for (ShotNoise s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw BadInputException.parameter(parameter, "unknown fluctuation form \"" + id + "\" (known: textbook, zerlaut2018-legacy)");
    }
}
