package org.neurite.channels.ion;

import java.util.List;
import java.util.Objects;
import org.neurite.channels.io.BadInputException;

/**
 * A Hodgkin–Huxley-type ion channel: conductance g = ḡ·Π_k x_k^{p_k} over its gates, current
 * g·(E − V) [pA, inward positive] with E the reversal of its ion. A channel without gates is a
 * leak. Densities are given where the channel is placed (S/cm² on a cable, nS on a point neuron);
 * the defaults here are those of the channel's source.
 *
 * @param name e.g. {@code hh_na}
 * @param ion the permeant ion: {@code na}, {@code k}, {@code ca} or {@code non_specific}
 * @param defaultReversalMV reversal potential used unless the placement gives one [mV]
 * @param defaultDensitySPerCm2 maximal conductance density of the source model [S/cm²]
 * @param gates the gates (may be empty)
 * @param source where the equations come from (citation), for listings and Javadoc
 * @param currentLaw how the open conductance makes a current: ohmic g·(E − V), or for calcium
 *     channels the Goldman–Hodgkin–Katz form −g·ghk(V, [Ca]ᵢ, [Ca]ₒ) ({@link Ghk}), in which case
 *     the reversal is not used
 */
public record ChannelType(String name, String ion, double defaultReversalMV, double defaultDensitySPerCm2,
                          List<Gate> gates, String source, CurrentLaw currentLaw) {

    /** How a channel's conductance turns into a current. */
    public enum CurrentLaw {
        /** g·(E − V) [pA], E the channel's reversal. */
        OHMIC,
        /**
         * −g·ghk(V, [Ca]ᵢ, [Ca]ₒ) [pA] with NEURON's ghk [mV] ({@link Ghk#drivingForceMV}); g is
         * NEURON's "gcalbar" convention (a permeability scaled to S/cm² · mV = mA/cm²). Calcium only.
         */
        GHK
    }

    public ChannelType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ion, "ion");
        Objects.requireNonNull(currentLaw, "currentLaw");
        gates = List.copyOf(gates);
        if (currentLaw == CurrentLaw.GHK && !"ca".equals(ion)) {
            throw BadInputException.parameter("channel " + name, "a GHK current is supported for calcium only, got ion \"" + ion + "\"");
        }
        if (!Double.isFinite(defaultReversalMV)) {
            throw BadInputException.parameter("channel " + name + " E", "must be finite [mV]");
        }
        if (!(defaultDensitySPerCm2 >= 0) || Double.isInfinite(defaultDensitySPerCm2)) {
            throw BadInputException.parameter("channel " + name + " gbar", "must be >= 0 [S/cm2]");
        }
    }

    /** An ohmic channel (see the canonical constructor). */
    public ChannelType(String name, String ion, double defaultReversalMV, double defaultDensitySPerCm2,
                       List<Gate> gates, String source) {
        this(name, ion, defaultReversalMV, defaultDensitySPerCm2, gates, source, CurrentLaw.OHMIC);
    }

    /** This calcium channel carrying a Goldman–Hodgkin–Katz current instead of an ohmic one. */
    public ChannelType withGhkCurrent() {
        return new ChannelType(name, ion, defaultReversalMV, defaultDensitySPerCm2, gates, source, CurrentLaw.GHK);
    }

    /** Whether the current is the GHK form. */
    public boolean ghk() {
        return currentLaw == CurrentLaw.GHK;
    }

    /**
     * This channel with every voltage gate tabulated (see {@link Gate#tabulated}); NEURON's
     * {@code hh} uses {@code tabulated(-100, 100, 200, celsius)} unless {@code usetable_hh = 0}.
     */
    public ChannelType tabulated(double vMinMV, double vMaxMV, int intervals, double celsius) {
        List<Gate> t = new java.util.ArrayList<>();
        for (Gate g : gates) {
            t.add(g.input() == Gate.Input.VOLTAGE ? g.tabulated(vMinMV, vMaxMV, intervals, celsius) : g);
        }
        return new ChannelType(name, ion, defaultReversalMV, defaultDensitySPerCm2, t, source + "; tabulated", currentLaw);
    }

    /** Steady-state open fraction Π x∞^p at a voltage (concentration gates at the given concentration). */
    public double steadyStateOpen(double vMV, double concentrationMM) {
        double open = 1.0;
        for (Gate g : gates) {
            open *= Math.pow(g.steadyStateAt(vMV, concentrationMM), g.power());
        }
        return open;
    }
}
