package org.neurite.morphology.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.channels.input.DcSource;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.cell.CellSimulation;
import org.neurite.morphology.io.SwcConvention;
import org.neurite.morphology.io.SwcLoader;
import org.neurite.morphology.synth.CellGenerator;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * Rall (1962): a tree obeying the 3/2 rule with all tips at the same electrotonic distance responds,
 * at its root, exactly as one cylinder of the trunk's diameter and the same electrotonic length.
 * The soma voltage of Rall's tree and of its equivalent cylinder (same soma, 1 µm compartments,
 * Crank–Nicolson at 0.025 ms) under a 100 pA step must agree to 1e-3 mV over 60 ms; the two
 * discretisations differ by O((Δx/λ)²) ≈ 1e-6 relative on a ~40 mV response.
 */
class RallEquivalenceTransientTest {
    private static double[] somaTrace(Morphology m) {
        CellModel c = AnalyticCableCase.passive(m);
        CellSimulation sim = new CellSimulation(c, 0.025, TimeStepping.CRANK_NICOLSON, 6.3);
        int soma = c.discretization().compartmentAt(new Location(0, 0.5));
        sim.addCurrentClamp(soma, new DcSource(100, 1, 1e9), 0);
        sim.addProbe("soma", soma);
        sim.recordProbesEvery(0.1);
        sim.run(60, AnalyticCableCase.E, ProgressListener.NONE);
        return sim.probeRecord().column(0);
    }

    @Test
    void treeRespondsAsItsEquivalentCylinder() {
        Morphology tree = SwcLoader.load(CellGenerator.rallTree(), SwcConvention.NEURON).morphology();
        double d = 2 * CellGenerator.RALL_ROOT_RADIUS;
        double x = 0;
        for (int g = 0; g < CellGenerator.RALL_GENERATIONS; g++) {
            x += CellGenerator.RALL_BRANCH_UM / AnalyticCableCase.lambdaUm(d);
            d *= CellGenerator.RALL_RATIO;
        }
        double length = x * AnalyticCableCase.lambdaUm(2 * CellGenerator.RALL_ROOT_RADIUS);
        double rs = CellGenerator.RALL_SOMA_RADIUS;
        double r0 = CellGenerator.RALL_ROOT_RADIUS;
        Morphology.Builder b = Morphology.builder();
        int soma = b.addSection(-1, 0, SwcType.SOMA, null, new double[] {-rs, 0, 0, rs, 0, 0, 0, rs, rs, 0, 0, rs}, null, false);
        b.addSection(soma, 0.5, SwcType.BASAL, null, new double[] {0, rs, 0, r0, 0, rs + length, 0, r0}, null, false);
        double[] vt = somaTrace(tree);
        double[] vc = somaTrace(b.build());
        double worst = TraceErrors.maxAbs(vc, vt);
        System.out.printf("Rall tree vs equivalent cylinder (length %.2f µm): max |dV| %.3e mV, final V %.4f mV%n", length, worst, vt[vt.length - 1]);
        assertTrue(worst < 1e-3, "max |ΔV| = " + worst + " mV");
    }
}
