package org.neurite.morphology.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurite.channels.input.DcSource;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.ion.CalciumActivatedPotassium;
import org.neurite.channels.ion.CalciumDecay;
import org.neurite.channels.ion.ChannelBank;
import org.neurite.channels.ion.ChannelType;
import org.neurite.channels.ion.HCurrent;
import org.neurite.channels.ion.Ions;
import org.neurite.channels.ion.MTypePotassium;
import org.neurite.channels.ion.SquidHh;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.morphology.cable.CableSystem;
import org.neurite.morphology.cable.CalciumMechanism;
import org.neurite.morphology.cable.ChannelMechanism;
import org.neurite.morphology.cable.MembraneMechanism;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.discretize.CvPolicy;
import org.neurite.morphology.discretize.Discretization;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * Channel paints against closed forms: on straight cylinders the node of piece k of a section of
 * length L cut in N lies at path distance (soma half length) + (k + ½)·L/N from the soma centre and
 * owns the area 2πr·L/N, so every compartment's ḡ [nS] = density(d)·area·1e-8 cm²/µm²·1e9 nS/S is
 * known exactly; and the calcium pool of one compartment against its steady state.
 */
class ChannelPaintsTest {
    private static final double SOMA_L = 20;
    private static final double SOMA_R = 10;
    private static final double DEND_L = 400;
    private static final double DEND_R = 1;
    private static final double APIC_L = 600;
    private static final double APIC_R = 1.5;
    private static final int PIECES = 20;

    private static Morphology cell() {
        Morphology.Builder b = Morphology.builder();
        b.addSection(-1, 0, SwcType.SOMA, "soma[0]", new double[] {0, 0, 0, SOMA_R, SOMA_L, 0, 0, SOMA_R}, null, false);
        b.addSection(0, 1, SwcType.BASAL, "dend[0]", new double[] {SOMA_L, 0, 0, DEND_R, SOMA_L + DEND_L, 0, 0, DEND_R}, null, false);
        b.addSection(0, 1, SwcType.APICAL, "apic[0]", new double[] {SOMA_L, 0, 0, APIC_R, SOMA_L, APIC_L, 0, APIC_R}, null, false);
        return b.build();
    }

    private static Map<String, ChannelBank> banks(MembraneMechanism[] mechs) {
        Map<String, ChannelBank> out = new HashMap<>();
        for (MembraneMechanism m : mechs) {
            if (m instanceof ChannelMechanism c) {
                out.put(c.name(), c.bank());
            }
        }
        return out;
    }

    private static double expected(ChannelBank bank, int compartment) {
        for (int i = 0; i < bank.size(); i++) {
            if (bank.node(i) == compartment) {
                return bank.gmax(i);
            }
        }
        return Double.NaN;
    }

