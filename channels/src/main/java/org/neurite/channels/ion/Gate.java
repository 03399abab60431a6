package org.neurite.channels.ion;

import java.util.Objects;
import org.neurite.channels.io.BadInputException;

/**
 * One gating particle of a Hodgkin–Huxley channel, raised to a power in the conductance.
 *
 * <p>Forms (NeuroML names): {@link Form#RATES} gives opening α and closing β [1/ms]
 * (x∞ = α/(α+β), τ = 1/(α+β)); {@link Form#INF_TAU} gives x∞ and τ [ms] directly;
 * {@link Form#INSTANTANEOUS} sets x = x∞ at once. A temperature factor multiplies the rates
 * (divides τ). The input of the functions is the membrane voltage [mV] or, for
 * {@link Input#CONCENTRATION} gates, the intracellular calcium concentration [mM] of the site (the
 * only concentration neurite tracks, see {@link CalciumPool}); for
 * {@link Input#VOLTAGE_AND_CONCENTRATION} gates (BK-type) both, through
 * {@link GateRate.VoltageCalcium} functions. Functions that depend on the
 * temperature in other ways ({@link GateRate.Thermal}) are bound to it by {@link #atTemperature}.
 *
 * @param name e.g. {@code m}
 * @param power exponent in the conductance, ≥ 1
 * @param form how the two functions are to be read
 * @param first α (RATES) or x∞ (INF_TAU, INSTANTANEOUS)
 * @param second β (RATES) or τ [ms] (INF_TAU); ignored for INSTANTANEOUS
 * @param input what the functions take
 * @param q10 temperature coefficient (1 for none)
 * @param q10ReferenceCelsius temperature at which the functions hold [°C]
 */
