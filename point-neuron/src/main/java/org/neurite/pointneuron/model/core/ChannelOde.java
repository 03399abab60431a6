package org.neurite.pointneuron.model.core;

import org.neurite.channels.ion.ChannelBank;
import org.neurite.channels.ion.Gate;

/**
 * The gates of a point neuron's ion channels as ODE states, for integrators that advance V and
 * the gates together (NEST integrates its HH models this way). The channel banks hold the gate
 * state between steps ({@link #load}/{@link #store}); this class evaluates, for one neuron, the
 * gates' derivatives — φ·(α(1 − x) − βx) for rate gates, φ·(x∞ − x)/τ for steady-state/τ gates,
 * φ the temperature factor — and the channels' current Σ ḡ·Π x^p·(E − V) [pA, inward positive].
 * It also advances the gates by exponential Euler at a fixed voltage for fixed-step schemes.
 */
public final class ChannelOde {
    private final ChannelBank[] banks;
    private final int[] firstState; // per bank, index of its first gate in the state vector
    private final Gate[][] gates;
    private final double[][] phi;
    private final int states;

    /**
     * @param banks the neuron block's channel banks (instance i on neuron i)
     * @param celsius temperature for the gates' q10 factors [°C]
     */
    public ChannelOde(ChannelBank[] banks, double celsius) {
        this.banks = banks.clone();
        firstState = new int[banks.length];
        gates = new Gate[banks.length][];
        phi = new double[banks.length][];
        int s = 0;
        for (int b = 0; b < banks.length; b++) {
            firstState[b] = s;
            gates[b] = banks[b].type().gates().toArray(new Gate[0]);
            phi[b] = new double[gates[b].length];
            for (int k = 0; k < gates[b].length; k++) {
                Gate g = gates[b][k];
                if (g.form() == Gate.Form.INSTANTANEOUS || g.input() != Gate.Input.VOLTAGE) {
                    throw new IllegalArgumentException("channel " + banks[b].type().name() + " gate " + g.name()
                            + ": only voltage-dependent rate or inf/tau gates can be point-neuron ODE states");
                }
                phi[b][k] = g.temperatureFactor(celsius);
            }
            s += gates[b].length;
        }
        states = s;
    }

    /** Number of gate states. */
    public int stateCount() {
        return states;
    }

    /** Copies neuron i's gates into y[offset …]. */
    public void load(int i, double[] y, int offset) {
        for (int b = 0; b < banks.length; b++) {
            for (int k = 0; k < gates[b].length; k++) {
                y[offset + firstState[b] + k] = banks[b].gate(k, i);
            }
        }
    }

    /** Stores y[offset …] as neuron i's gates. */
    public void store(int i, double[] y, int offset) {
        for (int b = 0; b < banks.length; b++) {
            for (int k = 0; k < gates[b].length; k++) {
                banks[b].setGate(k, i, y[offset + firstState[b] + k]);
            }
        }
    }

    /**
     * Gate derivatives of neuron i at voltage v into dydt[offset …] and the channel current.
     *
     * @return Σ g·(E − V) over the channels [pA]
     */
    public double evaluate(int i, double v, double[] y, int offset, double[] dydt) {
        double current = 0.0;
        for (int b = 0; b < banks.length; b++) {
            Gate[] gs = gates[b];
            double open = 1.0;
            for (int k = 0; k < gs.length; k++) {
                Gate g = gs[k];
                int s = offset + firstState[b] + k;
                double x = y[s];
                double f1 = g.first().at(v);
                double f2 = g.second().at(v);
                dydt[s] = g.form() == Gate.Form.RATES ? phi[b][k] * (f1 * (1.0 - x) - f2 * x) : phi[b][k] * (f1 - x) / f2;
                open *= pow(x, g.power());
            }
            current += banks[b].gmax(i) * open * (banks[b].reversal(i) - v);
        }
        return current;
    }

    /**
     * Advances neuron i's gates in y[offset …] over dt at fixed voltage v (exponential Euler,
     * exact for constant v) and returns Σ ḡ·Π x^p and Σ ḡ·Π x^p·E of the new gates
     * into gOut[0], gOut[1].
     */
    public void advanceAt(int i, double v, double dtMs, double[] y, int offset, double[] gOut) {
        double g = 0.0;
        double ge = 0.0;
        for (int b = 0; b < banks.length; b++) {
            Gate[] gs = gates[b];
            double open = 1.0;
            for (int k = 0; k < gs.length; k++) {
                Gate gate = gs[k];
                int s = offset + firstState[b] + k;
                double f1 = gate.first().at(v);
                double f2 = gate.second().at(v);
                double inf;
                double rate;
                if (gate.form() == Gate.Form.RATES) {
                    inf = f1 / (f1 + f2);
                    rate = phi[b][k] * (f1 + f2);
                } else {
                    inf = f1;
                    rate = phi[b][k] / f2;
                }
                y[s] = inf + (y[s] - inf) * Math.exp(-dtMs * rate);
                open *= pow(y[s], gate.power());
            }
            double gb = banks[b].gmax(i) * open;
            g += gb;
            ge += gb * banks[b].reversal(i);
        }
        gOut[0] = g;
        gOut[1] = ge;
    }

    /** Sets neuron i's gates to their steady state at voltage v. */
    public void steadyState(int i, double v) {
        for (int b = 0; b < banks.length; b++) {
            for (int k = 0; k < gates[b].length; k++) {
                banks[b].setGate(k, i, gates[b][k].steadyState(v));
            }
        }
    }

    /** The steady state of gate k of bank b at v (with its own rate functions). */
    public double steadyState(int b, int k, double v) {
        return gates[b][k].steadyState(v);
    }

    private static double pow(double x, int p) {
        switch (p) {
            case 1:
                return x;
            case 2:
                return x * x;
            case 3:
                return x * x * x;
            case 4: {
                double x2 = x * x;
                return x2 * x2;
            }
            default:
                return Math.pow(x, p);
        }
    }
}
