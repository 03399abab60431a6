package org.neurite.morphology.cell;

import org.neurite.morphology.cable.CableSystem;
import org.neurite.morphology.cable.MembraneMechanism;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.discretize.Discretization;

/**
 * Steady-state (DC) input resistance of a cell at a compartment, from two direct solves of the
 * cable system without capacitance (membrane conductances at their resting values): with and
 * without 1 nA injected. Exact for the discretised passive cell.
 */
public final class InputResistance {
    private InputResistance() {
    }

    /**
     * @param model the cell (its painted leak and channels at v_init)
     * @param compartment where current is injected and voltage read
     * @param vInitMV the voltage at which channels are initialised [mV]
     * @return R_in [MΩ]
     */
    public static double of(CellModel model, int compartment, double vInitMV) {
        Discretization d = model.discretization();
        double[] noCapacitance = new double[d.size()];
        double v0 = solve(model, d, noCapacitance, compartment, 0.0, vInitMV);
        double v1 = solve(model, d, noCapacitance, compartment, 1000.0, vInitMV);
        return (v1 - v0) / 1.0; // mV per nA = MΩ
    }

    private static double solve(CellModel model, Discretization d, double[] cap, int c, double pA, double vInit) {
        MembraneMechanism[] mechs = model.mechanisms(1.0, 6.3);
        CableSystem cable = new CableSystem(d.parents(), cap, d.axialConductances(), mechs, 1.0, TimeStepping.BACKWARD_EULER);
        cable.init(vInit);
        cable.injected()[c] = pA;
        cable.step();
        return cable.voltages()[c];
    }
}
