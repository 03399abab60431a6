package org.neurite.morphology.validation;

import java.nio.file.Path;
import java.util.Locale;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.cell.InputResistance;
import org.neurite.morphology.discretize.CvPolicy;
import org.neurite.morphology.io.SwcConvention;
import org.neurite.morphology.io.SwcLoader;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.synth.CellGenerator;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * Input resistances against cable theory (Rall 1959; Jack, Noble &amp; Tsien 1975), derived here:
 * with r_a = 4·Ra/(π d²) per unit length and λ = √(Rm·d/(4·Ra)), a sealed cable of length L has,
 * at distance x from one end, R(x) = r_a·λ·cosh(x/λ)·cosh((L − x)/λ)/sinh(L/λ) (R_in = r_a·λ·coth(L/λ)
 * at x = 0); a ball-and-stick adds the soma's membrane conductance 4πr²/Rm in parallel; a tree that
 * obeys Rall's 3/2 rule with all tips at the same electrotonic distance X has the input resistance
 * of one cylinder of the trunk's diameter and length X·λ_trunk. Fine discretisation (1 µm
 * compartments): the compartmental error is O((Δx/λ)²) ≈ 1e-6; tolerance 1e-5 relative.
 */
public abstract class AnalyticCableCase implements ValidationCase {
    static final double RA = 100; // [Ω·cm]
    static final double RM = 20000; // [Ω·cm²]
    static final double E = -65; // [mV]

    @Override
    public String dataFolder() {
        return null;
    }

    /** λ [µm] of a cylinder of diameter d [µm]. */
    static double lambdaUm(double dUm) {
        return Math.sqrt(RM * dUm * 1e-4 / (4 * RA)) * 1e4;
    }

    /** r_a·λ [MΩ] of a cylinder of diameter d [µm]. */
    static double raLambdaMOhm(double dUm) {
        double dCm = dUm * 1e-4;
        double ra = 4 * RA / (Math.PI * dCm * dCm); // [Ω/cm]
        return ra * lambdaUm(dUm) * 1e-4 * 1e-6;
    }

    static CellModel passive(Morphology m) {
        return CellModel.builder(m).ra(Region.all(), RA).cm(Region.all(), 1).pas(Region.all(), 1 / RM, E)
                .policy(new CvPolicy.MaxLength(1.0)).build();
    }

    static Result compare(double simulated, double analytic) {
        double rel = Math.abs(simulated - analytic) / analytic;
        return new Result(rel, 1e-5, "rel. error of R_in",
                String.format(Locale.ROOT, "R_in %.6f MΩ (theory %.6f MΩ)", simulated, analytic));
    }

    /** A sealed cable 800 µm × 1.5 µm, input at its first compartment's node. */
    public static final class SealedCable extends AnalyticCableCase {
        @Override
        public String name() {
            return "cable/input-resistance-sealed-cable";
        }

        @Override
        public String reference() {
            return "R_in of a finite sealed cable vs cable theory (r_a λ cosh cosh / sinh)";
        }

        @Override
        public Result run(Path dataDir) {
            double d = 1.5;
            double len = 800;
            Morphology.Builder b = Morphology.builder();
            b.addSection(-1, 0, SwcType.BASAL, "cable", new double[] {0, 0, 0, d / 2, len, 0, 0, d / 2}, null, false);
            CellModel c = passive(b.build());
            int node = c.discretization().compartmentAt(new Location(0, 0.0));
            double x = 0.5 * c.discretization().xHigh(node) * len; // the node sits in the middle of the first piece
            double lam = lambdaUm(d);
            double theory = raLambdaMOhm(d) * Math.cosh(x / lam) * Math.cosh((len - x) / lam) / Math.sinh(len / lam);
            return compare(InputResistance.of(c, node, E), theory);
        }
    }

    /** The project's ball-and-stick (morphologies/ball_and_stick.swc). */
    public static final class BallAndStick extends AnalyticCableCase {
        @Override
        public String name() {
            return "cable/input-resistance-ball-and-stick";
        }

        @Override
        public String reference() {
            return "R_in at the soma of a ball-and-stick vs soma conductance + sealed-cable theory";
        }

        @Override
        public Result run(Path dataDir) {
            Morphology m = SwcLoader.load(CellGenerator.ballAndStick(), SwcConvention.NEURON).morphology();
            CellModel c = passive(m);
            double rs = m.radius(0, 1);
            double d = 2 * m.radius(1, 0);
            double len = m.length(1);
            double gSoma = 4 * Math.PI * rs * rs * 1e-8 / RM * 1e6; // [µS] = 1/MΩ
            double gDend = 1 / (raLambdaMOhm(d) / Math.tanh(len / lambdaUm(d)));
            int soma = c.discretization().compartmentAt(new Location(0, 0.5));
            return compare(InputResistance.of(c, soma, E), 1 / (gSoma + gDend));
        }
    }

    /** Rall's tree (morphologies/rall_tree.swc) against its equivalent cylinder. */
    public static final class RallTree extends AnalyticCableCase {
        @Override
        public String name() {
            return "cable/rall-equivalent-cylinder";
        }

        @Override
        public String reference() {
            return "R_in at the soma of a 3/2-rule tree vs its equivalent cylinder (Rall 1962)";
        }

        @Override
        public Result run(Path dataDir) {
            org.neurite.morphology.synth.RallTree tree = org.neurite.morphology.synth.RallTree.DEFAULT;
            Morphology m = SwcLoader.load(tree.records("rall_tree"), SwcConvention.NEURON).morphology();
            CellModel c = passive(m);
            double rs = m.radius(0, 1);
            double d0 = tree.rootDiameterUm();
            double x = 0;
            for (int g = 0; g < tree.generations(); g++) {
                x += tree.branchLengthUm() / lambdaUm(tree.diameterUm(g));
            }
            double gSoma = 4 * Math.PI * rs * rs * 1e-8 / RM * 1e6;
            double gTree = Math.tanh(x) / raLambdaMOhm(d0);
            int soma = c.discretization().compartmentAt(new Location(0, 0.5));
            return compare(InputResistance.of(c, soma, E), 1 / (gSoma + gTree));
        }
    }
}
