package org.neurite.morphology.validation;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.NumericTable;
import org.neurite.channels.testing.ValidationData;
import org.neurite.morphology.cable.TimeStepping;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.discretize.CvPolicy;

class ExploreTest {
    @Test
    void explore() {
        Path dir = ValidationData.folder("neuron_reference");
        for (String cell : new String[] {"arbor_ball_and_stick", "L23pyr-j150811a"}) {
            NeuronProtocol p = new NeuronProtocol(dir, cell);
            System.out.println(cell + " areas " + NeuronProtocol.areaPerType(p.swc().morphology()) + " ref " + p.passive().require("membrane_area_um2_per_type"));
            System.out.println("sections " + NeuronProtocol.sectionsPerType(p.swc().morphology()) + " warnings " + p.swc().warnings());
            CellModel c = p.cell(new CvPolicy.DLambda(0.1));
            System.out.println("nseg " + c.discretization().totalNseg() + " n=" + c.discretization().size());
            var m = p.swc().morphology();
            for (String site : p.passive().require("recording_sites").keys()) {
                var loc = m.locationOfId(p.passive().require("recording_sites").require(site).require("swc_sample_id").asLong());
                System.out.println(site + " -> " + m.name(loc.section()) + " x=" + loc.x());
            }
            Map<String, double[]> sim = p.runPassive(c, 0.025, TimeStepping.BACKWARD_EULER, 300);
            Map<String, double[]> ref = NumericTable.csv(dir.resolve(cell + "_passive.csv"));
            for (var e : sim.entrySet()) {
                double[] r = ref.get("v_" + e.getKey() + "_mV");
                double[] s = e.getValue();
                double max = 0;
                int at = 0;
                for (int i = 0; i < r.length; i++) {
                    if (Math.abs(r[i] - s[i]) > max) { max = Math.abs(r[i] - s[i]); at = i; }
                }
                System.out.println(e.getKey() + " max diff " + max + " at " + at + " n " + r.length + "/" + s.length + " sim " + s[at] + " ref " + r[at]);
            }
        }
    }
}
