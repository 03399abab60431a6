package org.neurite.morphology.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.ion.CalciumDecay;
import org.neurite.channels.ion.ChannelType;
import org.neurite.channels.ion.Gate;
import org.neurite.channels.ion.SquidHh;
import org.neurite.channels.testing.ValidationData;

/**
 * The ACnet2 channels (validation/neuroml2/acnet2, Beeman's Traub-1991-style channels exported by
 * neuroConstruct) read from their NeuroML files, against closed forms typed here from the files'
 * numbers and NeuroML's definitions of the rate types (PROVENANCE.md): HHExpLinearRate
 * r = rate·x/(1 − exp(−x)), HHExpRate r = rate·exp(x), HHSigmoidRate r = rate/(1 + exp(−x)),
 * x = (v − midpoint)/scale; the LEMS component types' expressions worked out by hand in mV and ms.
 */
class NeuromlChannelsTest {
    private static final double[] VOLTAGES = {-95.3, -80.1, -65.0, -60.0, -59.99, -47.2, -30.4, -19.9, -5.5, 10.1, 35.7};

    private static NeuromlCell acnet(String file) {
        return NeuromlReader.read(ValidationData.file("neuroml2", "acnet2/" + file));
    }

    private static Gate gate(ChannelType t, String id) {
        return t.gates().stream().filter(g -> g.name().equals(id)).findFirst().orElseThrow();
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
    }

    private static double expLinear(double rate, double mid, double scale, double v) {
        double x = (v - mid) / scale;
        return x == 0 ? rate : rate * x / (1 - Math.exp(-x)); // the removable singularity's limit at x = 0 (v = -19.9 mV below)
    }

    @Test
    void pyramidalCellChannelsMatchTheirFilesRates() {
        NeuromlCell c = acnet("pyr_4_sym.cell.nml");
        NeuromlChannels ch = c.channels();
        assertEquals(Set.of("Ca_pyr", "Kahp_pyr", "Kdr_pyr", "LeakConductance_pyr", "Na_pyr"), ch.channels().keySet());
        assertTrue(ch.problems().isEmpty(), ch.problems().toString());
        ChannelType na = ch.channel("Na_pyr", "test");
        ChannelType kdr = ch.channel("Kdr_pyr", "test");
        ChannelType ca = ch.channel("Ca_pyr", "test");
        assertEquals("na", na.ion());
        assertEquals("ca", ca.ion());
        assertEquals(2, gate(na, "m").power());
        assertEquals(1, gate(kdr, "n").power());
        assertEquals(0, ch.channel("LeakConductance_pyr", "test").gates().size());
        for (double v : VOLTAGES) {
            String at = " at " + v + " mV";
            // Na_pyr m: forward ExpLinear(1.28e3 /s, -46.9 mV, 4 mV), reverse ExpLinear(1.4e3 /s, -19.9 mV, -5 mV)
            close(expLinear(1.28, -46.9, 4, v), gate(na, "m").first().at(v), "Na m alpha" + at);
            close(expLinear(1.4, -19.9, -5, v), gate(na, "m").second().at(v), "Na m beta" + at);
            // Na_pyr h: forward Exp(128 /s, -43 mV, -18 mV), reverse Sigmoid(4e3 /s, -20 mV, 5 mV)
            close(0.128 * Math.exp((v + 43) / -18), gate(na, "h").first().at(v), "Na h alpha" + at);
            close(4 / (1 + Math.exp(-(v + 20) / 5)), gate(na, "h").second().at(v), "Na h beta" + at);
            // Kdr_pyr n: forward ExpLinear(40 /s, -24.9 mV, 5 mV), reverse Exp(125 /s, -40 mV, -40 mV)
            close(expLinear(0.04, -24.9, 5, v), gate(kdr, "n").first().at(v), "Kdr n alpha" + at);
            close(0.125 * Math.exp((v + 40) / -40), gate(kdr, "n").second().at(v), "Kdr n beta" + at);
            // Ca_pyr m: forward Sigmoid(1.6e3 /s, 5 mV, 13.89 mV), reverse ExpLinear(100 /s, -8.9 mV, -5 mV)
            close(1.6 / (1 + Math.exp(-(v - 5) / 13.89)), gate(ca, "m").first().at(v), "Ca m alpha" + at);
            close(expLinear(0.1, -8.9, -5, v), gate(ca, "m").second().at(v), "Ca m beta" + at);
            // Ca_pyr h (LEMS): x = exp(-50 (V + 0.06)) for V > -0.06 V, else 1; t = 0.2 s
            double hInf = v > -60 ? Math.exp(-50 * (v * 1e-3 + 0.06)) : 1.0;
            close(hInf, gate(ca, "h").steadyState(v), "Ca h inf" + at);
            close(200.0, gate(ca, "h").timeConstant(v, 6.3), "Ca h tau" + at);
        }
        assertEquals(Gate.Form.INF_TAU, gate(ca, "h").form());
    }

