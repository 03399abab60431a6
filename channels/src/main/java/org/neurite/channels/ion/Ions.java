package org.neurite.channels.ion;

import org.neurite.channels.io.BadInputException;

/**
 * Physical constants and the Nernst potential, for reversal potentials that follow a
 * concentration. Constants are the CODATA 2018 values NEURON 8 uses by default.
 */
public final class Ions {
    /** Faraday constant [C/mol]. */
    public static final double FARADAY = 96485.33212;
    /** Molar gas constant [J/(mol·K)]. */
    public static final double GAS_CONSTANT = 8.314462618;
    /** 0 °C in kelvin. */
    public static final double ZERO_CELSIUS_K = 273.15;
    /** NEURON's default intracellular calcium concentration ({@code cai0_ca_ion}) [mM]. */
    public static final double NEURON_CAI0_MM = 5e-5;
    /** NEURON's default extracellular calcium concentration ({@code cao0_ca_ion}) [mM]. */
    public static final double NEURON_CAO0_MM = 2.0;

    private Ions() {
    }

    /** RT/(zF) [mV] at a temperature [°C] for an ion of valence z. */
    public static double thermalVoltageMV(int valence, double celsius) {
        if (valence == 0) {
            throw BadInputException.parameter("valence", "must not be 0");
        }
        return 1e3 * GAS_CONSTANT * (celsius + ZERO_CELSIUS_K) / (valence * FARADAY);
    }

    /**
     * The Nernst potential E = RT/(zF)·ln(c_out/c_in) [mV].
     *
     * @param valence charge number z (2 for Ca²⁺)
     * @param insideMM intracellular concentration [mM], &gt; 0
     * @param outsideMM extracellular concentration [mM], &gt; 0
     * @param celsius temperature [°C]
     */
    public static double nernstMV(int valence, double insideMM, double outsideMM, double celsius) {
        if (!(insideMM > 0) || !(outsideMM > 0)) {
            throw BadInputException.parameter("concentration", "must be > 0 mM for a Nernst potential, got " + insideMM + " / " + outsideMM);
        }
        return thermalVoltageMV(valence, celsius) * Math.log(outsideMM / insideMM);
    }
}
