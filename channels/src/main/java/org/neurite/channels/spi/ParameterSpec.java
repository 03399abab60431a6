package org.neurite.channels.spi;

/**
 * One named parameter of a plugin: its unit, default and allowed range.
 *
 * @param name the name as users write it (NEST, NEURON or ntwk name where one exists)
 * @param unit unit string, e.g. {@code "ms"}, {@code "nS"}, {@code "1"} for dimensionless
 * @param defaultValue value used when the user gives none; NaN when the parameter is required
 * @param min smallest allowed value (inclusive)
 * @param max largest allowed value (inclusive)
 * @param description one line
 */
public record ParameterSpec(String name, String unit, double defaultValue, double min, double max, String description) {

    /** A parameter that must be strictly positive (a time constant, a capacitance). */
    public static ParameterSpec positive(String name, String unit, double dflt, String description) {
        return new ParameterSpec(name, unit, dflt, Double.MIN_VALUE, Double.POSITIVE_INFINITY, description);
    }

    /** A parameter that must be zero or more. */
    public static ParameterSpec nonNegative(String name, String unit, double dflt, String description) {
        return new ParameterSpec(name, unit, dflt, 0.0, Double.POSITIVE_INFINITY, description);
    }

    /** A parameter with any finite value. */
    public static ParameterSpec any(String name, String unit, double dflt, String description) {
        return new ParameterSpec(name, unit, dflt, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, description);
    }

    /** Whether the user must give the value. */
    public boolean required() {
        return Double.isNaN(defaultValue);
    }

    /** Short text of the allowed range, e.g. {@code > 0} or {@code [0, 1]}. */
    public String rangeText() {
        if (min == Double.MIN_VALUE && max == Double.POSITIVE_INFINITY) {
            return "> 0";
        }
        if (min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY) {
            return "any";
        }
        if (max == Double.POSITIVE_INFINITY) {
            return ">= " + fmt(min);
        }
        if (min == Double.NEGATIVE_INFINITY) {
            return "<= " + fmt(max);
        }
        return "[" + fmt(min) + ", " + fmt(max) + "]";
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e12 ? Long.toString((long) d) : Double.toString(d);
    }
}
