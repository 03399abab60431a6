package org.neurite.morphology.cable;

import org.neurite.channels.io.BadInputException;

/**
 * A passive leak (NEURON's {@code pas}) as arrays: per compartment a conductance g [nS] and a
 * reversal E [mV]; current g·(E − V). It has no state.
 */
public final class Leak implements MembraneMechanism {
    private final int[] node;
    private final double[] g; // [nS]
    private final double[] gE; // [nS·mV]
    private final double[] e; // [mV]

    /**
     * @param node compartment of each instance
     * @param gNS conductance of each instance [nS], ≥ 0
     * @param eMV reversal of each instance [mV]
     */
    public Leak(int[] node, double[] gNS, double[] eMV) {
        if (node.length != gNS.length || node.length != eMV.length) {
            throw new IllegalArgumentException("leak: node, g and E lengths differ");
        }
        this.node = node.clone();
        this.g = gNS.clone();
        this.e = eMV.clone();
        this.gE = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            if (!(g[i] >= 0) || !Double.isFinite(g[i]) || !Double.isFinite(e[i])) {
                throw BadInputException.parameter("leak conductance", "must be finite and >= 0 [nS], got " + g[i] + " (E " + e[i] + " mV)");
            }
            gE[i] = g[i] * e[i];
        }
    }

    @Override
    public String name() {
        return "pas";
    }

    /** Number of instances. */
    public int size() {
        return node.length;
    }

    /** Compartment of instance i. */
    public int node(int i) {
        return node[i];
    }

    /** Conductance of instance i [nS]. */
    public double conductance(int i) {
        return g[i];
    }

    /** Reversal of instance i [mV]. */
    public double reversal(int i) {
        return e[i];
    }

    @Override
    public void init(double[] v) {
        // no state
    }

    @Override
    public void addConductances(double[] v, double[] gSum, double[] gESum) {
        final int n = node.length;
        for (int i = 0; i < n; i++) {
            int c = node[i];
            gSum[c] += g[i];
            gESum[c] += gE[i];
        }
    }

    @Override
    public boolean constantConductance() {
        return true;
    }

    @Override
    public void advance(double[] v, double dtMs) {
        // no state
    }
}
