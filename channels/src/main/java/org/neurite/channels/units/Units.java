package org.neurite.channels.units;

/**
 * The single place where neurite converts between unit systems.
 *
 * <p>Inside the suite everything is in one consistent system: time ms, voltage mV, conductance nS,
 * current pA, capacitance pF, rate Hz, length µm, concentration mM. With these units
 * C·dV/dt = I holds as pF·mV/ms = pA and g·V = I as nS·mV = pA, so no factor appears in the
 * equations. Cable-level densities use NEURON's conventions at the edges (µF/cm², S/cm², Ω·cm),
 * and SI values appear in reference files (Rallpack: s, V); the factors below convert them.
 */
public final class Units {
    private Units() {
    }

    /** µm² per cm². */
    public static final double UM2_PER_CM2 = 1e8;

    /**
     * Capacitance [pF] of a membrane patch.
     *
     * @param specificCapacitanceUFPerCm2 specific capacitance [µF/cm²]
     * @param areaUm2 area [µm²]
     * @return capacitance [pF] (1 µF/cm² · 1 µm² = 0.01 pF)
     */
    public static double capacitancePF(double specificCapacitanceUFPerCm2, double areaUm2) {
        return specificCapacitanceUFPerCm2 * areaUm2 * 1e-2;
    }

    /**
     * Conductance [nS] of a membrane patch.
     *
     * @param densitySPerCm2 conductance density [S/cm²]
     * @param areaUm2 area [µm²]
     * @return conductance [nS] (1 S/cm² · 1 µm² = 10 nS)
     */
    public static double conductanceNS(double densitySPerCm2, double areaUm2) {
        return densitySPerCm2 * areaUm2 * 10.0;
    }

    /**
     * Axial conductance [nS] of a cylinder of uniform diameter.
     *
     * @param resistivityOhmCm axial resistivity [Ω·cm]
     * @param lengthUm length [µm]
     * @param diameterUm diameter [µm]
     * @return conductance [nS]: π(d/2)²/(Ra·L), with Ra·L/(π r²) = Ra[Ω·cm]·1e4·L[µm]/(π r²[µm²]) Ω
     */
    public static double axialConductanceNS(double resistivityOhmCm, double lengthUm, double diameterUm) {
        double r = 0.5 * diameterUm;
        double resistanceOhm = resistivityOhmCm * 1e4 * lengthUm / (Math.PI * r * r);
        return 1e9 / resistanceOhm;
    }

    /**
     * Axial resistance [MΩ] of a frustum (truncated cone) between diameters d1 and d2: the
     * integral of Ra/(π r(x)²) along the length, i.e. 4·Ra·L/(π·d1·d2).
     *
     * @param resistivityOhmCm axial resistivity [Ω·cm]
     * @param lengthUm length [µm]
     * @param d1Um diameter at one end [µm]
     * @param d2Um diameter at the other end [µm]
     * @return resistance [MΩ]
     */
    public static double frustumAxialResistanceMOhm(double resistivityOhmCm, double lengthUm, double d1Um, double d2Um) {
        return 4.0 * resistivityOhmCm * 1e4 * lengthUm / (Math.PI * d1Um * d2Um) * 1e-6;
    }

    /** Converts nA to pA. */
    public static double nAtoPA(double nA) {
        return nA * 1e3;
    }

    /** Converts seconds to ms. */
    public static double sToMs(double s) {
        return s * 1e3;
    }

    /** Converts volts to mV. */
    public static double vToMV(double v) {
        return v * 1e3;
    }

    /** Converts S (siemens) to nS. */
    public static double sToNS(double s) {
        return s * 1e9;
    }

    /** Converts farads to pF. */
    public static double fToPF(double f) {
        return f * 1e12;
    }

    /** Converts amperes to pA. */
    public static double aToPA(double a) {
        return a * 1e12;
    }

    /** Converts a rate in Hz (1/s) to events per ms. */
    public static double hzToPerMs(double hz) {
        return hz * 1e-3;
    }

    /**
     * Temperature factor q10^((T − T_ref)/10) applied to rate constants.
     *
     * @param q10 factor per 10 °C
     * @param celsius simulation temperature [°C]
     * @param referenceCelsius temperature at which the rates were measured [°C]
     * @return the multiplicative factor
     */
    public static double q10Factor(double q10, double celsius, double referenceCelsius) {
        return Math.pow(q10, (celsius - referenceCelsius) / 10.0);
    }
}
