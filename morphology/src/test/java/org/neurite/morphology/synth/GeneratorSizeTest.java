package org.neurite.morphology.synth;

import org.junit.jupiter.api.Test;
import org.neurite.morphology.cell.CellModel;
import org.neurite.morphology.discretize.CvPolicy;
import org.neurite.morphology.io.SwcConvention;
import org.neurite.morphology.io.SwcLoader;
import org.neurite.morphology.io.SwcMorphology;
import org.neurite.morphology.region.Region;

class GeneratorSizeTest {
    @Test
    void sizes() {
        SwcMorphology s = SwcLoader.load(CellGenerator.pyramidal(CellGenerator.PYRAMIDAL_SEED), SwcConvention.NEURON);
        CellModel c = CellModel.builder(s.morphology()).ra(Region.all(), 150).cm(Region.all(), 1).policy(new CvPolicy.DLambda(0.1)).build();
        double len = 0;
        for (int k = 0; k < s.morphology().sectionCount(); k++) {
            len += s.morphology().length(k);
        }
        System.out.println("pyramidal: samples " + s.records().size() + " sections " + s.morphology().sectionCount() + " nseg " + c.discretization().totalNseg() + " length " + len + " warnings " + s.warnings());
    }
}
