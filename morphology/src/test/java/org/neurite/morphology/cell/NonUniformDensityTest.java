package org.neurite.morphology.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.ion.ChannelBank;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.morphology.cable.ChannelMechanism;
import org.neurite.morphology.cable.MembraneMechanism;
import org.neurite.morphology.discretize.Discretization;
import org.neurite.morphology.io.NeuromlCell;
import org.neurite.morphology.io.NeuromlReader;

/**
 * NeuroML {@code channelDensityNonUniform} on the test cell {@code neuron/nonuniform/nonuniform_cable.cell.nml}
 * (a 20 µm soma from y = 0 to 20 and a 500 µm apical cable of 2 µm, nseg 25 each):
 * <ul>
 *   <li>against the closed forms written in this test: every compartment's painted density equals
 *       the file's expression at its path length d from the root (the soma's proximal point:
 *       d = 20 + 500·x on the apical cable at its node x), to 1e-12 relative, for the plain
 *       variable, translationStart, normalizationEnd alone, and both together;</li>
 *   <li>against NEURON 8.2.2 running the same cell with the same rules painted from
 *       {@code h.distance()} ({@code neuron/nonuniform/nonuniform_neuron.py}, output
 *       {@code nonuniform_neuron.csv} committed beside it): the voltage at the soma and at two
 *       apical points agrees within 1e-3 mV over 60 ms with two spikes.</li>
 *   <li>a spherical root segment is measured from its centre (closed form d = 10 + 100·x);
 *       {@code channelDensityNonUniformNernst} is read without erev and refused for a non-calcium
 *       ion; bad values, unknown names and a non-condDensity parameter are one error line with the
 *       file, the element's line and its id.</li>
 * </ul>
 */
class NonUniformDensityTest {
    private static final int NSEG = 25;

