package org.neurite.pointneuron.model.nest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.testing.ValidationCases;
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.NeuronBlock;
import org.neurite.pointneuron.model.validation.Blocks;
import org.neurite.pointneuron.model.validation.IafDcTablesCase;
import org.neurite.pointneuron.model.validation.StepDriver;

/** NEST iaf_psc_delta against NEST's tables and the closed-form response to voltage jumps. */
class IafPscDeltaTest {
    private static NeuronBlock block(int n, double h, Map<String, Double> p) {
        return Blocks.create("iaf_psc_delta", n, h, p, Integrator.ACCURATE);
    }

    @Test
    void nestDcTables() {
        // Reference: NEST test_iaf_psc_alpha tables (DC-only, identical membrane), |ΔV| < 1e-4 mV.
        ValidationCases.assertPasses(new IafDcTablesCase());
    }

    @Test
    void jumpAppearsInItsStepAndDecaysExactly() {
        // An event of 2 mV written in step 10 is added at the end of step 10 (visible at t = 1.1 ms),
        // then V − E_L = 2·exp(−(t − 1.1)/τ_m) exactly (closed form; tolerance: rounding, 1e-12 mV).
        double h = 0.1;
        StepDriver d = new StepDriver(block(1, h, Map.of()), h);
        d.event(10, 0, 0, 2.0);
        double[] v = d.run(200, "V_m", 0);
        for (int k = 0; k < 200; k++) {
            double t = (k + 1) * h;
            double expected = k < 10 ? -70.0 : -70.0 + 2.0 * Math.exp(-(t - 1.1) / 10.0);
            assertEquals(expected, v[k], 1e-12, "t=" + t);
        }
    }

    @Test
    void spikeOnJumpAcrossThresholdAndRefractoryInputIsDropped() {
        // A 16 mV jump from rest crosses V_th = −55 in the step it arrives: spike in that step, reset
        // to −70 for t_ref = 2 ms (20 steps) during which input is discarded (NEST default).
        double h = 0.1;
        StepDriver d = new StepDriver(block(1, h, Map.of()), h);
        d.event(5, 0, 0, 16.0).event(10, 0, 0, 5.0);
        double[] v = d.run(40, "V_m", 0);
        assertArrayEquals(new long[] {5}, d.spikeSteps(0));
        for (int k = 5; k <= 25; k++) {
            assertEquals(-70.0, v[k], 0.0, "held at V_reset in step " + k);
        }
        assertEquals(-70.0, v[30], 0.0, "the 5 mV event during refractoriness was discarded");
    }

    @Test
    void refractoryInputIsKeptAndDecayedWhenAsked() {
        // NEST refractory_input = 1: input during refractoriness is added when it ends, discounted by
        // exp(−r·h/τ_m) with r the refractory steps left when it arrived (closed form).
        double h = 0.1;
        StepDriver d = new StepDriver(block(1, h, Map.of("refractory_input", 1.0)), h);
        d.event(5, 0, 0, 16.0).event(10, 0, 0, 5.0);
        double[] v = d.run(40, "V_m", 0);
        // spike in step 5 sets r = 20; in step 10 r = 16 before its decrement
        double kept = 5.0 * Math.exp(-16 * h / 10.0);
        assertEquals(-70.0 + kept, v[26], 1e-12, "added in the first free step (26)");
        assertTrue(v[25] == -70.0);
    }

    @Test
    void signedWeightsGoToTheOnePort() {
        NeuronBlock b = block(1, 0.1, Map.of());
        assertEquals(0, b.portForWeight(-3.0));
        assertEquals(0, b.portForWeight(3.0));
        assertEquals(-3.0, b.portWeight(-3.0), 0.0);
        assertEquals(java.util.List.of("delta"), b.portNames());
        assertThrows(UnsupportedOperationException.class, () -> b.applyInputNow(0, 1));
    }

    @Test
    void vMinBoundsTheVoltage() {
        double h = 0.1;
        StepDriver d = new StepDriver(block(1, h, Map.of("V_min", -75.0)), h);
        d.event(3, 0, 0, -20.0);
        double[] v = d.run(5, "V_m", 0);
        assertEquals(-75.0, v[3], 0.0);
    }

    @Test
    void badParametersGiveOneClearError() {
        BadInputException e = assertThrows(BadInputException.class, () -> block(1, 0.1, Map.of("tau_m", -1.0)));
        assertTrue(e.getMessage().contains("tau_m") && e.getMessage().contains("> 0"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> block(1, 0.1, Map.of("V_reset", -50.0)));
        assertTrue(e.getMessage().contains("V_reset") && e.getMessage().contains("V_th"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> block(1, 0.1, Map.of("tau_syn", 2.0)));
        assertTrue(e.getMessage().contains("unknown parameter") && e.getMessage().contains("tau_syn"), e.getMessage());
        NeuronBlock b = block(1, 0.1, Map.of());
        e = assertThrows(BadInputException.class, () -> b.setState("V", 0, -60.0));
        assertTrue(e.getMessage().contains("V_m"), e.getMessage());
    }
}
