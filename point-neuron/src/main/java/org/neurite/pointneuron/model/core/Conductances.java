package org.neurite.pointneuron.model.core;

import org.neurite.channels.receptor.Exponential;
import org.neurite.channels.receptor.SynapseBank;

/**
 * The mean of a synapse bank's value over the coming step, for fixed-step schemes that hold the
 * conductance constant within a step: exact for exponential kinetics (g·τ/h·(1 − e^{−h/τ})), by
 * Simpson's rule on the exact trajectory ({@link SynapseBank#valueAfter}) for the others (error
 * O(h⁴·g⁗)).
 */
public final class Conductances {
    private final SynapseBank bank;
    private final boolean exponential;
    private final double meanFactor;
    private final double half;
    private final double h;

    /**
     * @param bank the bank
     * @param dtMs the step [ms]
     */
    public Conductances(SynapseBank bank, double dtMs) {
        this.bank = bank;
        this.h = dtMs;
        this.half = 0.5 * dtMs;
        if (bank.receptor().kinetics() instanceof Exponential e) {
            exponential = true;
            double x = dtMs / e.tauMs();
            meanFactor = -Math.expm1(-x) / x;
        } else {
            exponential = false;
            meanFactor = Double.NaN;
        }
    }

    /** Whether the bank's kinetics are a single exponential (mean = value × factor). */
    public boolean exponential() {
        return exponential;
    }

    /** τ/h·(1 − e^{−h/τ}) for exponential kinetics, NaN otherwise. */
    public double meanFactor() {
        return meanFactor;
    }

    /**
     * The factor by which {@link SynapseBank#advance(int, int)} multiplies the state of a bank with
     * {@link Exponential} kinetics over one step, read from the bank itself (a one-synapse copy
     * advanced once from 1): a loop that advances the bank's {@link SynapseBank#exponentialState()}
     * with it repeats the bank's arithmetic exactly.
     */
    public static double stepDecay(SynapseBank bank) {
        SynapseBank probe = SynapseBank.onePerTarget(bank.receptor(), 1, bank.dt());
        probe.deliver(0, 1.0);
        probe.advance();
        return probe.value(0);
    }

    /** The mean of synapse i's value over [t, t + h) if no event arrives. */
    public double stepMean(int i) {
        if (exponential) {
            return meanFactor * bank.value(i);
        }
        return (bank.value(i) + 4.0 * bank.valueAfter(i, half) + bank.valueAfter(i, h)) / 6.0;
    }
}
