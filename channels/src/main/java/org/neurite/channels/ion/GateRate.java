package org.neurite.channels.ion;

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
 *   <li>{@link Tabulated}: values on an evenly spaced grid, linearly interpolated (NEURON's TABLE)</li>
 * </ul>
 * Evaluation over many compartments happens in {@link #evaluate}, one call per gate and step with
 * the loop inside, so the hot path has no virtual call per compartment.
 */
public sealed interface GateRate permits GateRate.ExpRate, GateRate.SigmoidRate, GateRate.ExpLinearRate,
        GateRate.Constant, GateRate.Custom, GateRate.Tabulated {

    /** The value at x. */
    double at(double x);

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
}
