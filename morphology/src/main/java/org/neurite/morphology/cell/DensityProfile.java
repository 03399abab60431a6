package org.neurite.morphology.cell;

import java.util.function.DoubleUnaryOperator;
import org.neurite.channels.io.BadInputException;

/**
 * A channel density [S/cm²] as a function of the path distance d [µm] from the soma centre (the
 * origin of {@link org.neurite.morphology.tree.Morphology#pathDistance}) or, for a profile whose
 * {@link #originX()} is a number, from that point of section 0 (NeuroML's root), evaluated at each
 * compartment's node — NEURON's {@code for (x) gbar(x) = f(distance(x))} idiom:
 * <ul>
 *   <li>{@link Uniform}: g</li>
 *   <li>{@link Linear}: g0 + slope·d</li>
 *   <li>{@link Exponential}: offset + g0·exp(d/λ) (λ &lt; 0 decays)</li>
 *   <li>{@link Sigmoid}: gMin + (gMax − gMin)/(1 + exp(−(d − d½)/w)) (w &lt; 0 falls)</li>
 *   <li>{@link Inhomogeneous}: a NeuroML inhomogeneous value f(p), p an affine function of d</li>
 * </ul>
 * and optionally {@link Clamped} to [min, max]. A negative density where it is painted is an error.
 */
public sealed interface DensityProfile {
    /** Density at path distance d [µm] in S/cm². */
    double at(double distanceUm);

    /** The formula, for attributes and messages. */
    String describe();

    /**
     * Where d is measured from: NaN for the morphology's {@code origin()} (the soma centre), else a
     * relative position on section 0.
     */
    default double originX() {
        return Double.NaN;
    }

    /**
     * A NeuroML {@code inhomogeneousValue}: density f(p) [S/cm²] of the variable p = p0 + scale·(d − d0)
     * [µm when scale = 1], d measured from the point {@code originX} of section 0 (NeuroML's root).
     * How p0, d0 and scale follow from translationStart and normalizationEnd is decided where the
     * profile is made ({@code NeuromlMembrane}).
     *
     * @param formula where the value comes from (file, element, id) and the value as written with its unit, for
     *                messages and the cell file's paint attributes
     * @param density f: p → density [S/cm²]
     * @param originX where d is measured from, relative position on section 0
     * @param d0Um the distance at which p = p0 [µm]
     * @param p0 the variable at d0
     * @param scale dp/dd
     */
    record Inhomogeneous(String formula, DoubleUnaryOperator density, double originX, double d0Um, double p0, double scale)
            implements DensityProfile {
        public Inhomogeneous {
            finite("originX", originX);
            finite("d0", d0Um);
            finite("p0", p0);
            finite("scale", scale);
        }

        @Override
        public double at(double d) {
            return density.applyAsDouble(p0 + scale * (d - d0Um));
        }

        @Override
        public String describe() {
            return formula + ", variable = " + p0 + " + " + scale + "*(d - " + d0Um + "), d [um] from section 0 at x = " + originX;
        }
    }

    /** A constant density. */
    record Uniform(double gSPerCm2) implements DensityProfile {
        public Uniform {
            finite("gbar", gSPerCm2);
        }

        @Override
        public double at(double d) {
            return gSPerCm2;
        }

        @Override
        public String describe() {
            return gSPerCm2 + " S/cm2";
        }
    }

    /** g0 + slope·d. */
    record Linear(double g0, double slopePerUm) implements DensityProfile {
        public Linear {
            finite("g0", g0);
            finite("slope_per_um", slopePerUm);
        }

        @Override
        public double at(double d) {
            return g0 + slopePerUm * d;
        }

        @Override
        public String describe() {
            return "(" + g0 + " + " + slopePerUm + "*d) S/cm2";
        }
    }

    /** offset + g0·exp(d/λ). */
    record Exponential(double offset, double g0, double lengthUm) implements DensityProfile {
        public Exponential {
            finite("offset", offset);
            finite("g0", g0);
            finite("length_um", lengthUm);
            if (lengthUm == 0) {
                throw BadInputException.parameter("length_um", "must not be 0");
            }
        }

        @Override
        public double at(double d) {
            return offset + g0 * Math.exp(d / lengthUm);
        }

        @Override
        public String describe() {
            return "(" + offset + " + " + g0 + "*exp(d/" + lengthUm + ")) S/cm2";
        }
    }

    /** gMin + (gMax − gMin)/(1 + exp(−(d − d½)/w)). */
    record Sigmoid(double gMin, double gMax, double midpointUm, double widthUm) implements DensityProfile {
        public Sigmoid {
            finite("g_min", gMin);
            finite("g_max", gMax);
            finite("midpoint_um", midpointUm);
            finite("width_um", widthUm);
            if (widthUm == 0) {
                throw BadInputException.parameter("width_um", "must not be 0");
            }
        }

        @Override
        public double at(double d) {
            return gMin + (gMax - gMin) / (1.0 + Math.exp(-(d - midpointUm) / widthUm));
        }

        @Override
        public String describe() {
            return "(" + gMin + " + (" + gMax + " - " + gMin + ")/(1 + exp(-(d - " + midpointUm + ")/" + widthUm + "))) S/cm2";
        }
    }

    /** Another profile held within [min, max]. */
    record Clamped(DensityProfile profile, double min, double max) implements DensityProfile {
        public Clamped {
            if (!(min <= max)) {
                throw BadInputException.parameter("min/max", "need min <= max, got " + min + ", " + max);
            }
        }

        @Override
        public double at(double d) {
            return Math.min(max, Math.max(min, profile.at(d)));
        }

        @Override
        public String describe() {
            return "clamp(" + profile.describe() + ", " + min + ", " + max + ")";
        }
    }

    private static void finite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw BadInputException.parameter(what, "must be finite, got " + v);
        }
    }
}
