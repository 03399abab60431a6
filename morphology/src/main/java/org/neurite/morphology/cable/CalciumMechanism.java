package org.neurite.morphology.cable;

import java.util.Arrays;
import org.neurite.channels.ion.CalciumPool;

/**
 * The intracellular calcium of the compartments: a concentration per compartment [mM] that
 * calcium-dependent gates read, the calcium current of the step per compartment [pA, inward
 * positive] that calcium channels add to, and the {@link CalciumPool}s that turn that current into
 * concentration. Compartments without a pool keep NEURON's default [Ca]ᵢ (5e-5 mM, or the value
 * given). It passes no current itself. Put it first among the mechanisms: its
 * {@link #addConductances} clears the current sums that the channels after it fill, and its
 * {@link #advance} — after the voltage solve, before the channels' gates — moves the pools with
 * that step's current (NEURON's order: currents at the old voltage, then states). With
 * Crank–Nicolson the current is first moved to the step's midpoint voltage, I(V½) = I(V) −
 * g_Ca·(V½ − V) with V½ = (V(t) + V(t + dt))/2 (NEURON's {@code secondorder = 2} does the same
 * to its ionic currents), which keeps the pool second order in dt.
 */
public final class CalciumMechanism implements MembraneMechanism {
    private final CalciumPool pools;
    private final double[] initialMM;
    private final double defaultMM;
    private final double[] conc;
    private final double[] current;
    private final double[] conductance; // [nS] calcium conductance of the step per compartment
    private final double[] vStart; // [mV] voltage at the start of the step (pool compartments)
    private boolean midpoint; // Crank–Nicolson: correct the current to the midpoint voltage

    /**
     * @param compartments number of compartments
     * @param pools the pools (sites = compartments); may be empty
     * @param initialMM initial concentration of each pool [mM]
     * @param defaultMM the fixed concentration of compartments without a pool [mM]
     */
    public CalciumMechanism(int compartments, CalciumPool pools, double[] initialMM, double defaultMM) {
        if (initialMM.length != pools.size()) {
            throw new IllegalArgumentException("one initial concentration per pool");
        }
        this.pools = pools;
        this.initialMM = initialMM.clone();
        this.defaultMM = defaultMM;
        this.conc = new double[compartments];
        this.current = new double[compartments];
        this.conductance = new double[compartments];
        this.vStart = new double[pools.size()];
    }

    @Override
    public String name() {
        return "ca_pool";
    }

    /** The pools. */
    public CalciumPool pools() {
        return pools;
    }

    /** [Ca]ᵢ per compartment [mM] (live array). */
    public double[] concentrations() {
        return conc;
    }

    /** Calcium current of the current step per compartment [pA] (live array, filled by calcium channels). */
    public double[] calciumCurrents() {
        return current;
    }

    /** Calcium conductance of the current step per compartment [nS] (live array, filled by calcium channels). */
    public double[] calciumConductances() {
        return conductance;
    }

    @Override
    public void setTimeStepping(double dtMs, TimeStepping stepping) {
        midpoint = stepping == TimeStepping.CRANK_NICOLSON;
    }

    @Override
    public void init(double[] v) {
        Arrays.fill(conc, defaultMM);
        pools.init(conc, initialMM);
        Arrays.fill(current, 0.0);
    }

    @Override
    public void addConductances(double[] v, double[] gSum, double[] gESum) {
        Arrays.fill(current, 0.0);
        Arrays.fill(conductance, 0.0);
        if (midpoint) {
            for (int i = 0; i < vStart.length; i++) {
                vStart[i] = v[pools.node(i)];
            }
        }
    }

    @Override
    public void advance(double[] v, double dtMs) {
        if (midpoint) {
            for (int i = 0; i < vStart.length; i++) {
                int c = pools.node(i);
                current[c] -= conductance[c] * 0.5 * (v[c] - vStart[i]);
            }
        }
        pools.advance(current, conc, dtMs);
    }
}
