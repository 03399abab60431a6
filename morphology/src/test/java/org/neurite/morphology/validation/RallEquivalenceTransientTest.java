package org.neurite.morphology.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurite.channels.input.DcSource;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.validation.TraceErrors;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.cell.CellSimulation;
import org.neurite.morphology.io.SwcConvention;
import org.neurite.morphology.io.SwcLoader;
import org.neurite.morphology.synth.CellGenerator;
import org.neurite.morphology.synth.RallTree;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * Rall (1962): a tree obeying the 3/2 rule with all tips at the same electrotonic distance responds,
 * at its root, exactly as one cylinder of the trunk's diameter and the same electrotonic length.
 * The soma voltage of a ball-and-Rall's-tree cell and of its equivalent cylinder (same soma, 1 µm
 * compartments, Crank–Nicolson at 0.025 ms) under a 100 pA step must agree to 1e-3 mV over 60 ms;
 * the two discretisations differ by O((Δx/λ)²) ≈ 1e-6 relative on a ~40 mV response. Checked for
 * the committed tree and for other parameter sets of the generator; a tree that breaks the 3/2
 * rule must not pass (the test can fail).
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

    /** Max |ΔV| [mV] between the tree and a cylinder of the root's diameter and the given length. */
    private static double treeVsCylinder(RallTree tree, double cylinderLengthUm) {
        Morphology m = SwcLoader.load(tree.records("t"), SwcConvention.NEURON).morphology();
        double rs = tree.somaDiameterUm() / 2;
        double r0 = tree.rootDiameterUm() / 2;
        Morphology.Builder b = Morphology.builder();
        int soma = b.addSection(-1, 0, SwcType.SOMA, null, new double[] {-rs, 0, 0, rs, 0, 0, 0, rs, rs, 0, 0, rs}, null, false);
        b.addSection(soma, 0.5, SwcType.BASAL, null, new double[] {0, rs, 0, r0, 0, rs + cylinderLengthUm, 0, r0}, null, false);
        return TraceErrors.maxAbs(somaTrace(b.build()), somaTrace(m));
    }

    /** Electrotonic length of the tree (sum over generations of ℓ/λ_g), computed here from λ(d). */
    private static double electrotonicLength(RallTree tree) {
        double x = 0;
        for (int g = 0; g < tree.generations(); g++) {
            x += tree.branchLengthUm() / AnalyticCableCase.lambdaUm(tree.diameterUm(g));
        }
        return x;
    }

    static Stream<RallTree> threeHalvesTrees() {
        double r = RallTree.THREE_HALVES_RATIO;
        return Stream.of(RallTree.DEFAULT, new RallTree(15, 3, 150, 3, r), new RallTree(25, 1.5, 60, 5, r),
                new RallTree(20, 4, 400, 1, r));
    }

    @ParameterizedTest
    @MethodSource("threeHalvesTrees")
    void treeRespondsAsItsEquivalentCylinder(RallTree tree) {
        double length = electrotonicLength(tree) * AnalyticCableCase.lambdaUm(tree.rootDiameterUm());
        assertEquals(length, tree.equivalentCylinderLengthUm(), 1e-9 * length, "equivalent length from λ ∝ √d");
        double worst = treeVsCylinder(tree, length);
        System.out.printf("%s vs equivalent cylinder (length %.2f µm): max |dV| %.3e mV%n", tree, length, worst);
        assertTrue(worst < 1e-3, tree + ": max |ΔV| = " + worst + " mV");
    }

    @Test
    void aTreeBreakingTheThreeHalvesRuleDoesNotMatchACylinder() {
        RallTree tree = new RallTree(20, 2, 100, 4, 0.9);
        double worst = treeVsCylinder(tree, electrotonicLength(tree) * AnalyticCableCase.lambdaUm(tree.rootDiameterUm()));
        System.out.printf("ratio 0.9 tree vs the cylinder of its electrotonic length: max |dV| %.3f mV%n", worst);
        assertTrue(worst > 0.1, "max |ΔV| = " + worst + " mV");
    }

    @Test
    void theCommittedTreeIsTheDefaultParameterSet() {
        assertEquals(SwcLoader.load(CellGenerator.rallTree(), SwcConvention.NEURON).morphology().sectionCount(),
                1 + RallTree.DEFAULT.branchCount());
    }
}