public record Gate(String name, int power, Form form, GateRate first, GateRate second, Input input,
                   double q10, double q10ReferenceCelsius) {

    /** How a gate's two functions are read. */
    public enum Form { RATES, INF_TAU, INSTANTANEOUS }

    /** What a gate's functions depend on. */
    public enum Input {
        /** The membrane voltage [mV]. */
        VOLTAGE,
        /** [Ca]ᵢ [mM]. */
        CONCENTRATION,
        /** Both: every function of the gate is a {@link GateRate.VoltageCalcium}. */
        VOLTAGE_AND_CONCENTRATION
    }

    public Gate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(input, "input");
        if (form != Form.INSTANTANEOUS) {
            Objects.requireNonNull(second, "second");
        }
        boolean both = input == Input.VOLTAGE_AND_CONCENTRATION;
        for (GateRate r : new GateRate[] {first, form == Form.INSTANTANEOUS ? null : second}) {
            if (r != null && both != r instanceof GateRate.VoltageCalcium) {
                throw BadInputException.parameter("gate " + name, both
                        ? "a gate on V and [Ca]i needs functions of both (VoltageCalcium)"
                        : "a function of V and [Ca]i needs a gate on both inputs");
            }
        }
        if (power < 1) {
            throw BadInputException.parameter("gate " + name + " power", "must be >= 1, got " + power);
        }
        if (!(q10 > 0) || Double.isInfinite(q10)) {
            throw BadInputException.parameter("gate " + name + " q10", "must be > 0, got " + q10);
        }
    }

    /** A voltage-dependent gate given by opening and closing rates, without temperature factor. */
    public static Gate rates(String name, int power, GateRate alpha, GateRate beta) {
        return new Gate(name, power, Form.RATES, alpha, beta, Input.VOLTAGE, 1.0, 0.0);
    }

    /** A voltage-dependent gate that follows its steady state at once (x = x∞(V)). */
    public static Gate instantaneous(String name, int power, GateRate inf) {
        return new Gate(name, power, Form.INSTANTANEOUS, inf, null, Input.VOLTAGE, 1.0, 0.0);
    }

    /** A voltage-dependent gate given by steady state and time constant, without temperature factor. */
    public static Gate infTau(String name, int power, GateRate inf, GateRate tauMs) {
        return new Gate(name, power, Form.INF_TAU, inf, tauMs, Input.VOLTAGE, 1.0, 0.0);
    }

    /**
     * A gate whose opening and closing rates [1/ms] depend on the voltage and [Ca]ᵢ (BK-type),
     * without temperature factor.
     */
    public static Gate ratesOfVoltageAndCalcium(String name, int power, GateRate.VoltageCalcium alpha,
                                                GateRate.VoltageCalcium beta) {
        return new Gate(name, power, Form.RATES, alpha, beta, Input.VOLTAGE_AND_CONCENTRATION, 1.0, 0.0);
    }

    /** This gate with a temperature coefficient. */
    public Gate withQ10(double factor, double referenceCelsius) {
        return new Gate(name, power, form, first, second, input, factor, referenceCelsius);
    }

    /**
     * This gate with every rate multiplied by a fixed factor (NeuroML's {@code q10Fixed}): α and β
     * for RATES, 1/τ for INF_TAU (x∞ is unchanged either way); instantaneous gates are unchanged.
     */
    public Gate withFixedFactor(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw BadInputException.parameter("gate " + name + " rate factor", "must be > 0, got " + factor);
        }
        switch (form) {
            case RATES:
                return new Gate(name, power, form, first.scaled(factor), second.scaled(factor), input, q10, q10ReferenceCelsius);
            case INF_TAU:
                return new Gate(name, power, form, first, second.scaled(1.0 / factor), input, q10, q10ReferenceCelsius);
            default:
                return this;
        }
    }

    /** This gate with its functions bound to a temperature (see {@link GateRate#atTemperature}). */
    public Gate atTemperature(double celsius) {
        GateRate f = first.atTemperature(celsius);
        GateRate g = second == null ? null : second.atTemperature(celsius);
        if (f == first && g == second) {
            return this;
        }
        return new Gate(name, power, form, f, g, input, q10, q10ReferenceCelsius);
    }

    /** This gate reading a concentration instead of the voltage. */
    public Gate onConcentration() {
        return new Gate(name, power, form, first, second, Input.CONCENTRATION, q10, q10ReferenceCelsius);
    }

    /**
     * This gate with x∞ and τ tabulated on a voltage grid at a temperature, as NEURON's TABLE
     * statement does (the temperature factor is folded into τ). Faster (no exponentials per step)
     * and, with NEURON's grid, identical in behaviour to a NEURON model that uses tables.
     *
     * @param vMinMV first grid voltage [mV]
     * @param vMaxMV last grid voltage [mV]
     * @param intervals number of intervals (NEURON's WITH)
     * @param celsius temperature [°C]
     */
    public Gate tabulated(double vMinMV, double vMaxMV, int intervals, double celsius) {
        if (input != Input.VOLTAGE) {
            throw new IllegalArgumentException("gate " + name + ": only voltage gates can be tabulated");
        }
        if (!(vMaxMV > vMinMV) || intervals < 1) {
            throw BadInputException.parameter("gate " + name + " table", "needs vmax > vmin and at least one interval");
        }
        double step = (vMaxMV - vMinMV) / intervals;
        double[] inf = new double[intervals + 1];
        double[] tau = new double[intervals + 1];
        Gate bound = atTemperature(celsius);
        for (int k = 0; k <= intervals; k++) {
            double v = vMinMV + k * step;
            inf[k] = bound.steadyState(v);
            tau[k] = bound.timeConstant(v, celsius);
        }
        if (form == Form.INSTANTANEOUS) {
            return new Gate(name, power, Form.INSTANTANEOUS, new GateRate.Tabulated(vMinMV, step, inf), null, Input.VOLTAGE, 1.0, celsius);
        }
        return new Gate(name, power, Form.INF_TAU, new GateRate.Tabulated(vMinMV, step, inf),
                new GateRate.Tabulated(vMinMV, step, tau), Input.VOLTAGE, 1.0, celsius);
    }

    /** Temperature factor at a temperature. */
    public double temperatureFactor(double celsius) {
        return q10 == 1.0 ? 1.0 : Math.pow(q10, (celsius - q10ReferenceCelsius) / 10.0);
    }

    /** Steady state x∞ at input x and a temperature [°C] (matters for {@link GateRate.Thermal} functions only). */
    public double steadyState(double x, double celsius) {
        return atTemperature(celsius).steadyState(x);
    }

    /** Steady state x∞ at a voltage [mV] and [Ca]ᵢ [mM], each gate reading the input it takes. */
    public double steadyStateAt(double vMV, double caMM) {
        if (input == Input.VOLTAGE_AND_CONCENTRATION) {
            double al = ((GateRate.VoltageCalcium) first).at(vMV, caMM);
            if (form == Form.RATES) {
                return al / (al + ((GateRate.VoltageCalcium) second).at(vMV, caMM));
            }
            return al;
        }
        return steadyState(input == Input.VOLTAGE ? vMV : caMM);
    }

    /**
     * Time constant τ [ms] at a voltage [mV], [Ca]ᵢ [mM] and a temperature [°C], each gate reading
     * the input it takes; 0 for instantaneous gates.
     */
    public double timeConstantAt(double vMV, double caMM, double celsius) {
        if (input != Input.VOLTAGE_AND_CONCENTRATION) {
            return timeConstant(input == Input.VOLTAGE ? vMV : caMM, celsius);
        }
        double phi = temperatureFactor(celsius);
        GateRate.VoltageCalcium f = (GateRate.VoltageCalcium) first.atTemperature(celsius);
        switch (form) {
            case RATES: {
                GateRate.VoltageCalcium g = (GateRate.VoltageCalcium) second.atTemperature(celsius);
                return 1.0 / (phi * (f.at(vMV, caMM) + g.at(vMV, caMM)));
            }
            case INF_TAU:
                return ((GateRate.VoltageCalcium) second.atTemperature(celsius)).at(vMV, caMM) / phi;
            default:
                return 0.0;
        }
    }

    /** Steady state x∞ at input x (functions at the temperature they are bound to). */
    public double steadyState(double x) {
        if (form == Form.RATES) {
            double al = first.at(x);
            return al / (al + second.at(x));
        }
        return first.at(x);
    }

    /** Time constant τ [ms] at input x and a temperature; 0 for instantaneous gates. */
    public double timeConstant(double x, double celsius) {
        double phi = temperatureFactor(celsius);
        GateRate f = first.atTemperature(celsius);
        GateRate g = second == null ? null : second.atTemperature(celsius);
        switch (form) {
            case RATES:
                return 1.0 / (phi * (f.at(x) + g.at(x)));
            case INF_TAU:
                return g.at(x) / phi;
            default:
                return 0.0;
        }
    }
}