    @Test
    void densityProfilesOfPathDistancePaintTheClosedFormConductances() {
        DensityProfile lin = new DensityProfile.Linear(2e-4, 5e-7);
        DensityProfile exp = new DensityProfile.Exponential(-1e-5, 2e-5, 323.0);
        DensityProfile sig = new DensityProfile.Clamped(new DensityProfile.Sigmoid(0.004, 0.048, 300, 50), 0, 0.04);
        ChannelType km = MTypePotassium.create();
        CellModel c = CellModel.builder(cell())
                .channel(Region.all(), SquidHh.sodium(), 0.12, Double.NaN)
                .channel(Region.tagged(SwcType.APICAL), SquidHh.sodium(), sig, 55.0) // overrides hh_na on the apical tree
                .channel(Region.tagged(SwcType.BASAL), km, lin, Double.NaN)
                .channel(Region.all(), HCurrent.create(), exp, Double.NaN)
                .reversal("k", -85)
                .policy(new CvPolicy.FixedPerSection(PIECES)).build();
        Discretization d = c.discretization();
        Map<String, ChannelBank> banks = banks(c.mechanisms(0.025, 34));
        assertEquals(3, banks.size(), "one bank per channel");
        double toNS = 1e-8 * 1e9; // (S/cm²)·µm² → nS
        for (int k = 0; k < PIECES; k++) {
            double dDend = SOMA_L / 2 + (k + 0.5) * DEND_L / PIECES;
            double aDend = 2 * Math.PI * DEND_R * DEND_L / PIECES;
            int ci = d.compartmentAt(new Location(1, (k + 0.5) / PIECES));
            assertEquals((2e-4 + 5e-7 * dDend) * aDend * toNS, expected(banks.get("km"), ci), 1e-12, "km dend piece " + k);
            assertEquals((-1e-5 + 2e-5 * Math.exp(dDend / 323.0)) * aDend * toNS, expected(banks.get("ih"), ci), 1e-12, "ih dend " + k);
            assertEquals(0.12 * aDend * toNS, expected(banks.get("hh_na"), ci), 1e-9, "hh_na dend " + k);

            double dApic = SOMA_L / 2 + (k + 0.5) * APIC_L / PIECES;
            double aApic = 2 * Math.PI * APIC_R * APIC_L / PIECES;
            int ca = d.compartmentAt(new Location(2, (k + 0.5) / PIECES));
            double g = Math.min(0.04, 0.004 + 0.044 / (1 + Math.exp(-(dApic - 300) / 50)));
            assertEquals(g * aApic * toNS, expected(banks.get("hh_na"), ca), 1e-12, "hh_na apic " + k);
            assertEquals((-1e-5 + 2e-5 * Math.exp(dApic / 323.0)) * aApic * toNS, expected(banks.get("ih"), ca), 1e-12, "ih apic " + k);
            assertTrue(Double.isNaN(expected(banks.get("km"), ca)), "km only on the basal dendrite");
        }
        // reversals: given with the paint, else for the ion, else the channel's own
        ChannelBank na = banks.get("hh_na");
        for (int i = 0; i < na.size(); i++) {
            assertEquals(d.section(na.node(i)) == 2 ? 55.0 : 50.0, na.reversal(i), 0);
        }
        assertEquals(-85.0, banks.get("km").reversal(0), 0);
        assertEquals(-45.0, banks.get("ih").reversal(0), 0);
        // the zero-area junction at the soma's end carries no channel
        int junction = d.compartmentAt(new Location(0, 1.0));
        assertTrue(d.isJunction(junction));
        assertTrue(Double.isNaN(expected(na, junction)));
    }

    @Test
    void aNegativeDensityIsOneClearError() {
        CellModel c = CellModel.builder(cell())
                .channel(Region.tagged(SwcType.BASAL), SquidHh.potassium(), new DensityProfile.Linear(0.01, -1e-4), Double.NaN)
                .policy(new CvPolicy.FixedPerSection(4)).build();
        BadInputException e = assertThrows(BadInputException.class, () -> c.mechanisms(0.025, 6.3));
        assertTrue(e.getMessage().contains("channel hh_k") && e.getMessage().contains("dend[0]") && e.getMessage().contains("min"),
                e.getMessage());
    }

    /** A gateless calcium conductance: a constant calcium current at a fixed voltage. */
    private static ChannelType calciumLeak() {
        return new ChannelType("ca_leak", "ca", 120.0, 0.0, List.of(), "test");
    }