    @Test
    void calciumDependentAhpAndThePool() {
        NeuromlCell c = acnet("pyr_4_sym.cell.nml");
        ChannelType kahp = c.channels().channel("Kahp_pyr", "test");
        Gate z = gate(kahp, "z");
        assertEquals(Gate.Input.CONCENTRATION, z.input());
        for (double ca : new double[] {0, 1e-4, 0.5, 12.5, 250, 499.9, 500, 800}) {
            // alpha = 0.4 ca /s below 500 mM, 200 /s above; beta = 20 /s (ca in mM)
            double alpha = ca < 500 ? 0.4 * ca * 1e-3 : 0.2;
            close(alpha, z.first().at(ca), "z alpha at " + ca + " mM");
            close(0.02, z.second().at(ca), "z beta at " + ca + " mM");
            close(alpha / (alpha + 0.02), z.steadyState(ca), "z inf at " + ca + " mM");
        }
        CalciumDecay pool = c.channels().pool("Ca_conc", "test");
        assertEquals(CalciumDecay.Geometry.FIXED_FACTOR, pool.geometry());
        assertEquals(9543.150099999999, pool.geometryValue(), 1e-9);
        assertEquals(100.0, pool.tauMs(), 0);
        assertEquals(0.0, pool.restMM(), 0);
        List<NeuromlCell.Species> species = c.biophysics().species();
        assertEquals(1, species.size());
        assertEquals(5e-5, species.get(0).initialMM(), 1e-18, "5.0E-11 mol_per_cm3 = 5e-5 mM");
        assertEquals(3.0, species.get(0).initialExtMM(), 1e-12, "3.0E-6 mol_per_cm3 = 3 mM");
        assertEquals("soma_group", species.get(0).segmentGroup());
    }

    @Test
    void basketCellChannelsIncludingLemsRates() {
        NeuromlCell c = acnet("bask.cell.nml");
        ChannelType na = c.channels().channel("Na_bask", "test");
        ChannelType k = c.channels().channel("Kdr_bask", "test");
        assertEquals(3, gate(na, "m").power());
        assertEquals(4, gate(k, "n").power());
        for (double v : VOLTAGES) {
            String at = " at " + v + " mV";
            close(expLinear(2.56, -50, 4, v), gate(na, "m").first().at(v), "m alpha" + at);
            close(expLinear(2.8, -23, -5, v), gate(na, "m").second().at(v), "m beta" + at);
            // LEMS: r = 2 * 9.939... * exp(-55.55...*V) /s and 2 * 4000/(0.01005... exp(-200 V) + 1) /s, V in volts
            close(1e-3 * 2 * 9.93908245804491 * Math.exp(-55.5555555555556 * v * 1e-3), gate(na, "h").first().at(v), "h alpha" + at);
            close(1e-3 * 2 * 4000.0 / (0.0100518357446336 * Math.exp(-200.0 * v * 1e-3) + 1.0), gate(na, "h").second().at(v), "h beta" + at);
            close(expLinear(0.32, -48, 5, v), gate(k, "n").first().at(v), "n alpha" + at);
            close(1.0 * Math.exp((v + 53) / -40), gate(k, "n").second().at(v), "n beta" + at);
        }
    }

    @Test
    void officialSingleCompartmentHhChannelsAreTheSquidChannels() {
        NeuromlCell c = NeuromlReader.read(ValidationData.file("neuroml2", "neuroml2_examples/NML2_SingleCompHHCell.nml"));
        ChannelType na = c.channels().channel("naChan", "test");
        ChannelType k = c.channels().channel("kChan", "test");
        for (double v : VOLTAGES) {
            close(SquidHh.ALPHA_M.at(v), gate(na, "m").first().at(v), "alpha_m " + v);
            close(SquidHh.BETA_M.at(v), gate(na, "m").second().at(v), "beta_m " + v);
            close(SquidHh.ALPHA_H.at(v), gate(na, "h").first().at(v), "alpha_h " + v);
            close(SquidHh.BETA_H.at(v), gate(na, "h").second().at(v), "beta_h " + v);
            close(SquidHh.ALPHA_N.at(v), gate(k, "n").first().at(v), "alpha_n " + v);
            close(SquidHh.BETA_N.at(v), gate(k, "n").second().at(v), "beta_n " + v);
        }
    }

