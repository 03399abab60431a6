package org.neurite.morphology.cable;

/**
 * Something in the membrane of many compartments that passes a current which, over one step, is
 * taken as linear in V: I = g·(E − V) (inward positive). The cable step asks every mechanism for its
 * (g, g·E) sums, puts them into the diagonal and right-hand side of the implicit solve, then lets
 * it advance its own state with the new voltages (Arbor's order: currents → solve → states).
 * Implementations loop over primitive arrays; the cable calls each mechanism once per step.
 *
 * <p>Units: conductances [nS], voltages [mV], time [ms].
 */
public interface MembraneMechanism {
    /** A short name for messages and listings. */
    String name();

    /** Sets the state for the initial voltages (e.g. gates at steady state). */
    void init(double[] v);

    /**
     * Adds this mechanism's linearised current at the voltages v: gSum[c] += g, gESum[c] += g·E.
     */
    void addConductances(double[] v, double[] gSum, double[] gESum);

    /** Advances the state over dt with the voltages v (already the new ones). */
    void advance(double[] v, double dtMs);

    /**
     * Whether this mechanism's (g, g·E) never change (a passive leak). When every mechanism of a
     * cable says so, the cable factors its matrix once and only substitutes per step.
     */
    default boolean constantConductance() {
        return false;
    }

    /** Tells the mechanism the step and the rule of the cable it is in (called once, by the cable). */
    default void setTimeStepping(double dtMs, TimeStepping stepping) {
    }
}
