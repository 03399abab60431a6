package org.neurite.pointneuron.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.channels.testing.ValidationCases;

/**
 * The Naud et al. 2008 patterns (ValidationCase over both integrators), and the classifier on
 * synthetic spike trains built from each definition, so that it is known to tell them apart.
 */
class FiringPatternTest {
    @Test
    void naudPatternsAreRecognised() {
        ValidationCases.assertPasses(new NaudPatternsCase());
    }

    private static double[] train(double first, double... isiThenRepeat) {
        // isiThenRepeat: explicit ISIs; the last `period` entries given after a NaN repeat to 1000 ms
        List<Double> t = new ArrayList<>();
        t.add(first);
        int nan = -1;
        for (int k = 0; k < isiThenRepeat.length; k++) {
            if (Double.isNaN(isiThenRepeat[k])) {
                nan = k;
                break;
            }
            t.add(t.get(t.size() - 1) + isiThenRepeat[k]);
        }
        if (nan >= 0) {
            int k = nan + 1;
            while (t.get(t.size() - 1) < 1000) {
                t.add(t.get(t.size() - 1) + isiThenRepeat[k]);
                k = k + 1 < isiThenRepeat.length ? k + 1 : nan + 1;
            }
            t.remove(t.size() - 1);
        }
        return t.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void syntheticTrains() {
        assertEquals(FiringPattern.TONIC, FiringPattern.classify(train(10, Double.NaN, 10), 1000));
        assertEquals(FiringPattern.ADAPTATION, FiringPattern.classify(train(10, 10, 14, 20, 30, 45, 60, Double.NaN, 70), 1000));
        assertEquals(FiringPattern.INITIAL_BURST, FiringPattern.classify(train(5, 3, 5, 50, Double.NaN, 60), 1000));
        assertEquals(FiringPattern.REGULAR_BURSTING, FiringPattern.classify(train(10, Double.NaN, 4, 100), 1000));
        assertEquals(FiringPattern.DELAYED_REGULAR_BURSTING, FiringPattern.classify(train(80, Double.NaN, 4, 5, 60), 1000));
        assertEquals(FiringPattern.DELAYED_ACCELERATING, FiringPattern.classify(train(40, 30, 25, 20, 16, 13, Double.NaN, 12), 1000));
        assertEquals(FiringPattern.ACCELERATING, FiringPattern.classify(train(5, 30, 25, 20, 16, 13, Double.NaN, 12), 1000));
        assertEquals(FiringPattern.TRANSIENT, FiringPattern.classify(train(10, 5, 8, 12, 20), 1000));
        assertEquals(FiringPattern.IRREGULAR, FiringPattern.classify(train(10, Double.NaN, 7, 19, 31, 9, 22, 13, 38), 1000));
        assertEquals(FiringPattern.SILENT, FiringPattern.classify(new double[0], 1000));
    }
}
