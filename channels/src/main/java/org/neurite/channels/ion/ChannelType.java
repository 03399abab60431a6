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
 */
public record ChannelType(String name, String ion, double defaultReversalMV, double defaultDensitySPerCm2,
                          List<Gate> gates, String source) {
    public ChannelType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ion, "ion");
        gates = List.copyOf(gates);
        if (!Double.isFinite(defaultReversalMV)) {
            throw BadInputException.parameter("channel " + name + " E", "must be finite [mV]");
        }
        if (!(defaultDensitySPerCm2 >= 0) || Double.isInfinite(defaultDensitySPerCm2)) {
            throw BadInputException.parameter("channel " + name + " gbar", "must be >= 0 [S/cm2]");
        }
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
        return new ChannelType(name, ion, defaultReversalMV, defaultDensitySPerCm2, t, source + "; tabulated");
    }

    /** Steady-state open fraction Π x∞^p at a voltage (concentration gates at the given concentration). */
    public double steadyStateOpen(double vMV, double concentrationMM) {
        double open = 1.0;
        for (Gate g : gates) {
            double x = g.steadyState(g.input() == Gate.Input.VOLTAGE ? vMV : concentrationMM);
            open *= Math.pow(x, g.power());
        }
        return open;
    }
}
