package org.neurite.channels.receptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;

/**
 * tsodyks2 against its recursion (Fuhrmann et al. 2002, eqs. 4–5, with NEST's update order and
 * t_last = 0 start) written independently here, and against the closed-form steady state of a
 * regular train: u* = U / (1 − (1−U)·e^{−Δ/τf}), x* = (1 − e^{−Δ/τr}) / (1 − (1 − u*)·e^{−Δ/τr}).
 */
class ShortTermPlasticityTest {

    @Test
    void regularTrainFollowsTheRecursionAndReachesTheSteadyState() {
        double bigU = 0.2;
        double tauRec = 200;
        double tauFac = 600;
        double w = 2.5;
        double interval = 25; // 40 Hz
        ShortTermPlasticity stp = new ShortTermPlasticity(1, bigU, tauRec, tauFac);
        double x = 1;
        double u = bigU;
        double tLast = 0;
        double last = 0;
        for (int k = 1; k <= 400; k++) {
            double t = k * interval;
            double h = t - tLast;
            x = 1 + (x - x * u - 1) * Math.exp(-h / tauRec);
            u = bigU + u * (1 - bigU) * Math.exp(-h / tauFac);
            tLast = t;
            last = stp.transmit(0, t, w);
            assertEquals(x * u * w, last, 1e-12, "spike " + k);
        }
        double e = Math.exp(-interval / tauRec);
        double uStar = bigU / (1 - (1 - bigU) * Math.exp(-interval / tauFac));
        double xStar = (1 - e) / (1 - (1 - uStar) * e);
        assertEquals(uStar, stp.u(0), 1e-12);
        assertEquals(xStar, stp.x(0), 1e-12);
        assertEquals(uStar * xStar * w, last, 1e-12);
    }

    @Test
    void firstSpikeAfterSilenceTransmitsU() {
        ShortTermPlasticity stp = new ShortTermPlasticity(3, 0.5, 800, 0);
        assertEquals(0.5 * 4.0, stp.transmit(2, 1e6, 4.0), 1e-12);
        // pure depression: the second spike 10 ms later is smaller, by the recursion
        double second = stp.transmit(2, 1e6 + 10, 4.0);
        double x = 1 + (1 - 0.5 - 1) * Math.exp(-10.0 / 800);
        assertEquals(x * 0.5 * 4.0, second, 1e-12);
        assertTrue(second < 2.0);
        // other synapses untouched
        assertEquals(1.0, stp.x(0), 0.0);
    }

    @Test
    void resetRestoresTheInitialState() {
        ShortTermPlasticity stp = new ShortTermPlasticity(1, 0.3, 100, 50);
        double a = stp.transmit(0, 10, 1);
        stp.transmit(0, 20, 1);
        stp.reset();
        assertEquals(a, stp.transmit(0, 10, 1), 0.0);
    }

    @Test
    void badParametersNameTheParameter() {
        assertTrue(assertThrows(BadInputException.class, () -> new ShortTermPlasticity(1, 1.5, 100, 0)).getMessage().contains("U"));
        assertTrue(assertThrows(BadInputException.class, () -> new ShortTermPlasticity(1, 0.5, -1, 0)).getMessage().contains("tau_rec"));
        assertTrue(assertThrows(BadInputException.class, () -> new ShortTermPlasticity(1, 0.5, 100, -2)).getMessage().contains("tau_fac"));
    }
}
