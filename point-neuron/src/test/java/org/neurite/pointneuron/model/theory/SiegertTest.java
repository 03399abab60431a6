package org.neurite.pointneuron.model.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.neurite.channels.testing.ValidationCases;
import org.neurite.pointneuron.model.validation.SiegertReferenceCase;
import org.neurite.pointneuron.model.validation.SiegertSimulationCase;

/** The Siegert rate against NEST's reference, closed-form limits and simulated LIF neurons. */
class SiegertTest {
    @Test
    void nestReferenceValues() {
        // 27.1095934379 Hz and the noise-free limits, NEST's rtol 1e-5 (measured 7e-7).
        ValidationCases.assertPasses(new SiegertReferenceCase());
    }

    @Test
    void simulatedLifRates() {
        ValidationCases.assertPasses(new SiegertSimulationCase());
    }

    @Test
    void erfcxIsContinuousAndMatchesItsDefinition() {
        // Against e^{x²}·erfc(x) where both are representable (relative 1e-13), across the switch to
        // the asymptotic series at 12 (continuity 1e-15 relative), and its large-x limit 1/(x√π).
        for (double x = -5; x < 11.9; x += 0.37) {
            double direct = Math.exp(x * x) * Erf.erfc(x);
            assertEquals(direct, Siegert.erfcx(x), 1e-13 * direct, "x=" + x);
        }
        double below = Siegert.erfcx(Math.nextDown(12.0));
        double above = Siegert.erfcx(12.0);
        assertEquals(below, above, 1e-14 * below);
        assertEquals(1 / (1e4 * Math.sqrt(Math.PI)), Siegert.erfcx(1e4), 1e-8 / (1e4 * Math.sqrt(Math.PI)));
    }

    @Test
    void limitsAndShift() {
        // σ → 0 above threshold: the deterministic rate; far below: 0; τ_s = 0: the white-noise rate;
        // the Fourcaud–Brunel rate equals the white-noise rate with both boundaries moved by σα/2·√(τs/τm).
        double det = 1e3 / (2 + 10 * Math.log(25.0 / 5.0));
        assertEquals(det, Siegert.rateHz(10, 2, 20, 0, 25, 1e-4), 1e-6 * det);
        assertEquals(det, Siegert.rateHz(10, 2, 20, 0, 25, 0.0), 1e-12 * det);
        assertEquals(0.0, Siegert.rateHz(10, 2, 20, 0, 10, 0.1), 0.0);
        double white = Siegert.rateHz(10, 2, 15, 0, 14, 2);
        assertEquals(white, Siegert.rateHz(10, 0.0, 2, 15, 0, 14, 2), 0.0);
        double shift = 2 * Siegert.ALPHA / 2 * Math.sqrt(0.5 / 10);
        assertEquals(Siegert.rateHz(10, 2, 15 + shift, shift, 14, 2), Siegert.rateHz(10, 0.5, 2, 15, 0, 14, 2), 0.0);
        assertTrue(Siegert.rateHz(10, 0.5, 2, 15, 0, 14, 2) < white, "filtering lowers the rate");
        assertEquals(1.0 / (2e-3), Siegert.rateHz(10, 2, 15, 0, 1e6, 1), 1.0, "saturates at 1/t_ref");
    }

    @Test
    void diffusionParameters() {
        // Brunel 2000: μ = τ Σ J ν, σ² = τ Σ J² ν (ν in 1/ms).
        assertEquals(15.0, Siegert.mu(10, new double[] {0.1}, new double[] {15000}), 1e-12);
        assertEquals(Math.sqrt(1.5), Siegert.sigma(10, new double[] {0.1}, new double[] {15000}), 1e-12);
        assertEquals(10.0 * (0.2 * 8 - 1.0 * 1), Siegert.mu(10, new double[] {0.2, -1.0}, new double[] {8000, 1000}), 1e-12);
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> Siegert.rateHz(-1, 2, 15, 0, 15, 1));
        assertThrows(IllegalArgumentException.class, () -> Siegert.rateHz(10, 2, 15, 16, 15, 1));
        assertThrows(IllegalArgumentException.class, () -> Siegert.rateHz(10, 2, 15, 0, 15, -1));
    }
}
