package org.neurite.morphology.cell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.channels.input.DcSource;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.ion.SquidHh;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.validation.SquidPatchCase;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.io.SwcConvention;
import org.neurite.morphology.io.SwcLoader;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.synth.CellGenerator;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/** The cell step with channel mechanisms, the general (unfactored) solve path, and recording. */
class CellSimulationTest {
    private static double[] soma(CellModel c, double dt, double tstop, double vInit, double pA) {
        CellSimulation sim = new CellSimulation(c, dt, TimeStepping.BACKWARD_EULER, 6.3);
        int s = c.discretization().compartmentAt(new Location(0, 0.5));
        sim.addCurrentClamp(s, new DcSource(pA, 0, 1e9), 0);
        sim.addProbe("soma", s);
        sim.recordProbesEvery(0.1);
        sim.run(tstop, vInit, ProgressListener.NONE);
        return sim.probeRecord().column(0);
    }

    @Test
    void squidPatchAsOneCompartmentEqualsTheSharedLayersNeuronScheme() {
        // a 10 000 µm² cylinder (d = L = √(10⁴/π)) with NEURON's tabulated hh at the densities of
        // channels' SquidPatchCase (itself within 0.01 ms of NEURON 8.2.2's peaks): same scheme, so the
        // 0.1 ms samples agree to round-off (1e-6 mV: the area π d² and unit products round differently
        // from the patch's exact 12 000 nS, and spike upstrokes amplify that)
        double d = Math.sqrt(10000 / Math.PI);
        Morphology.Builder b = Morphology.builder();
        b.addSection(-1, 0, SwcType.SOMA, null, new double[] {0, 0, 0, d / 2, d, 0, 0, d / 2}, null, false);
        CellModel c = CellModel.builder(b.build()).cm(Region.all(), 1)
                .channel(Region.all(), SquidHh.neuronTabulated(SquidHh.sodium(), 6.3), 0.12, Double.NaN)
                .channel(Region.all(), SquidHh.neuronTabulated(SquidHh.potassium(), 6.3), 0.036, Double.NaN)
                .channel(Region.all(), SquidHh.leak(), 0.0003, -54.402)
                .policy(new org.neurite.morphology.discretize.CvPolicy.FixedPerSection(1)).build();
        double[] ours = soma(c, 0.00025, 30, -65, 1000);
        double[] ref = SquidPatchCase.simulate(0.00025, 30).vSamples();
        assertEquals(ref.length, ours.length);
        for (int i = 0; i < ref.length; i++) {
            assertEquals(ref[i], ours[i], 1e-6, "sample " + i);
        }
    }

    @Test
    void generalSolvePathEqualsFactoredPath() {
        // the passive leak as a ChannelBank (no gates) takes the per-step elimination; as a Leak the
        // factored substitution: identical systems, so identical traces (to round-off)
        Morphology m = SwcLoader.load(CellGenerator.yBranch(), SwcConvention.NEURON).morphology();
        CellModel leak = CellModel.builder(m).ra(Region.all(), 150).pas(Region.all(), 5e-5, -70).build();
        CellModel bank = CellModel.builder(m).ra(Region.all(), 150).channel(Region.all(), SquidHh.passive(), 5e-5, -70).build();
        double[] a = soma(leak, 0.025, 200, -70, 50);
        double[] b = soma(bank, 0.025, 200, -70, 50);
        assertArrayEquals(a, b, 1e-9);
        // after 10 membrane time constants (τ = Rm·Cm = 20 ms) V has settled at E + I·R_in
        assertEquals(-70 + 50 * 1e-3 * InputResistance.of(leak, 0, -70), a[a.length - 1], 0.01);
    }

    @Test
    void recordsEveryCompartmentAtItsInterval() {
        Morphology m = SwcLoader.load(CellGenerator.yBranch(), SwcConvention.NEURON).morphology();
        CellModel c = CellModel.builder(m).pas(Region.all(), 1e-4, -65).build();
        CellSimulation sim = new CellSimulation(c, 0.025, TimeStepping.CRANK_NICOLSON, 6.3);
        sim.recordAllEvery(0.5);
        sim.run(10, -60, ProgressListener.NONE);
        assertEquals(21, sim.allRecord().sampleCount());
        assertEquals(c.discretization().size(), sim.allRecord().nodeCount());
        assertEquals(-60, sim.allRecord().value(0, 3), 0);
        assertThrows(BadInputException.class, () -> sim.recordAllEvery(0.03));
        List<String> none = new ArrayList<>(sim.probeNames());
        assertEquals(0, none.size());
    }
}
