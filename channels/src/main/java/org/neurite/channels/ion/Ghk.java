package org.neurite.channels.ion;

/**
 * The Goldman–Hodgkin–Katz (constant-field) driving force of a calcium channel, in NEURON's
 * {@code ghk(v, ci, co)} convention, for channels whose current is ḡ·(gates)·ghk rather than
 * ḡ·(gates)·(V − E) ({@link ChannelType.CurrentLaw#GHK}).
 *
 * <p>Derivation. The GHK current density of an ion of valence z with permeability P is
 * <pre>
 *   i = P·z²F²V/(RT) · (c_i − c_o·e^(−u)) / (1 − e^(−u)),     u = V/f,  f = RT/(zF)
 *     = P·zF·c_o · [ V·(r − e^(−u)) / (1 − e^(−u)) ] / f,       r = c_i/c_o
 * </pre>
 * (outward positive). The bracket has the units of a voltage; NEURON's models write it as
 * ghk = −f·(1 − r·e^u)·u/(e^u − 1) (the same expression, multiplied through by e^u) and fold the
 * constant P·zF·c_o/f into a "conductance" ḡ [S/cm²], so that ḡ·ghk is a current density
 * [S/cm²·mV = mA/cm²] exactly as ḡ·(V − E) is. neurite does the same: with ḡ per site in nS,
 * ḡ·ghk is in pA. At V = 0 the bracket is the removable 0/0 with limit −f·(1 − r); near it
 * u/(e^u − 1) is taken from its series 1 − u/2 + u²/12 − u⁴/720 (|u| &lt; 1e-3, error below
 * 1e-22), where NEURON's {@code efun} keeps only 1 − u/2 (|u| &lt; 1e-4).
 *
 * <p>Units: V [mV], concentrations [mM] (only their ratio enters), f [mV]; the result [mV],
 * outward positive (negative, inward, for a calcium channel at rest).
 */
public final class Ghk {
    /** Valence of Ca²⁺. */
    public static final int CALCIUM_VALENCE = 2;

    private Ghk() {
    }

    /**
     * NEURON's ghk(v, ci, co): the GHK driving force [mV], outward positive.
     *
     * @param vMV membrane voltage [mV]
     * @param insideMM intracellular concentration [mM], ≥ 0
     * @param outsideMM extracellular concentration [mM], &gt; 0
     * @param thermalVoltageMV f = RT/(zF) [mV] ({@link Ions#thermalVoltageMV}; 2 for calcium)
     */
    public static double drivingForceMV(double vMV, double insideMM, double outsideMM, double thermalVoltageMV) {
        double u = vMV / thermalVoltageMV;
        return -thermalVoltageMV * (1.0 - insideMM / outsideMM * Math.exp(u)) * efun(u);
    }

    /**
     * u/(e^u − 1), with its series at the removable singularity u = 0.
     */
    static double efun(double u) {
        if (Math.abs(u) < 1e-3) {
            double u2 = u * u;
            return 1.0 - 0.5 * u + u2 * (1.0 / 12.0 - u2 * (1.0 / 720.0));
        }
        return u / (Math.exp(u) - 1.0);
    }
}
