package org.neurite.channels.ion;

import org.neurite.channels.io.BadInputException;

/**
 * A function of the membrane voltage (or of a concentration) used by a gate: a rate [1/ms], a
 * steady-state value (dimensionless) or a time constant [ms]. The standard forms are those of
 * NeuroML's core types, with x the voltage [mV]:
 * <ul>
 *   <li>{@link ExpRate} (HHExpRate): rate·exp((x − midpoint)/scale)</li>
 *   <li>{@link SigmoidRate} (HHSigmoidRate, HHSigmoidVariable): rate/(1 + exp((midpoint − x)/scale))</li>
 *   <li>{@link ExpLinearRate} (HHExpLinearRate): rate·y/(1 − exp(−y)), y = (x − midpoint)/scale</li>
 *   <li>{@link Constant}: a fixed value</li>
 *   <li>{@link Custom}: any other closed form, given as a function</li>
 *   <li>{@link Thermal}: a closed form that also depends on the temperature (e.g. a Boltzmann
 *       factor zF/RT, or a q10 factor applied before a floor on τ); bound to a temperature by
 *       {@link #atTemperature}</li>
 *   <li>{@link Tabulated}: values on an evenly spaced grid, linearly interpolated (NEURON's TABLE)</li>
 *   <li>{@link VoltageCalcium}: a closed form of the voltage and [Ca]ᵢ (and the temperature), for
 *       gates that read both ({@link Gate.Input#VOLTAGE_AND_CONCENTRATION}, e.g. BK channels);
 *       evaluated through {@link VoltageCalcium#evaluate(double[], double[], int[], int, double[])}</li>
 * </ul>
 * Evaluation over many compartments happens in {@link #evaluate}, one call per gate and step with
 * the loop inside, so the hot path has no virtual call per compartment.
 */
