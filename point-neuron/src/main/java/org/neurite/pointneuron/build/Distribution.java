package org.neurite.pointneuron.build;

import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.JsonValue;

/**
 * A value drawn per connection (weight, delay) or per neuron (an initial state): a constant or a
 * distribution as NEST's {@code nest.random} and NNGT write them. Values are in the unit of the
 * quantity drawn (weights in nS, pA or mV as the target port expects; delays in ms; V in mV).
 *
 * <p>JSON: a number is a constant; an object names the distribution:
 * {@code {"distribution": "uniform", "low": a, "high": b}},
 * {@code {"distribution": "normal", "mean": m, "std": s, "min": lo, "max": hi}} (clipped by
 * redrawing, as NEST's {@code redraw}; min/max optional),
 * {@code {"distribution": "lognormal", "mean": m, "std": s}} (m, s of the underlying normal, as
 * NEST's {@code lognormal(mean, std)}).
 */
public sealed interface Distribution {
    /** Draws one value. */
    double sample(UniformRandomProvider rng);

    /** Whether every draw gives the same value. */
    default boolean isConstant() {
        return false;
    }

    /** The smallest value a draw can give (−∞ when unbounded). */
    double lowerBound();

    /** A constant. */
    record Constant(double value) implements Distribution {
        @Override
        public double sample(UniformRandomProvider rng) {
            return value;
        }

        @Override
        public boolean isConstant() {
            return true;
        }

        @Override
        public double lowerBound() {
            return value;
        }
    }

    /** Uniform on [low, high). */
    record Uniform(double low, double high) implements Distribution {
        public Uniform {
            if (!(high >= low)) {
                throw BadInputException.parameter("uniform high", "must be >= low, got low " + low + ", high " + high);
            }
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return low + (high - low) * rng.nextDouble();
        }

        @Override
        public double lowerBound() {
            return low;
        }
    }

    /** Normal(mean, std) redrawn until inside [min, max] (NEST's clipped "redraw" normal). */
    record Normal(double mean, double std, double min, double max) implements Distribution {
        public Normal {
            if (!(std >= 0)) {
                throw BadInputException.parameter("normal std", "must be >= 0, got " + std);
            }
            if (!(max > min)) {
                throw BadInputException.parameter("normal min/max", "need min < max, got " + min + ", " + max);
            }
            if (mean + 6 * std < min || mean - 6 * std > max) {
                throw BadInputException.parameter("normal min/max", "the window [" + min + ", " + max
                        + "] lies more than 6 std from the mean " + mean + ": redrawing would not end");
            }
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
            while (true) {
                double x = mean + std * g.sample();
                if (x >= min && x <= max) {
                    return x;
                }
            }
        }

        @Override
        public double lowerBound() {
            return min;
        }
    }

    /** exp(N(mu, sigma)) with mu, sigma of the underlying normal. */
    record LogNormal(double mu, double sigma) implements Distribution {
        public LogNormal {
            if (!(sigma >= 0)) {
                throw BadInputException.parameter("lognormal std", "must be >= 0, got " + sigma);
            }
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return Math.exp(mu + sigma * ZigguratSampler.NormalizedGaussian.of(rng).sample());
        }

        @Override
        public double lowerBound() {
            return 0.0;
        }
    }

    /** Reads a number or a distribution object; errors name the file, line and key. */
    static Distribution fromJson(JsonValue v) {
        if (v.isNumber()) {
            return new Constant(v.asDouble());
        }
        if (!v.isObject()) {
            throw v.error("must be a number or a distribution object {\"distribution\": \"uniform\"|\"normal\"|\"lognormal\", ...}");
        }
        String kind = v.require("distribution").asString();
        try {
            switch (kind) {
                case "uniform":
                    v.requireKnownKeys(Set.of("distribution", "low", "high"));
                    return new Uniform(v.getDouble("low"), v.getDouble("high"));
                case "normal":
                    v.requireKnownKeys(Set.of("distribution", "mean", "std", "min", "max"));
                    return new Normal(v.getDouble("mean"), v.getDouble("std"),
                            v.getDouble("min", Double.NEGATIVE_INFINITY), v.getDouble("max", Double.POSITIVE_INFINITY));
                case "lognormal":
                    v.requireKnownKeys(Set.of("distribution", "mean", "std"));
                    return new LogNormal(v.getDouble("mean"), v.getDouble("std"));
                default:
                    throw v.get("distribution").error("unknown distribution \"" + kind + "\" (known: uniform, normal, lognormal)");
            }
        } catch (BadInputException e) {
            if (e.getMessage().startsWith("parameter ")) {
                throw v.error(e.getMessage());
            }
            throw e;
        }
    }
}
