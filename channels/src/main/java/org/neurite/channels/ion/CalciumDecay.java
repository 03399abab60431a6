package org.neurite.channels.ion;

import java.util.Objects;
import org.neurite.channels.io.BadInputException;

/**
 * A first-order model of the intracellular calcium concentration under the membrane of one
 * compartment: the inward calcium current I_Ca [pA] fills a volume, and the concentration decays
 * to a resting value with one time constant,
 * <pre>
 *   d[Ca]/dt = k·I_Ca − ([Ca] − [Ca]_rest)/τ,      [Ca] ≥ 0
 * </pre>
 * with k [mM/(ms·pA)] set by the compartment's membrane area A [µm²] and the model's geometry:
 * <ul>
 *   <li>{@link Geometry#THIN_SHELL}: a shell of depth δ [µm] under the membrane, volume A·δ;
 *       k = 1e3/(2F·A·δ) (Destexhe et al. 1994 {@code cadecay.mod}; Mainen &amp; Sejnowski 1996
 *       {@code cad.mod}, which also ignore outward currents: "cannot pump inward")</li>
 *   <li>{@link Geometry#SPHERICAL_SHELL}: NeuroML's {@code decayingPoolConcentrationModel}, a
 *       shell of thickness δ inside a sphere with the compartment's area, volume
 *       4π/3·(r³ − (r − δ)³), r = √(A/4π); k = 1e3/(2F·volume)</li>
 *   <li>{@link Geometry#FIXED_FACTOR}: NeuroML's {@code fixedFactorConcentrationModel},
 *       d[Ca]/dt = ρ·I_Ca/A with ρ [mol/(m·A·s)]; k = 1e-3·ρ/A</li>
 * </ul>
 * (1 pA into 1 µm³ is 1e3/(2F) mM/ms, F = {@link Ions#FARADAY}.)
 *
 * @param name the model's name
 * @param geometry how the current turns into a concentration change
 * @param geometryValue δ [µm] for the shells, ρ [mol/(m·A·s)] for the fixed factor
 * @param tauMs decay time constant [ms], &gt; 0
 * @param restMM resting concentration [mM], ≥ 0
 * @param inwardOnly whether an outward calcium current is ignored (the sources' "no pumping in")
 * @param source citation
 */
public record CalciumDecay(String name, Geometry geometry, double geometryValue, double tauMs, double restMM,
                           boolean inwardOnly, String source) {

    /** How a current turns into a concentration change. */
    public enum Geometry { THIN_SHELL, SPHERICAL_SHELL, FIXED_FACTOR }

    public CalciumDecay {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geometry, "geometry");
        if (!(geometryValue > 0) || Double.isInfinite(geometryValue)) {
            throw BadInputException.parameter("calcium pool " + name + (geometry == Geometry.FIXED_FACTOR ? " rho" : " depth"),
                    "must be > 0, got " + geometryValue);
        }
        if (!(tauMs > 0) || Double.isInfinite(tauMs)) {
            throw BadInputException.parameter("calcium pool " + name + " tau", "must be > 0 ms, got " + tauMs);
        }
        if (!(restMM >= 0) || Double.isInfinite(restMM)) {
            throw BadInputException.parameter("calcium pool " + name + " rest", "must be >= 0 mM, got " + restMM);
        }
    }

    /**
     * Mainen &amp; Sejnowski 1996 {@code cad.mod} (after Destexhe et al. 1994 {@code cadecay.mod}):
     * shell 0.1 µm deep, τ 200 ms, rest 1e-4 mM, outward currents ignored.
     */
    public static CalciumDecay mainenShell() {
        return new CalciumDecay("ca_shell", Geometry.THIN_SHELL, 0.1, 200.0, 1e-4, true,
                "Mainen & Sejnowski 1996 cad.mod (ModelDB 2488); Destexhe et al. 1994 cadecay.mod");
    }

    /** This model with another decay time constant [ms]. */
    public CalciumDecay withTau(double ms) {
        return new CalciumDecay(name, geometry, geometryValue, ms, restMM, inwardOnly, source);
    }

    /** This model with another resting concentration [mM]. */
    public CalciumDecay withRest(double mM) {
        return new CalciumDecay(name, geometry, geometryValue, tauMs, mM, inwardOnly, source);
    }

    /** This model with another shell depth [µm] or ρ. */
    public CalciumDecay withGeometryValue(double value) {
        return new CalciumDecay(name, geometry, value, tauMs, restMM, inwardOnly, source);
    }

    /**
     * The drive factor k [mM/(ms·pA)] of a compartment with membrane area A [µm²].
     */
    public double drive(double areaUm2) {
        if (!(areaUm2 > 0)) {
            throw BadInputException.parameter("calcium pool " + name, "needs a compartment area > 0, got " + areaUm2);
        }
        switch (geometry) {
            case THIN_SHELL:
                return 1e3 / (2.0 * Ions.FARADAY * areaUm2 * geometryValue);
            case SPHERICAL_SHELL: {
                double r = Math.sqrt(areaUm2 / (4.0 * Math.PI));
                double inner = Math.max(0.0, r - geometryValue);
                double volume = 4.0 / 3.0 * Math.PI * (r * r * r - inner * inner * inner);
                return 1e3 / (2.0 * Ions.FARADAY * volume);
            }
            default:
                return 1e-3 * geometryValue / areaUm2;
        }
    }
}
