package org.neurite.pointneuron.model.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link FastExp} against e^x computed to 60 digits with {@link BigDecimal} (Taylor series of
 * e^(x/2^20), then 20 squarings: truncation and rounding far below 1e-50 relative), in ulps of the
 * double result.
 */
class FastExpTest {
    static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);

    static BigDecimal exp60(double x) {
        BigDecimal y = new BigDecimal(x).divide(BigDecimal.valueOf(1L << 20), MC);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; n < 40; n++) {
            term = term.multiply(y, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
        }
        for (int s = 0; s < 20; s++) {
            sum = sum.multiply(sum, MC);
        }
        return sum;
    }

    /** |FastExp.exp(x) − e^x| in ulps of the result. */
    static double ulpError(double x) {
        double f = FastExp.exp(x);
        return new BigDecimal(f).subtract(exp60(x), MC).abs().doubleValue() / Math.ulp(f);
    }

    @Test
    @DisplayName("within 0.51 ulp of e^x (60-digit reference) over the AdEx range and the whole normal range")
    void accuracy() {
        SplittableRandom r = new SplittableRandom(11);
        double worst = 0;
        double worstX = 0;
        for (int k = 0; k < 4000; k++) {
            double x = k < 3000 ? -40.0 + 46.0 * r.nextDouble() : -707.9 + 1415.8 * r.nextDouble();
            double e = ulpError(x);
            if (e > worst) {
                worst = e;
                worstX = x;
            }
        }
        assertTrue(worst <= 0.51, "worst " + worst + " ulp at x = " + worstX);
        for (double x : new double[] {1e-300, -1e-17, 1e-10, 0.5 * Math.log(2) / 128, Math.log(2), 1.0, -1.0, 5.0, 707.5, -707.5}) {
            assertTrue(ulpError(x) <= 0.51, "x = " + x + ": " + ulpError(x) + " ulp");
        }
    }

    @Test
    @DisplayName("exact where e^x is exact (0, powers of two at multiples of ln2/128 are not), special values as Math.exp")
    void specialValues() {
        assertEquals(1.0, FastExp.exp(0.0), 0.0);
        assertEquals(1.0, FastExp.exp(-0.0), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, FastExp.exp(710.0), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, FastExp.exp(Double.POSITIVE_INFINITY), 0.0);
        assertEquals(0.0, FastExp.exp(Double.NEGATIVE_INFINITY), 0.0);
        assertEquals(0.0, FastExp.exp(-800.0), 0.0);
        assertEquals(Math.exp(-740.0), FastExp.exp(-740.0), 0.0, "subnormal results from Math.exp");
        assertTrue(Double.isNaN(FastExp.exp(Double.NaN)));
        double prev = 0;
        for (double x = -30; x < 10; x += 1e-3) {
            double e = FastExp.exp(x);
            assertTrue(e >= prev, "monotone at " + x);
            prev = e;
        }
    }
}