    @Test
    void q10SettingsAndGateFormsOfAFileOfOurOwn(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ch.nml");
        Files.writeString(f, """
                <neuroml xmlns="http://www.neuroml.org/schema/neuroml2" id="t">
                  <ionChannelHH id="k1" species="k">
                    <gateHHratesInf id="a" instances="1">
                      <q10Settings type="q10ExpTemp" q10Factor="3" experimentalTemp="22 degC"/>
                      <forwardRate type="HHExpRate" rate="0.5per_ms" midpoint="-30mV" scale="10mV"/>
                      <reverseRate type="HHExpRate" rate="0.2per_ms" midpoint="-30mV" scale="-20mV"/>
                      <steadyState type="HHSigmoidVariable" rate="1" midpoint="-40mV" scale="5mV"/>
                    </gateHHratesInf>
                    <gateHHratesTau id="b" instances="2">
                      <q10Settings type="q10Fixed" fixedQ10="2"/>
                      <forwardRate type="HHExpRate" rate="0.1per_ms" midpoint="-60mV" scale="-10mV"/>
                      <reverseRate type="HHSigmoidRate" rate="1per_ms" midpoint="-30mV" scale="10mV"/>
                      <timeCourse type="fixedTimeCourse" tau="12ms"/>
                    </gateHHratesTau>
                    <gateHHInstantaneous id="c" instances="1">
                      <steadyState type="HHSigmoidVariable" rate="1" midpoint="-20mV" scale="8mV"/>
                    </gateHHInstantaneous>
                  </ionChannelHH>
                  <ionChannelHH id="bad" species="k">
                    <gateHHrates id="x" instances="1">
                      <forwardRate type="NoSuchRate"/>
                      <reverseRate type="HHExpRate" rate="1per_ms" midpoint="0mV" scale="10mV"/>
                    </gateHHrates>
                  </ionChannelHH>
                  <cell id="c1"><morphology id="m"><segment id="0" name="soma">
                    <proximal x="0" y="0" z="0" diameter="10"/><distal x="10" y="0" z="0" diameter="10"/>
                  </segment></morphology></cell>
                </neuroml>
                """);
        NeuromlCell c = NeuromlReader.read(f);
        ChannelType t = c.channels().channel("k1", "test");
        Gate a = gate(t, "a");
        Gate b = gate(t, "b");
        Gate cc = gate(t, "c");
        for (double v : VOLTAGES) {
            double al = 0.5 * Math.exp((v + 30) / 10);
            double be = 0.2 * Math.exp((v + 30) / -20);
            close(1 / (1 + Math.exp(-(v + 40) / 5)), a.steadyState(v), "a inf " + v);
            // q10 3 from 22 C: at 32 C three times faster
            close(1 / (al + be) / 3, a.timeConstant(v, 32), "a tau " + v);
            double bl = 0.1 * Math.exp((v + 60) / -10);
            double bb = 1 / (1 + Math.exp(-(v + 30) / 10));
            close(bl / (bl + bb), b.steadyState(v), "b inf " + v);
            close(12.0 / 2, b.timeConstant(v, 6.3), "b tau with fixed factor 2, " + v);
            close(1 / (1 + Math.exp(-(v + 20) / 8)), cc.steadyState(v), "c inf " + v);
        }
        assertEquals(Gate.Form.INSTANTANEOUS, cc.form());
        BadInputException e = assertThrows(BadInputException.class, () -> c.channels().channel("bad", "cell.json"));
        assertTrue(e.getMessage().contains("NoSuchRate") && e.getMessage().contains("cannot be used"), e.getMessage());
    }

    @Test
    void aMembraneElementNeuriteDoesNotReadIsAnErrorAtItsLine(@TempDir Path dir) throws IOException {
        // channelDensityGHK was skipped without a word: the cell ran without its calcium channel
        Path f = dir.resolve("ghk.nml");
        Files.writeString(f, """
                <neuroml xmlns="http://www.neuroml.org/schema/neuroml2" id="t">
                  <ionChannelPassive id="leak" conductance="10pS"/>
                  <cell id="c">
                    <morphology id="m">
                      <segment id="0" name="soma"><proximal x="0" y="0" z="0" diameter="10"/><distal x="0" y="0" z="10" diameter="10"/></segment>
                    </morphology>
                    <biophysicalProperties id="b">
                      <membraneProperties>
                        <channelDensity id="l" ionChannel="leak" condDensity="0.1 mS_per_cm2" erev="-70mV" ion="non_specific"/>
                        <channelDensityGHK id="cag" ionChannel="leak" permeability="1 cm_per_s" ion="ca"/>
                        <specificCapacitance value="1.0 uF_per_cm2"/>
                      </membraneProperties>
                      <intracellularProperties><resistivity value="100 ohm_cm"/></intracellularProperties>
                    </biophysicalProperties>
                  </cell>
                </neuroml>
                """);
        // the morphology still reads (morphology info, render); a simulation of the cell's channels refuses it
        assertEquals(1, NeuromlReader.read(f).biophysics().channelDensities().size());
        Path spec = dir.resolve("cell.json");
        Files.writeString(spec, "{\"morphology\": \"ghk.nml\", \"dt\": 0.025, \"tstop\": 5, \"v_init\": -65,"
                + " \"channels\": {\"neuroml\": true}}");
        BadInputException e = assertThrows(BadInputException.class, () -> org.neurite.morphology.cell.CellRun.prepare(spec));
        assertTrue(e.getMessage().contains("ghk.nml:10") && e.getMessage().contains("channelDensityGHK")
                && e.getMessage().contains("not supported"), e.getMessage());
    }

