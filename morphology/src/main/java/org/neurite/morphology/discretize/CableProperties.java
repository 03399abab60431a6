package org.neurite.morphology.discretize;

/**
 * The two cable properties a discretisation needs besides geometry, in NEURON's units: axial
 * resistivity per section (NEURON's {@code Ra} is a section property) and specific membrane
 * capacitance at a location (NEURON's {@code cm} is per segment).
 */
public interface CableProperties {
    /** Axial resistivity of section s [Ω·cm]. */
    double raOhmCm(int section);

    /** Specific capacitance at (section, x) [µF/cm²]. */
    double cmUFPerCm2(int section, double x);

    /** The same Ra and cm everywhere. */
    static CableProperties uniform(double raOhmCm, double cmUFPerCm2) {
        if (!(raOhmCm > 0) || !(cmUFPerCm2 > 0)) {
            throw new IllegalArgumentException("Ra and cm must be > 0, got " + raOhmCm + " Ω·cm, " + cmUFPerCm2 + " µF/cm²");
        }
        return new CableProperties() {
            @Override
            public double raOhmCm(int section) {
                return raOhmCm;
            }

            @Override
            public double cmUFPerCm2(int section, double x) {
                return cmUFPerCm2;
            }
        };
    }
}
