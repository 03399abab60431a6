package org.neurite.pointneuron.model.nest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.testing.ValidationCases;
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.NeuronBlock;
import org.neurite.pointneuron.model.validation.Blocks;
import org.neurite.pointneuron.model.validation.IafDcTablesCase;
import org.neurite.pointneuron.model.validation.IafPscExpDcCase;
import org.neurite.pointneuron.model.validation.PscClosedFormCase;
import org.neurite.pointneuron.model.validation.StepDriver;

/** NEST iaf_psc_exp and iaf_psc_alpha against NEST's tables and closed forms. */
class IafPscTest {
    @Test
    void nestTablesAndDcCase() {
        // NEST test_iaf_psc_alpha tables (1e-4 mV) for the three iaf_psc models, and NEST's
        // iaf_psc_exp DC expectation (1e-6 mV).
        ValidationCases.assertPasses(new IafDcTablesCase());
        ValidationCases.assertPasses(new IafPscExpDcCase());
    }

    @Test
    void pspsAreTheClosedForms() {
        ValidationCases.assertPasses(new PscClosedFormCase());
    }

    @Test
    void inhibitionKeepsItsSign() {
        // NEST routing: w < 0 goes to "in" as a negative current; the PSP is the mirror image of the
        // excitatory one for equal time constants (closed-form linearity, rounding tolerance).
        NeuronBlock b = Blocks.create("iaf_psc_exp", 2, 0.1, Map.of(), Integrator.FAST);
        assertEquals(List.of("ex", "in"), b.portNames());
        assertEquals(1, b.portForWeight(-50.0));
        assertEquals(-50.0, b.portWeight(-50.0), 0.0);
        StepDriver d = new StepDriver(b, 0.1);
        d.event(1, b.portForWeight(50.0), 0, b.portWeight(50.0));
        d.event(1, b.portForWeight(-50.0), 1, b.portWeight(-50.0));
        for (int k = 0; k < 100; k++) {
            d.advance();
            assertEquals(-70.0 - b.recordable(0, 0), b.recordable(0, 1) + 70.0, 1e-12);
        }
        assertTrue(b.recordable(2, 1) < 0, "I_syn_in is negative");
    }

    @Test
    void refractoryNeuronIgnoresNoCurrentButHoldsV() {
        // During t_ref V stays at V_reset while the synaptic current keeps decaying (NEST).
        NeuronBlock b = Blocks.create("iaf_psc_alpha", 1, 0.1, Map.of("I_e", 2000.0), Integrator.FAST);
        StepDriver d = new StepDriver(b, 0.1);
        d.event(5, 0, 0, 100.0);
        double[] v = d.run(60, "V_m", 0);
        long first = d.spikeSteps(0)[0];
        for (long k = first; k <= first + 20; k++) {
            assertEquals(-70.0, v[(int) k], 0.0);
        }
        assertTrue(v[(int) first + 21] > -70.0);
    }

    @Test
    void badParameters() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> Blocks.create("iaf_psc_exp", 1, 0.1, Map.of("V_min", -80.0), Integrator.FAST));
        assertTrue(e.getMessage().contains("V_min") && e.getMessage().contains("unknown"), e.getMessage());
        e = assertThrows(BadInputException.class,
                () -> Blocks.create("iaf_psc_alpha", 1, 0.1, Map.of("tau_syn_in", -2.0), Integrator.FAST));
        assertTrue(e.getMessage().contains("tau_syn_in"), e.getMessage());
    }
}