    @Test
    void aGateWithoutInstancesIsAnErrorAtItsLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("noinst.nml");
        Files.writeString(f, """
                <neuroml xmlns="http://www.neuroml.org/schema/neuroml2" id="t">
                  <ionChannelHH id="k1" species="k">
                    <gateHHrates id="n">
                      <forwardRate type="HHExpRate" rate="1per_ms" midpoint="0mV" scale="10mV"/>
                    </gateHHrates>
                  </ionChannelHH>
                </neuroml>
                """);
        BadInputException e = assertThrows(BadInputException.class, () -> NeuromlReader.read(f));
        assertTrue(e.getMessage().contains("noinst.nml:3") && e.getMessage().contains("instances"), e.getMessage());
    }

    @Test
    void lemsRatesOfBothVoltageAndCalciumMakeAGateOnBoth(@TempDir Path dir) throws IOException {
        // a BK-type opening rate (Moczydlowski & Latorre 1983) written in LEMS on v, caConc and
        // temperature, with a voltage-only closing rate: the gate reads both inputs
        Path f = dir.resolve("bk.nml");
        Files.writeString(f, """
                <neuroml xmlns="http://www.neuroml.org/schema/neuroml2" id="t">
                  <ionChannelHH id="bk" species="k">
                    <gateHHrates id="o" instances="1">
                      <q10Settings type="q10ExpTemp" q10Factor="2" experimentalTemp="22 degC"/>
                      <forwardRate type="bk_alpha"/>
                      <reverseRate type="HHExpRate" rate="0.28per_ms" midpoint="0mV" scale="-25mV"/>
                    </gateHHrates>
                  </ionChannelHH>
                  <ComponentType name="bk_alpha" extends="baseVoltageConcDepRate">
                    <Constant name="TIME_SCALE" dimension="time" value="1 s"/>
                    <Constant name="VOLT_SCALE" dimension="voltage" value="1 V"/>
                    <Constant name="CONC_SCALE" dimension="concentration" value="1 mM"/>
                    <Constant name="TEMP_SCALE" dimension="temperature" value="1 K"/>
                    <Dynamics>
                      <DerivedVariable name="V" dimension="none" value="v / VOLT_SCALE"/>
                      <DerivedVariable name="ca" dimension="none" value="caConc / CONC_SCALE"/>
                      <DerivedVariable name="T" dimension="none" value="temperature / TEMP_SCALE"/>
                      <DerivedVariable name="K1" dimension="none" value="0.18 * exp(-2 * 0.84 * 96485.33212 * V / (8.314462618 * T))"/>
                      <DerivedVariable name="r" exposure="r" dimension="per_time" value="480 * ca / (ca + K1) / TIME_SCALE"/>
                    </Dynamics>
                  </ComponentType>
                  <cell id="c1"><morphology id="m"><segment id="0" name="soma">
                    <proximal x="0" y="0" z="0" diameter="10"/><distal x="10" y="0" z="0" diameter="10"/>
                  </segment></morphology></cell>
                </neuroml>
                """);
        NeuromlCell c = NeuromlReader.read(f);
        Gate o = gate(c.channels().channel("bk", "test"), "o");
        assertEquals(Gate.Input.VOLTAGE_AND_CONCENTRATION, o.input());
        for (double celsius : new double[] {6.3, 34.0}) {
            for (double v : VOLTAGES) {
                for (double ca : new double[] {0.0, 1e-4, 0.003, 0.05}) {
                    double k1 = 0.18 * Math.exp(-2 * 0.84 * 96485.33212 * v * 1e-3 / (8.314462618 * (celsius + 273.15)));
                    double al = 0.48 * ca / (ca + k1);
                    double be = 0.28 * Math.exp(v / -25);
                    close(al / (al + be), o.atTemperature(celsius).steadyStateAt(v, ca), "o inf " + v + " " + ca);
                    close(1 / (al + be) / Math.pow(2, (celsius - 22) / 10), o.timeConstantAt(v, ca, celsius), "o tau " + v + " " + ca);
                }
            }
        }
    }
}
