package org.neurite.pointneuron.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.Plugins;

/** CSR projections: layout, NNGT sign convention, NEST port routing, delay rounding, memory per synapse. */
class ConnectionBuilderTest {
    /** NEST's ex/in routing for a conductance model: w >= 0 → port 0 as w, w < 0 → port 1 as |w|. */
    static final PortMap NEST_COND = new PortMap() {
        @Override
        public int port(double w) {
            return w >= 0 ? 0 : 1;
        }

        @Override
        public double value(double w) {
            return Math.abs(w);
        }
    };

    static NeuralPop pop() {
        NeuralPop p = NeuralPop.excAndInhib(500, 0.2, "iaf_cond_exp", Map.of(), "iaf_cond_exp", Map.of());
        p.createMetaGroup("all", Group.range(0, 500));
        return p;
    }

    static ConnectionSpec spec(NeuralPop p, String pre, String post, String rule, Map<String, Double> params, Distribution w,
                               Distribution d) {
        ConnectionRule r = Plugins.find(ConnectionRule.class, rule);
        return new ConnectionSpec(pre + "->" + post, p.group(pre), p.group(post), r, ParameterSet.of(rule, r.parameters(), params),
                Map.of(), false, true, w, d, null, null, null);
    }

    @Test
    @DisplayName("rows by source hold targets in increasing order and split by target block; in-degrees add up")
    void layout() {
        NeuralPop p = pop();
        ConnectionBuilder b = new ConnectionBuilder(new NodeMap(p), 0.1, new RandomStreams(1), k -> NEST_COND, k -> false);
        List<Projection> made = b.build(spec(p, "excitatory", "all", "fixed_indegree", Map.of("indegree", 40.0),
                new Distribution.Constant(2.0), new Distribution.Constant(1.5)));
        assertEquals(2, made.size(), "one projection per target block");
        long total = 0;
        for (Projection pr : made) {
            assertEquals(0, pr.preBlock());
            for (int i = 0; i < pr.rows(); i++) {
                for (int k = pr.rowStart(i) + 1; k < pr.rowEnd(i); k++) {
                    assertTrue(pr.target(k - 1) <= pr.target(k), "targets sorted within a row");
                }
            }
            for (int d : pr.inDegrees(pr.postBlock() == 0 ? 400 : 100)) {
                assertEquals(40, d);
            }
            assertEquals(15, pr.constantDelay());
            assertNull(pr.weights());
            total += pr.size();
        }
        assertEquals(500 * 40, total);
    }

    @Test
    @DisplayName("inhibitory sources: positive graph weights act inhibitory (port 'in', |w|), NNGT's convention")
    void inhibitorySign() {
        NeuralPop p = pop();
        ConnectionBuilder b = new ConnectionBuilder(new NodeMap(p), 0.1, new RandomStreams(1), k -> NEST_COND, k -> false);
        for (Projection pr : b.build(spec(p, "inhibitory", "excitatory", "fixed_indegree", Map.of("indegree", 10.0),
                new Distribution.Constant(67.0), new Distribution.Constant(0.1)))) {
            assertEquals(1, pr.constantPort());
            assertEquals(67.0, pr.constantWeight());
            assertEquals(1, pr.constantDelay());
        }
    }

    @Test
    @DisplayName("distributed weights and delays: per-synapse float/short arrays, <= 16 bytes per synapse, delays rounded to steps")
    void distributions() {
        NeuralPop p = pop();
        ConnectionBuilder b = new ConnectionBuilder(new NodeMap(p), 0.1, new RandomStreams(2), k -> NEST_COND, k -> false);
        List<Projection> made = b.build(spec(p, "excitatory", "excitatory", "pairwise_bernoulli", Map.of("p", 0.1),
                new Distribution.Normal(1.0, 0.5, 0.0, 3.0), new Distribution.Uniform(0.1, 2.0)));
        Projection pr = made.get(0);
        assertNotNull(pr.weights());
        assertNotNull(pr.delays());
        double mean = 0;
        for (int k = 0; k < pr.size(); k++) {
            double w = pr.weight(k);
            assertTrue(w >= 0 && w <= 3.0);
            mean += w;
            int d = pr.delay(k);
            assertTrue(d >= 1 && d <= 20, "delay steps " + d);
        }
        mean /= pr.size();
        // redrawn (truncated) normal on [0, 3]: mean = mu + sigma (phi(a) - phi(b)) / (Phi(b) - Phi(a)),
        // a = -2, b = 4; tolerance 4 standard errors (sd <= 0.5 over ~16 000 synapses)
        org.apache.commons.math3.distribution.NormalDistribution z = new org.apache.commons.math3.distribution.NormalDistribution();
        double expected = 1.0 + 0.5 * (z.density(-2) - z.density(4)) / (z.cumulativeProbability(4) - z.cumulativeProbability(-2));
        assertEquals(expected, mean, 4 * 0.5 / Math.sqrt(pr.size()));
        double bytes = pr.bytes() / (double) pr.size();
        assertTrue(bytes <= 16.0, "bytes per synapse " + bytes);
    }

    @Test
    @DisplayName("a delay below one step is an error naming the pathway; 0 is allowed only where the target takes zero-delay input")
    void delays() {
        NeuralPop p = pop();
        ConnectionBuilder strict = new ConnectionBuilder(new NodeMap(p), 0.1, new RandomStreams(1), k -> NEST_COND, k -> false);
        BadInputException e = assertThrows(BadInputException.class, () -> strict.build(spec(p, "excitatory", "excitatory", "one_to_one",
                Map.of(), new Distribution.Constant(1.0), new Distribution.Constant(0.05))));
        assertTrue(e.getMessage().contains("excitatory->excitatory") && e.getMessage().contains("delay"), e.getMessage());
        assertThrows(BadInputException.class, () -> strict.build(spec(p, "excitatory", "excitatory", "one_to_one",
                Map.of(), new Distribution.Constant(1.0), new Distribution.Constant(0.0))));
        ConnectionBuilder lax = new ConnectionBuilder(new NodeMap(p), 0.1, new RandomStreams(1), k -> NEST_COND, k -> true);
        assertEquals(0, lax.build(spec(p, "excitatory", "excitatory", "fixed_indegree", Map.of("indegree", 3.0),
                new Distribution.Constant(1.0), new Distribution.Constant(0.0))).get(0).constantDelay());
    }
}
