package org.neurite.morphology.io;

import java.util.Map;
import org.neurite.channels.io.BadInputException;

/**
 * Quantities written as NeuroML attribute strings ("120.0 mS_per_cm2", "0.2 kohm_cm",
 * "2.84 uF_per_cm2", "-65mV") converted to the units neurite uses at the cable edge: conductance
 * density [S/cm²], specific capacitance [µF/cm²], resistivity [Ω·cm], voltage [mV]. Unit names are
 * NeuroML's (NeuroMLCoreDimensions).
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
        VOLTAGE("mV", Map.of("V", 1000.0, "mV", 1.0));

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
        Double f = d.factors.get(unit);
        if (f == null) {
            throw new BadInputException(where + ": unit \"" + unit + "\" is not one of " + d.factors.keySet() + " (" + d.name().toLowerCase() + ")");
        }
        return v * f;
    }
}
