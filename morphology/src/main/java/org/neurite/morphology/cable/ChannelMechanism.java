package org.neurite.morphology.cable;

import org.neurite.channels.ion.ChannelBank;

/**
 * A {@link ChannelBank} in the cable: its gates advance by exponential Euler on NEURON's staggered
 * grid (gates at t + dt/2: {@link #init} puts them at steady state and advances them half a step),
 * and its conductances enter the implicit voltage solve. The bank's sites are compartments.
 */
public final class ChannelMechanism implements MembraneMechanism {
    private final ChannelBank bank;
    private final boolean staggered;
    private double initDtMs;

    /**
     * @param bank the channels (sites = compartment indices)
     * @param staggered whether gates live on the half step (NEURON) rather than on the step
     */
    public ChannelMechanism(ChannelBank bank, boolean staggered) {
        this.bank = bank;
        this.staggered = staggered;
    }

    /** The bank. */
    public ChannelBank bank() {
        return bank;
    }

    @Override
    public String name() {
        return bank.type().name();
    }

    /** Sets the step length used by {@link #init} for the staggered half step [ms]. */
    public void setStep(double dtMs) {
        this.initDtMs = dtMs;
    }

    @Override
    public void init(double[] v) {
        bank.initSteadyState(v, null);
        if (staggered && initDtMs > 0) {
            bank.advance(v, null, 0.5 * initDtMs);
        }
    }

    @Override
    public void addConductances(double[] v, double[] gSum, double[] gESum) {
        bank.addConductances(gSum, gESum);
    }

    @Override
    public void advance(double[] v, double dtMs) {
        bank.advance(v, null, dtMs);
    }
}
