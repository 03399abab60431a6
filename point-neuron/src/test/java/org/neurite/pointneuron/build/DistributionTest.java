package org.neurite.pointneuron.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.rng.RandomStreams;

/**
 * Weight/delay distributions against their closed-form moments: 200 000 draws, tolerance 5
 * standard errors of the sample mean (sd / sqrt(n)).
 */
class DistributionTest {
    static final int N = 200_000;

    static double[] moments(Distribution d) {
        UniformRandomProvider r = new RandomStreams(42).stream("test");
        double m = 0;
        double m2 = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < N; k++) {
            double x = d.sample(r);
            m += x;
            m2 += x * x;
            min = Math.min(min, x);
        }
        m /= N;
        return new double[] {m, Math.sqrt(m2 / N - m * m), min};
    }

    @Test
    @DisplayName("uniform [a, b): mean (a+b)/2, sd (b-a)/sqrt(12)")
    void uniform() {
        double[] m = moments(Distribution.fromJson(Json.parse("{\"distribution\": \"uniform\", \"low\": 1, \"high\": 3}", "t")));
        assertEquals(2.0, m[0], 5 * (2 / Math.sqrt(12)) / Math.sqrt(N));
        assertEquals(2 / Math.sqrt(12), m[1], 0.005);
        assertTrue(m[2] >= 1.0);
    }

    @Test
    @DisplayName("lognormal(mu, sigma): mean exp(mu + sigma^2/2), positive")
    void lognormal() {
        double mu = 0.5;
        double s = 0.4;
        double[] m = moments(new Distribution.LogNormal(mu, s));
        double mean = Math.exp(mu + s * s / 2);
        double sd = mean * Math.sqrt(Math.exp(s * s) - 1);
        assertEquals(mean, m[0], 5 * sd / Math.sqrt(N));
        assertEquals(sd, m[1], 0.02 * sd);
        assertTrue(m[2] > 0);
    }

    @Test
    @DisplayName("normal without bounds: mean and sd; with bounds every draw is inside")
    void normal() {
        double[] m = moments(new Distribution.Normal(2.0, 0.5, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertEquals(2.0, m[0], 5 * 0.5 / Math.sqrt(N));
        assertEquals(0.5, m[1], 0.005);
        assertTrue(moments(new Distribution.Normal(2.0, 0.5, 1.9, 5.0))[2] >= 1.9);
    }

    @Test
    @DisplayName("bad distributions name the key")
    void errors() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> Distribution.fromJson(Json.parse("{\"distribution\": \"gamma\", \"k\": 1}", "w.json")));
        assertTrue(e.getMessage().contains("w.json:1") && e.getMessage().contains("gamma"), e.getMessage());
        assertThrows(BadInputException.class, () -> Distribution.fromJson(Json.parse("{\"distribution\": \"uniform\", \"low\": 3, \"high\": 1}", "w")));
        assertThrows(BadInputException.class, () -> Distribution.fromJson(Json.parse("{\"distribution\": \"normal\", \"mean\": 0, \"std\": -1}", "w")));
        assertThrows(BadInputException.class, () -> Distribution.fromJson(Json.parse("\"six\"", "w")));
    }
}
