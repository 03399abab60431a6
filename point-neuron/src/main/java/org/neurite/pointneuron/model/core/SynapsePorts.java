package org.neurite.pointneuron.model.core;

import java.util.ArrayList;
import java.util.List;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.receptor.SynapseBank;

/**
 * The receptor ports of a neuron block: one {@link SynapseBank} per port with one synapse per
 * neuron (synapse i acts on neuron i; linear kinetics add up, so all events of a port share it),
 * and the per-step input array the simulator fills ([port][neuron], summed weights) — unless the
 * simulator delivers events straight into the banks ({@link #bypassInput()}).
 */
public final class SynapsePorts {
    private final List<String> names;
    private final SynapseBank[] banks;
    private final double[][] input;
    private boolean direct;

    /**
     * @param receptors one receptor per port, in port order (port names are the receptor names)
     * @param n number of neurons
     * @param dtMs the simulation step [ms]
     */
    public SynapsePorts(List<Receptor> receptors, int n, double dtMs) {
        List<String> nm = new ArrayList<>();
        banks = new SynapseBank[receptors.size()];
        input = new double[receptors.size()][n];
        for (int p = 0; p < banks.length; p++) {
            Receptor r = receptors.get(p);
            if (nm.contains(r.name())) {
                throw new IllegalArgumentException("two ports named " + r.name());
            }
            nm.add(r.name());
            banks[p] = SynapseBank.onePerTarget(r, n, dtMs);
        }
        names = List.copyOf(nm);
    }

    /** Number of ports. */
    public int count() {
        return banks.length;
    }

    /** Port names (the receptor names). */
    public List<String> names() {
        return names;
    }

    /** The bank of port p. */
    public SynapseBank bank(int p) {
        return banks[p];
    }

    /** The input array [port][neuron] the simulator fills. */
    public double[][] input() {
        return input;
    }

    /** The banks, in port order (a copy of the array; the banks themselves are shared). */
    public SynapseBank[] banks() {
        return banks.clone();
    }

    /**
     * From now on events are added to the banks by the simulator itself, after each update: the
     * input array is no longer read ({@link #deliver} does nothing).
     */
    public void bypassInput() {
        direct = true;
    }

    /** Whether events go straight into the banks ({@link #bypassInput()}). */
    public boolean bypassed() {
        return direct;
    }

    /** Index of a port by name, or −1. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /** Advances the synapses of neurons [from, to) of every port over one step. */
    public void advance(int from, int to) {
        for (SynapseBank b : banks) {
            b.advance(from, to);
        }
    }

    /**
     * Delivers the input of neurons [from, to) to the banks (a jump now) and zeroes it; nothing
     * once the input is {@linkplain #bypassInput() bypassed}.
     */
    public void deliver(int from, int to) {
        if (direct) {
            return;
        }
        for (int p = 0; p < banks.length; p++) {
            final SynapseBank b = banks[p];
            final double[] in = input[p];
            for (int i = from; i < to; i++) {
                double w = in[i];
                if (w != 0.0) {
                    b.deliver(i, w);
                    in[i] = 0.0;
                }
            }
        }
    }
}
