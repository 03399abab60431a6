package org.neurite.morphology.cable;

import org.neurite.channels.ion.ChannelBank;
import org.neurite.channels.ion.Ions;

/**
 * A {@link ChannelBank} in the cable: its gates advance by exponential Euler on NEURON's staggered
 * grid (gates at t + dt/2: {@link #init} puts them at steady state and advances them half a step),
 * and its conductances enter the implicit voltage solve. The bank's sites are compartments.
 *
 * <p>Connected to the compartments' calcium ({@link #connectCalcium}), calcium-dependent gates read
 * [Ca]ᵢ; a calcium channel also adds its current g·(E − V) (at the voltage the step starts from) to
 * the pools' drive and, optionally, takes the Nernst potential of [Ca]ᵢ as its reversal. A calcium
 * channel with a GHK current ({@link org.neurite.channels.ion.ChannelType.CurrentLaw#GHK}) instead
 * adds −g·ghk(V, [Ca]ᵢ, [Ca]ₒ), linearised with NEURON's numerical slope, and must be connected.
 */
public final class ChannelMechanism implements MembraneMechanism {
    private final ChannelBank bank;
    private final boolean staggered;
    private double initDtMs;
    private double[] conc; // [mM] per compartment, or null
    private double[] calciumCurrent; // [pA] per compartment, or null
    private double[] calciumConductance; // [nS] per compartment, or null
    private double nernstOutsideMM = Double.NaN;
    private double outsideMM = Ions.NEURON_CAO0_MM; // [Ca]o of a GHK current
    private double thermalVoltageMV;

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
    public void setTimeStepping(double dtMs, TimeStepping stepping) {
        this.initDtMs = dtMs;
    }

    /**
     * Connects the channel to the compartments' calcium. Concentration gates then read
     * {@code ca}'s [Ca]ᵢ; if the channel's ion is {@code ca}, its current drives {@code ca}'s pools,
     * and with a finite {@code nernstOutsideMM} its reversal follows E = RT/(2F)·ln([Ca]ₒ/[Ca]ᵢ).
     *
     * @param ca the compartments' calcium (must come before this channel among the mechanisms)
     * @param nernstOutsideMM [Ca]ₒ [mM] for a Nernst reversal, or NaN for the bank's fixed reversal
     * @param celsius temperature [°C] of the Nernst potential
     */
    public void connectCalcium(CalciumMechanism ca, double nernstOutsideMM, double celsius) {
        connectCalcium(ca, nernstOutsideMM, Double.isNaN(nernstOutsideMM) ? Ions.NEURON_CAO0_MM : nernstOutsideMM, celsius);
    }

    /**
     * As {@link #connectCalcium(CalciumMechanism, double, double)}, with the [Ca]ₒ [mM] of a GHK
     * current given on its own.
     */
    public void connectCalcium(CalciumMechanism ca, double nernstOutsideMM, double outsideMM, double celsius) {
        if (!(outsideMM > 0) || Double.isInfinite(outsideMM)) {
            throw org.neurite.channels.io.BadInputException.parameter("ca_out_mM", "must be > 0 mM, got " + outsideMM);
        }
        this.outsideMM = outsideMM;
        this.conc = ca.concentrations();
        boolean calcium = "ca".equals(bank.type().ion());
        this.calciumCurrent = calcium ? ca.calciumCurrents() : null;
        this.calciumConductance = calcium ? ca.calciumConductances() : null;
        this.nernstOutsideMM = calcium && !bank.type().ghk() ? nernstOutsideMM : Double.NaN;
        this.thermalVoltageMV = Ions.thermalVoltageMV(2, celsius);
    }

    @Override
    public void init(double[] v) {
        if (bank.type().ghk() && calciumCurrent == null) {
            throw new IllegalStateException("channel " + bank.type().name() + " has a GHK current: connect it to the calcium first");
        }
        if (!Double.isNaN(nernstOutsideMM)) {
            bank.setNernstReversals(conc, nernstOutsideMM, thermalVoltageMV);
        }
        bank.initSteadyState(v, conc);
        if (staggered && initDtMs > 0) {
            bank.advance(v, conc, 0.5 * initDtMs);
        }
    }

    @Override
    public void addConductances(double[] v, double[] gSum, double[] gESum) {
        if (!Double.isNaN(nernstOutsideMM)) {
            bank.setNernstReversals(conc, nernstOutsideMM, thermalVoltageMV);
        }
        if (bank.type().ghk()) {
            bank.addGhkConductances(gSum, gESum, v, conc, outsideMM, calciumCurrent, calciumConductance);
        } else if (calciumCurrent != null) {
            bank.addConductances(gSum, gESum, v, calciumCurrent, calciumConductance);
        } else {
            bank.addConductances(gSum, gESum);
        }
    }

    @Override
    public void advance(double[] v, double dtMs) {
        bank.advance(v, conc, dtMs);
    }
}