public sealed interface GateRate permits GateRate.ExpRate, GateRate.SigmoidRate, GateRate.ExpLinearRate,
        GateRate.Constant, GateRate.Custom, GateRate.Thermal, GateRate.Tabulated, GateRate.VoltageCalcium {

    /** The value at x. */
    double at(double x);

    /**
     * This function at a temperature [°C]. Only {@link Thermal} functions depend on it; every
     * other form returns itself. A channel bank binds its gates' functions once, when it is made.
     */
    default GateRate atTemperature(double celsius) {
        return this;
    }

    /** This function multiplied by a constant factor (e.g. a fixed q10 factor on a rate). */
    GateRate scaled(double factor);

    /**
     * out[i] = at(x[index[i]]) for i &lt; n.
     *
     * @param x values per node (voltage [mV] or concentration [mM])
     * @param index node of each instance
     * @param n number of instances
     * @param out destination
     */
    void evaluate(double[] x, int[] index, int n, double[] out);

    /** HHExpRate: rate·exp((x − midpoint)/scale). */
    record ExpRate(double rate, double midpoint, double scale) implements GateRate {
        public ExpRate {
            Rates.checkScale(scale);
        }

        @Override
        public GateRate scaled(double factor) {
            return new ExpRate(rate * factor, midpoint, scale);
        }

        @Override
        public double at(double x) {
            return rate * Math.exp((x - midpoint) / scale);
        }

        @Override
        public void evaluate(double[] x, int[] index, int n, double[] out) {
            final double r = rate;
            final double m = midpoint;
            final double inv = 1.0 / scale;
            for (int i = 0; i < n; i++) {
                out[i] = r * Math.exp((x[index[i]] - m) * inv);
            }
        }
    }

    /** HHSigmoidRate: rate/(1 + exp((midpoint − x)/scale)). */
    record SigmoidRate(double rate, double midpoint, double scale) implements GateRate {
        public SigmoidRate {
            Rates.checkScale(scale);
        }

        @Override
        public GateRate scaled(double factor) {
            return new SigmoidRate(rate * factor, midpoint, scale);
        }

        @Override
        public double at(double x) {
            return rate / (1.0 + Math.exp((midpoint - x) / scale));
        }

        @Override
        public void evaluate(double[] x, int[] index, int n, double[] out) {
            final double r = rate;
            final double m = midpoint;
            final double inv = 1.0 / scale;
            for (int i = 0; i < n; i++) {
                out[i] = r / (1.0 + Math.exp((m - x[index[i]]) * inv));
            }
        }
    }

    /**
     * HHExpLinearRate: rate·y/(1 − exp(−y)) with y = (x − midpoint)/scale; at y = 0 the value is
     * its limit, rate.
     */
    record ExpLinearRate(double rate, double midpoint, double scale) implements GateRate {
        public ExpLinearRate {
            Rates.checkScale(scale);
        }

        @Override
        public GateRate scaled(double factor) {
            return new ExpLinearRate(rate * factor, midpoint, scale);
        }

        @Override
        public double at(double x) {
            return rate * Rates.expLinear((x - midpoint) / scale);
        }

        @Override
        public void evaluate(double[] x, int[] index, int n, double[] out) {
            final double r = rate;
            final double m = midpoint;
            final double inv = 1.0 / scale;
            for (int i = 0; i < n; i++) {
                out[i] = r * Rates.expLinear((x[index[i]] - m) * inv);
            }
        }
    }

    /** A value that does not depend on x. */
    record Constant(double value) implements GateRate {

        @Override
        public GateRate scaled(double factor) {
            return new Constant(value * factor);
        }
        @Override
        public double at(double x) {
            return value;
        }

        @Override
        public void evaluate(double[] x, int[] index, int n, double[] out) {
            java.util.Arrays.fill(out, 0, n, value);
        }
    }

    /**
     * Any other form, written as a function (e.g. the piecewise rates of Traub's channels).
     *
     * @param description the formula in words, for listings
     * @param function the function of x
     */
    record Custom(String description, java.util.function.DoubleUnaryOperator function) implements GateRate {

        @Override
        public GateRate scaled(double factor) {
            final java.util.function.DoubleUnaryOperator f = function;
            return new Custom(factor + " * (" + description + ")", x -> factor * f.applyAsDouble(x));
        }
        @Override
        public double at(double x) {
            return function.applyAsDouble(x);
        }

        @Override
        public void evaluate(double[] x, int[] index, int n, double[] out) {
            final java.util.function.DoubleUnaryOperator f = function;
            for (int i = 0; i < n; i++) {
                out[i] = f.applyAsDouble(x[index[i]]);
            }
        }
    }

    /**
     * A closed form of x and the temperature, evaluated at a bound temperature. Used where the
     * source's equations put the temperature inside the function rather than as a q10 factor on
     * the rates: Migliore's A-type K (Boltzmann exponents in units of F/RT), or models that floor
     * τ after dividing it by their q10 factor.
     *
     * @param description the formula in words, for listings
     * @param function f(x, celsius)
     * @param celsius the bound temperature [°C]
     */
    record Thermal(String description, java.util.function.DoubleBinaryOperator function, double celsius) implements GateRate {
        public Thermal {
            if (!Double.isFinite(celsius) || celsius < -273.15) {
                throw BadInputException.parameter("celsius", "must be a finite temperature >= -273.15 C, got " + celsius);
            }
        }

        @Override
        public double at(double x) {
            return function.applyAsDouble(x, celsius);
        }

        @Override
        public GateRate atTemperature(double newCelsius) {
            return newCelsius == celsius ? this : new Thermal(description, function, newCelsius);
        }

        @Override
        public GateRate scaled(double factor) {
            final java.util.function.DoubleBinaryOperator f = function;
            return new Thermal(factor + " * (" + description + ")", (x, c) -> factor * f.applyAsDouble(x, c), celsius);
        }

        @Override
        public void evaluate(double[] x, int[] index, int n, double[] out) {
            final java.util.function.DoubleBinaryOperator f = function;
            final double c = celsius;
            for (int i = 0; i < n; i++) {
                out[i] = f.applyAsDouble(x[index[i]], c);
            }
        }
    }

    /**
     * Values tabulated on an evenly spaced grid and linearly interpolated, held at the end values
     * outside the grid: NEURON's {@code TABLE … FROM … TO … WITH …} semantics (its built-in
     * {@code hh} tabulates x∞ and τ from −100 to 100 mV in 200 intervals by default).
     *
     * @param xMin first grid point
     * @param xStep grid spacing, &gt; 0
     * @param values values at xMin + k·xStep (at least two)
     */
    record Tabulated(double xMin, double xStep, double[] values) implements GateRate {
        public Tabulated {
            if (!(xStep > 0) || values.length < 2) {
                throw new IllegalArgumentException("a table needs a positive step and at least two values");
            }
            values = values.clone();
        }

        @Override
        public GateRate scaled(double factor) {
            double[] v = values.clone();
            for (int k = 0; k < v.length; k++) {
                v[k] *= factor;
            }
            return new Tabulated(xMin, xStep, v);
        }

        @Override
        public double at(double x) {
            double u = (x - xMin) / xStep;
            int last = values.length - 1;
            if (u <= 0) {
                return values[0];
            }
            if (u >= last) {
                return values[last];
            }
            int k = (int) u;
            double f = u - k;
            return values[k] + f * (values[k + 1] - values[k]);
        }

        @Override
        public void evaluate(double[] x, int[] index, int n, double[] out) {
            final double[] t = values;
            final double x0 = xMin;
            final double inv = 1.0 / xStep;
            final int last = t.length - 1;
            for (int i = 0; i < n; i++) {
                double u = (x[index[i]] - x0) * inv;
                if (u <= 0) {
                    out[i] = t[0];
                } else if (u >= last) {
                    out[i] = t[last];
                } else {
                    int k = (int) u;
                    out[i] = t[k] + (u - k) * (t[k + 1] - t[k]);
                }
            }
        }
    }

    /** f(V [mV], [Ca]ᵢ [mM], celsius [°C]). */
    @FunctionalInterface
    interface VoltageCalciumFunction {
        double at(double vMV, double caMM, double celsius);
    }

    /**
     * A closed form of the membrane voltage [mV] and the intracellular calcium [mM] of the site,
     * at a bound temperature: the rates of a gate with {@link Gate.Input#VOLTAGE_AND_CONCENTRATION}.
     * It has no value at a single input ({@link #at(double)} and the one-array
     * {@link #evaluate(double[], int[], int, double[])} refuse); banks call
     * {@link #evaluate(double[], double[], int[], int, double[])} with both arrays.
     *
     * @param description the formula in words, for listings
     * @param function f(V, [Ca]ᵢ, celsius)
     * @param celsius the bound temperature [°C]
     */
    record VoltageCalcium(String description, VoltageCalciumFunction function, double celsius) implements GateRate {
        public VoltageCalcium {
            java.util.Objects.requireNonNull(function, "function");
            if (!Double.isFinite(celsius) || celsius < -273.15) {
                throw BadInputException.parameter("celsius", "must be a finite temperature >= -273.15 C, got " + celsius);
            }
        }

        /** The value at a voltage [mV] and [Ca]ᵢ [mM]. */
        public double at(double vMV, double caMM) {
            return function.at(vMV, caMM, celsius);
        }

        @Override
        public double at(double x) {
            throw new UnsupportedOperationException(description + ": a function of V and [Ca]i has no value at one input");
        }

        @Override
        public GateRate atTemperature(double newCelsius) {
            return newCelsius == celsius ? this : new VoltageCalcium(description, function, newCelsius);
        }

        @Override
        public GateRate scaled(double factor) {
            final VoltageCalciumFunction f = function;
            return new VoltageCalcium(factor + " * (" + description + ")", (v, c, t) -> factor * f.at(v, c, t), celsius);
        }

        @Override
        public void evaluate(double[] x, int[] index, int n, double[] out) {
            throw new UnsupportedOperationException(description + ": a function of V and [Ca]i needs both arrays");
        }

        /**
         * out[i] = f(v[index[i]], ca[index[i]]) for i &lt; n.
         *
         * @param v voltage per node [mV]
         * @param ca [Ca]ᵢ per node [mM]
         */
        public void evaluate(double[] v, double[] ca, int[] index, int n, double[] out) {
            final VoltageCalciumFunction f = function;
            final double t = celsius;
            for (int i = 0; i < n; i++) {
                int k = index[i];
                out[i] = f.at(v[k], ca[k], t);
            }
        }
    }
}