    static Path resource(String name) {
        try {
            return Path.of(NonUniformDensityTest.class.getResource("/neuron/nonuniform/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path spec(Path dir, Path nml) throws IOException {
        Path f = dir.resolve("cell.json");
        Files.writeString(f, "{\n  \"morphology\": \"" + nml.toString().replace("\\", "/") + "\",\n"
                + "  \"discretization\": {\"policy\": \"fixed_per_section\", \"value\": " + NSEG + "},\n"
                + "  \"current_clamps\": [{\"location\": \"soma\", \"amp_nA\": 0.6, \"delay_ms\": 5, \"dur_ms\": 40}],\n"
                + "  \"probes\": [{\"name\": \"soma\", \"location\": \"soma\"},\n"
                + "             {\"name\": \"apic_mid\", \"location\": {\"section\": \"apic[0]\", \"x\": 0.5}},\n"
                + "             {\"name\": \"apic_end\", \"location\": {\"section\": \"apic[0]\", \"x\": 0.98}}],\n"
                + "  \"probe_every_ms\": 0.1,\n"
                + "  \"dt\": 0.025, \"tstop\": 60, \"v_init\": -65, \"celsius\": 6.3\n}\n");
        return f;
    }

    /** The painted density [S/cm²] of each channel at each node: gmax / area. */
    private static Map<String, Map<Integer, Double>> densities(CellModel m) {
        Discretization d = m.discretization();
        Map<String, Map<Integer, Double>> out = new HashMap<>();
        for (MembraneMechanism mech : m.mechanisms(0.025, 6.3)) {
            if (mech instanceof ChannelMechanism c) {
                ChannelBank b = c.bank();
                Map<Integer, Double> g = new HashMap<>();
                for (int i = 0; i < b.size(); i++) {
                    g.put(b.node(i), b.gmax(i) / (10 * d.area(b.node(i)))); // nS / (µm²·10) = S/cm²
                }
                out.put(c.name(), g);
            }
        }
        return out;
    }

    /**
     * Paints the cell with the leak's inhomogeneous parameter replaced and checks every compartment
     * of the K and leak banks against the closed forms.
     *
     * @param parameter the {@code RelativePathLength} parameter's children
     * @param variable the variable as the closed form of d [µm]
     */
    private static int check(Path dir, String parameter, DoubleUnaryOperator variable) throws IOException {
        String text = Files.readString(resource("nonuniform_cable.cell.nml"));
        String original = children("<proximal translationStart=\"0\"/>", "<distal normalizationEnd=\"1\"/>");
        assertTrue(text.contains(original));
        Path nml = dir.resolve("variant.cell.nml");
        Files.writeString(nml, text.replace(original, parameter));
        CellRun run = CellRun.prepare(spec(dir, nml));
        CellModel m = run.model();
        Discretization d = m.discretization();
        Map<String, Map<Integer, Double>> g = densities(m);
        int apic = m.morphology().sectionNamed("apic[0]");
        int checked = 0;
        for (int i = 0; i < d.size(); i++) {
            if (d.isJunction(i)) {
                continue;
            }
            boolean soma = d.section(i) != apic;
            double x = d.location(i).x();
            double dist = soma ? 20 * x : 20 + 500 * x; // path length from the soma's proximal point (y = 0)
            double k = soma ? 0.036 : 1e-4 * 360 * Math.exp(-dist / 200);
            double leak = soma ? 3e-4 : 1e-4 * (3 + 7 * variable.applyAsDouble(dist));
            assertEquals(k, g.get("kChan").get(i), 1e-12 * k, "kChan at d = " + dist);
            assertEquals(leak, g.get("leakChan").get(i), 1e-12 * leak, "leakChan at d = " + dist);
            assertEquals(soma ? 0.12 : 0.012, g.get("naChan").get(i), 1e-12 * 0.12, "naChan at d = " + dist);
            checked++;
        }
        return checked;
    }

    /** Child elements of the inhomogeneous parameter, indented as in the file. */
    private static String children(String... lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(" ".repeat(20)).append(l).append('\n');
        }
        return sb.toString();
    }

    @Test
    void everyCompartmentHasTheClosedFormAtItsPathLengthFromTheRoot(@TempDir Path dir) throws IOException {
        // as committed: proximal 0, distal 1 -> r = (d - 20)/500
        assertEquals(2 * NSEG, check(dir, children("<proximal translationStart=\"0\"/>", "<distal normalizationEnd=\"1\"/>"), dd -> (dd - 20) / 500));
        // no transforms: the variable is d itself
        check(dir, "", dd -> dd);
        // translationStart alone: the group's start (d = 20) moved to 40
        check(dir, children("<proximal translationStart=\"40\"/>"), dd -> 40 + (dd - 20));
        // normalizationEnd alone: the group's extent mapped onto [0, 2]
        check(dir, children("<distal normalizationEnd=\"2\"/>"), dd -> 2 * (dd - 20) / 500);
        // both: [20, 520] onto [0.5, 1.5]
        check(dir, children("<proximal translationStart=\"0.5\"/>", "<distal normalizationEnd=\"1.5\"/>"), dd -> 0.5 + (dd - 20) / 500);
    }

    @Test
    void voltageAgreesWithNeuronPaintingTheSameRules(@TempDir Path dir) throws IOException {
        CellRun run = CellRun.prepare(spec(dir, resource("nonuniform_cable.cell.nml")));
        run.run(ProgressListener.NONE);
        var rec = run.simulation().probeRecord();
        double[] t = rec.timesMs();
        List<double[]> ref = new ArrayList<>();
        for (String line : Files.readAllLines(resource("nonuniform_neuron.csv"))) {
            if (!line.startsWith("t_ms")) {
                String[] f = line.split(",");
                ref.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            }
        }
        assertEquals(ref.size(), t.length, "samples");
        double worst = 0;
        int spikes = 0;
        for (int j = 0; j < 3; j++) {
            double[] v = rec.column(j);
            for (int i = 0; i < t.length; i++) {
                assertEquals(ref.get(i)[0], t[i], 1e-9, "time");
                worst = Math.max(worst, Math.abs(v[i] - ref.get(i)[j + 1]));
                if (j == 0 && i > 0 && v[i] > 0 && v[i - 1] <= 0) {
                    spikes++;
                }
            }
        }
        System.out.println("non-uniform cable vs NEURON: max |dV| = " + worst + " mV, soma spikes " + spikes);
        assertEquals(2, spikes, "soma spikes (NEURON: 6.1 and 18.3 ms)");
        assertTrue(worst < 1e-3, "max |V - V_NEURON| = " + worst + " mV");
    }

    @Test
    void badNonUniformDensitiesAreOneLineNamingFileLineAndId(@TempDir Path dir) throws IOException {
        String text = Files.readString(resource("nonuniform_cable.cell.nml"));
        String value = "value=\"360 * exp(-p / 200)\"";
        String group = "<variableParameter parameter=\"condDensity\" segmentGroup=\"apical_dendrite_group\">\n"
                + " ".repeat(24) + "<inhomogeneousValue inhomogeneousParameter=\"PathLength\"";
        assertTrue(text.contains(value) && text.contains(group));
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put(text.replace(value, "value=\"360 * exp(-p / 200\""), "cannot read \"360 * exp(-p / 200\": missing \")\"");
        cases.put(text.replace(value, "value=\"360 * exp(-q / 200)\""), "unknown variable \"q\"");
        cases.put(text.replace(group, group.replace("segmentGroup=\"apical_dendrite_group\"", "segmentGroup=\"oblique\"")),
                "unknown segment group \"oblique\"");
        cases.put(text.replace(group, group.replace("inhomogeneousParameter=\"PathLength\"", "inhomogeneousParameter=\"Distance\"")),
                "unknown inhomogeneousParameter \"Distance\"");
        cases.put(text.replace(group, group.replace("parameter=\"condDensity\"", "parameter=\"erev\"")),
                "variableParameter \"erev\" is not supported (only condDensity)");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path f = dir.resolve("bad.cell.nml");
            Files.writeString(f, c.getKey());
            BadInputException e = assertThrows(BadInputException.class, () -> NeuromlReader.read(f));
            String m = e.getMessage();
            assertTrue(m.startsWith(f + ":81: channelDensityNonUniform k_apical") && m.contains(c.getValue()) && !m.contains("\n"), m);
        }
        Path metric = dir.resolve("metric.cell.nml");
        Files.writeString(metric, text.replace("id=\"PathLength\" variable=\"p\" metric=\"Path Length from root\"",
                "id=\"PathLength\" variable=\"p\" metric=\"Euclidean distance\""));
        BadInputException me = assertThrows(BadInputException.class, () -> NeuromlReader.read(metric));
        assertEquals(metric + ":69: inhomogeneousParameter PathLength: metric must be \"Path Length from root\" (the only one NeuroML defines)",
                me.getMessage());
        // a negative density is found where it is painted, naming the channel, the place, the file and the density's id
        Path f = dir.resolve("negative.cell.nml");
        Files.writeString(f, text.replace(value, "value=\"360 * exp(-p / 200) - 200\""));
        CellModel model = CellRun.prepare(spec(dir, f)).model();
        BadInputException e = assertThrows(BadInputException.class, () -> model.mechanisms(0.025, 6.3));
        assertTrue(e.getMessage().contains("channel kChan: density -") && e.getMessage().contains("apic[0]")
                && e.getMessage().contains(f + " channelDensityNonUniform k_apical") && !e.getMessage().contains("clamp"), e.getMessage());
    }

    @Test
    void aSphericalRootIsMeasuredFromItsCentre(@TempDir Path dir) throws IOException {
        // root segment 0 is a sphere (points coincide, diameter 20): held as a 20 um cylinder whose
        // centre is the proximal point; the dendrite hangs from its end, 10 um from the centre
        Path nml = dir.resolve("sphere.cell.nml");
        Files.writeString(nml, """
                <neuroml xmlns="http://www.neuroml.org/schema/neuroml2" id="sphere">
                  <ionChannelPassive id="leak" conductance="10pS"/>
                  <cell id="sphere">
                    <morphology id="m">
                      <segment id="0" name="soma"><proximal x="0" y="0" z="0" diameter="20"/><distal x="0" y="0" z="0" diameter="20"/></segment>
                      <segment id="1" name="dend"><parent segment="0"/><proximal x="10" y="0" z="0" diameter="2"/><distal x="110" y="0" z="0" diameter="2"/></segment>
                      <segmentGroup id="soma_group"><member segment="0"/></segmentGroup>
                      <segmentGroup id="apical_dendrite_group"><member segment="1"/>
                        <inhomogeneousParameter id="PathLength" variable="p" metric="Path Length from root"/>
                      </segmentGroup>
                    </morphology>
                    <biophysicalProperties id="b">
                      <membraneProperties>
                        <channelDensityNonUniform id="leak_dend" ionChannel="leak" erev="-70mV" ion="non_specific">
                          <variableParameter parameter="condDensity" segmentGroup="apical_dendrite_group">
                            <inhomogeneousValue inhomogeneousParameter="PathLength" value="p"/>
                          </variableParameter>
                        </channelDensityNonUniform>
                      </membraneProperties>
                    </biophysicalProperties>
                  </cell>
                </neuroml>
                """);
        NeuromlCell cell = NeuromlReader.read(nml);
        assertEquals(0.5, cell.root().x());
        CellModel m = CellRun.prepare(spec(dir, nml)).model();
        Discretization d = m.discretization();
        int dend = m.morphology().sectionNamed("apic[0]");
        Map<Integer, Double> g = densities(m).get("leak");
        assertEquals(NSEG, g.size());
        for (Map.Entry<Integer, Double> e : g.entrySet()) {
            assertEquals(dend, d.section(e.getKey()));
            double dist = 10 + 100 * d.location(e.getKey()).x();
            assertEquals(1e-4 * dist, e.getValue(), 1e-12 * e.getValue(), "leak at d = " + dist);
        }
    }

    @Test
    void nernstDensitiesAreReadWithoutErevAndAreForCalciumOnly(@TempDir Path dir) throws IOException {
        String text = Files.readString(resource("nonuniform_cable.cell.nml"))
                .replace("<channelDensityNonUniform id=\"k_apical\" ionChannel=\"kChan\" erev=\"-77mV\" ion=\"k\">",
                        "<channelDensityNonUniformNernst id=\"k_apical\" ionChannel=\"kChan\" ion=\"k\">")
                .replaceFirst("</channelDensityNonUniform>", "</channelDensityNonUniformNernst>");
        Path nml = dir.resolve("nernst.cell.nml");
        Files.writeString(nml, text);
        NeuromlCell cell = NeuromlReader.read(nml);
        NeuromlCell.NonUniformDensity k = cell.biophysics().nonUniformDensities().get(0);
        assertEquals("k_apical", k.id());
        assertTrue(k.nernst() && Double.isNaN(k.erevMV()));
        assertEquals(0.036 * Math.exp(-100.0 / 200), k.condDensitySPerCm2().applyAsDouble(100), 1e-15);
        BadInputException e = assertThrows(BadInputException.class, () -> CellRun.prepare(spec(dir, nml)));
        assertTrue(e.getMessage().contains("channelDensityNonUniformNernst k_apical: Nernst reversals are supported for calcium only"),
                e.getMessage());
    }
}