    @Test
    void calciumPoolSettlesAtRestPlusTauTimesDriveAndCalciumGatesFollowIt() {
        // one 1000 µm² compartment: a constant calcium conductance against a passive leak; V settles
        // at V∞ = (g_Ca·E_Ca + g_L·E_L)/(g_Ca + g_L) within C/(g_Ca + g_L) = 1 ms, the pool then at
        // [Ca]∞ = rest + τ·k·g_Ca·(E_Ca − V∞) with k = 1e3/(2F·A·δ) (thin shell), and the AHP gate
        // (painted at zero density so that it does not act back) at m∞([Ca]∞)
        double d = Math.sqrt(1000 / Math.PI);
        Morphology.Builder b = Morphology.builder();
        b.addSection(-1, 0, SwcType.SOMA, null, new double[] {0, 0, 0, d / 2, d, 0, 0, d / 2}, null, false);
        CalciumDecay pool = CalciumDecay.mainenShell().withTau(50);
        CellModel c = CellModel.builder(b.build()).cm(Region.all(), 1)
                .pas(Region.all(), 1e-3, -70)
                .channel(Region.all(), calciumLeak(), 1e-6, Double.NaN)
                .channel(Region.all(), CalciumActivatedPotassium.create(), 0.0, Double.NaN)
                .calciumPool(Region.all(), pool, 1e-4)
                .policy(new CvPolicy.FixedPerSection(1)).build();
        MembraneMechanism[] mechs = c.mechanisms(0.025, 36);
        // the mechanisms in a cable system of their own, to read the pool afterwards
        CableSystem cable = new CableSystem(
                c.discretization().parents(), c.discretization().capacitances(), c.discretization().axialConductances(), mechs,
                0.025, TimeStepping.BACKWARD_EULER);
        cable.init(-70);
        for (int s = 0; s < Math.round(1000 / 0.025); s++) {
            cable.step();
        }
        double gCa = 1e-6 * 1000 * 10; // nS
        double gL = 1e-3 * 1000 * 10;
        double vInf = (gCa * 120 + gL * -70) / (gCa + gL);
        assertEquals(vInf, cable.voltages()[0], 1e-9);
        CalciumMechanism ca = (CalciumMechanism) mechs[1];
        double k = 1e3 / (2 * Ions.FARADAY * 1000 * 0.1);
        double cInf = 1e-4 + 50 * k * gCa * (120 - vInf);
        // 1000 ms = 20 τ: e^-20 ≈ 2e-9 of the initial offset is left
        assertEquals(cInf, ca.concentrations()[0], 1e-8 * cInf);
        ChannelBank ahp = banks(mechs).get("kahp");
        assertEquals(CalciumActivatedPotassium.create().gates().get(0).steadyState(cInf), ahp.gate(0, 0), 1e-9);
    }

    @Test
    void nernstReversalFollowsThePool() {
        double d = Math.sqrt(1000 / Math.PI);
        Morphology.Builder b = Morphology.builder();
        b.addSection(-1, 0, SwcType.SOMA, null, new double[] {0, 0, 0, d / 2, d, 0, 0, d / 2}, null, false);
        CellModel c = CellModel.builder(b.build())
                .pas(Region.all(), 1e-3, -70)
                .channel(Region.all(), calciumLeak(), 1e-6, Double.NaN)
                .calciumPool(Region.all(), CalciumDecay.mainenShell().withTau(20), 1e-4)
                .calciumNernst(2.0)
                .policy(new CvPolicy.FixedPerSection(1)).build();
        MembraneMechanism[] mechs = c.mechanisms(0.025, 36);
        CableSystem cable = new CableSystem(
                c.discretization().parents(), c.discretization().capacitances(), c.discretization().axialConductances(), mechs,
                0.025, TimeStepping.BACKWARD_EULER);
        cable.init(-70);
        ChannelBank bank = banks(mechs).get("ca_leak");
        assertEquals(Ions.nernstMV(2, 1e-4, 2.0, 36), bank.reversal(0), 1e-9);
        for (int s = 0; s < 20000; s++) {
            cable.step();
        }
        double conc = ((CalciumMechanism) mechs[1]).concentrations()[0];
        assertTrue(conc > 1e-4, "inward calcium raises [Ca]i: " + conc);
        // reversal set from the concentration at the start of the last step (one step behind)
        cable.step();
        double before = conc;
        assertEquals(Ions.nernstMV(2, before, 2.0, 36), bank.reversal(0), 1e-6);
    }

    @Test
    void currentClampDrivesAPaintedCellToSpike() {
        CellModel c = CellModel.builder(cell())
                .channel(Region.all(), SquidHh.sodium(), 0.12, Double.NaN)
                .channel(Region.all(), SquidHh.potassium(), 0.036, Double.NaN)
                .channel(Region.all(), SquidHh.leak(), 0.0003, Double.NaN)
                .policy(new CvPolicy.FixedPerSection(5)).build();
        CellSimulation sim = new CellSimulation(c, 0.025, TimeStepping.BACKWARD_EULER, 6.3);
        sim.addCurrentClamp(0, new DcSource(500, 5, 100), 0);
        sim.addProbe("soma", 0);
        sim.run(50, -65, ProgressListener.NONE);
        double max = -100;
        for (double v : sim.probeRecord().column(0)) {
            max = Math.max(max, v);
        }
        assertTrue(max > 20, "HH soma spikes: peak " + max);
    }
}
