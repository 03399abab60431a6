package org.neurite.morphology.io;

import java.util.Map;
import org.neurite.channels.io.BadInputException;

/**
 * Quantities written as NeuroML attribute strings ("120.0 mS_per_cm2", "0.2 kohm_cm",
 * "2.84 uF_per_cm2", "-65mV") converted to the units neurite uses at the cable edge: conductance
 * density [S/cm²], specific capacitance [µF/cm²], resistivity [Ω·cm], voltage [mV]; and, for ion
 * channels and concentration models, time [ms], rate [1/ms], concentration [mM], length [µm],
 * ρ [mol/(m·A·s)], temperature [°C] and plain numbers. Unit names are NeuroML's
 * (NeuroMLCoreDimensions).
 */
public final class NeuromlUnits {
    private NeuromlUnits() {
    }

    /** A physical dimension with its accepted units and their factors to neurite's unit. */
    public enum Dimension {
        /** → S/cm². */
        CONDUCTANCE_DENSITY("S/cm2", Map.of("S_per_m2", 1e-4, "mS_per_cm2", 1e-3, "S_per_cm2", 1.0)),
        /** → µF/cm². */
        SPECIFIC_CAPACITANCE("uF/cm2", Map.of("F_per_m2", 100.0, "uF_per_cm2", 1.0, "pF_per_um2", 100.0)),
        /** → Ω·cm. */
        RESISTIVITY("ohm*cm", Map.of("ohm_m", 100.0, "kohm_cm", 1000.0, "ohm_cm", 1.0, "Mohm_um", 100.0)),
        /** → mV. */
        VOLTAGE("mV", Map.of("V", 1000.0, "mV", 1.0)),
        /** → ms. */
        TIME("ms", Map.of("s", 1000.0, "ms", 1.0, "us", 1e-3)),
        /** → 1/ms. */
        RATE("1/ms", Map.of("per_s", 1e-3, "per_ms", 1.0, "Hz", 1e-3, "kHz", 1.0)),
        /** → mM (= mol/m³). */
        CONCENTRATION("mM", Map.of("mM", 1.0, "mol_per_m3", 1.0, "mol_per_cm3", 1e6, "M", 1000.0, "uM", 1e-3, "nM", 1e-6)),
        /** → µm. */
        LENGTH("um", Map.of("m", 1e6, "cm", 1e4, "mm", 1e3, "um", 1.0)),
        /** → mol/(m·A·s). */
        RHO("mol/(m*A*s)", Map.of("mol_per_m_per_A_per_s", 1.0)),
        /** → °C (kelvin shifted by 273.15; see {@link #parseTemperature}). */
        TEMPERATURE("degC", Map.of("degC", 1.0)),
        /** A plain number (no unit, or "none"). */
        NONE("1", Map.of("", 1.0, "none", 1.0));

        private final String unit;
        private final Map<String, Double> factors;

        Dimension(String unit, Map<String, Double> factors) {
            this.unit = unit;
            this.factors = factors;
        }

        /** neurite's unit for this dimension. */
        public String unit() {
            return unit;
        }
    }

    /**
     * Parses "number unit" (space optional).
     *
     * @param text the attribute value
     * @param d the expected dimension
     * @param where file and element for messages
     * @return the value in {@link Dimension#unit()}
     */
    public static double parse(String text, Dimension d, String where) {
        if (d == Dimension.TEMPERATURE) {
            return parseTemperature(text, where);
        }
        if (text == null) {
            throw new BadInputException(where + ": missing value");
        }
        String s = text.strip();
        int k = 0;
        while (k < s.length() && "+-0123456789.eE".indexOf(s.charAt(k)) >= 0) {
            // stop before a unit that starts with e/E (none of ours do)
            k++;
        }
        String num = s.substring(0, k).strip();
        String unit = s.substring(k).strip();
        double v;
        try {
            v = Double.parseDouble(num);
        } catch (NumberFormatException e) {
            throw new BadInputException(where + ": \"" + text + "\" does not start with a number");
        }
        return v * factor(unit, d, where);
    }

    /** A temperature "34 degC" or "307.15 K" in °C. */
    public static double parseTemperature(String text, String where) {
        String s = text == null ? null : text.strip();
        if (s != null && s.endsWith("K")) {
            double k = parse(s.substring(0, s.length() - 1), Dimension.NONE, where);
            return k - 273.15;
        }
        if (s != null && s.endsWith("degC")) {
            return parse(s.substring(0, s.length() - 4), Dimension.NONE, where);
        }
        throw new BadInputException(where + ": \"" + text + "\" is not a temperature in degC or K");
    }

    private static double factor(String unit, Dimension d, String where) {
        Double f = d.factors.get(unit);
        if (f == null) {
            throw new BadInputException(where + ": unit \"" + unit + "\" is not one of " + d.factors.keySet() + " (" + d.name().toLowerCase() + ")");
        }
        return f;
    }
}
