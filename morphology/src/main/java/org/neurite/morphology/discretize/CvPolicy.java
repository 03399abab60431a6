package org.neurite.morphology.discretize;

import org.neurite.channels.io.BadInputException;
import org.neurite.morphology.tree.Morphology;

/**
 * How a section is cut into compartments (control volumes): the relative positions of the
 * boundaries, from 0 to 1. Each compartment's node sits in the middle of its piece, as NEURON's
 * segment centres do.
 */
public sealed interface CvPolicy {
    /**
     * Boundaries of section s, increasing from 0 to 1 (length = compartments + 1).
     *
     * @param m the morphology
     * @param s the section
     * @param raOhmCm the section's axial resistivity [Ω·cm]
     * @param cmUFPerCm2 the section's specific capacitance [µF/cm²]
     */
    double[] boundaries(Morphology m, int s, double raOhmCm, double cmUFPerCm2);

    /** A short description, e.g. {@code d_lambda 0.1 at 100 Hz}. */
    String describe();

    /** n equal pieces: 0, 1/n, …, 1. */
    static double[] uniform(int n) {
        double[] b = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            b[i] = (double) i / n;
        }
        b[n] = 1.0;
        return b;
    }

    /**
     * NEURON's d_lambda rule (stdlib.hoc {@code lambda_f} and the CellBuilder's rule): with the AC
     * length constant at f computed along the section's 3-D points,
     * L/λ_f = √2·1e-5·√(4π·f·Ra·cm)·Σ (arc_i − arc_{i−1}) / √(d_{i−1} + d_i) (µm, Ω·cm, µF/cm²),
     * nseg = 2·⌊(L/(d_lambda·λ_f) + 0.9)/2⌋ + 1 equal pieces (always odd).
     *
     * @param value d_lambda, the largest compartment length in units of λ_f (NEURON's default 0.1)
     * @param frequencyHz f (NEURON uses 100 Hz)
     */
    record DLambda(double value, double frequencyHz) implements CvPolicy {
        public DLambda {
            if (!(value > 0) || !(frequencyHz > 0)) {
                throw BadInputException.parameter("d_lambda", "value and frequency must be > 0, got " + value + ", " + frequencyHz + " Hz");
            }
        }

        /** d_lambda at NEURON's 100 Hz. */
        public DLambda(double value) {
            this(value, 100.0);
        }

        /** The number of compartments NEURON gives section s. */
        public int nseg(Morphology m, int s, double raOhmCm, double cmUFPerCm2) {
            double sum = 0;
            for (int j = 1; j < m.pointCount(s); j++) {
                double d1 = 2 * m.radius(s, j - 1);
                double d2 = 2 * m.radius(s, j);
                sum += (m.arc(s, j) - m.arc(s, j - 1)) / Math.sqrt(d1 + d2);
            }
            double lengthInLambda = sum * Math.sqrt(2) * 1e-5 * Math.sqrt(4 * Math.PI * frequencyHz * raOhmCm * cmUFPerCm2);
            double lambda = m.length(s) / lengthInLambda;
            return (int) ((m.length(s) / (value * lambda) + 0.9) / 2) * 2 + 1;
        }

        @Override
        public double[] boundaries(Morphology m, int s, double raOhmCm, double cmUFPerCm2) {
            return uniform(nseg(m, s, raOhmCm, cmUFPerCm2));
        }

        @Override
        public String describe() {
            return "d_lambda " + value + " at " + frequencyHz + " Hz";
        }
    }

    /** The same number of equal compartments in every section (NEURON's plain {@code nseg}). */
    record FixedPerSection(int n) implements CvPolicy {
        public FixedPerSection {
            if (n < 1) {
                throw BadInputException.parameter("fixed_per_section", "must be >= 1, got " + n);
            }
        }

        @Override
        public double[] boundaries(Morphology m, int s, double raOhmCm, double cmUFPerCm2) {
            return uniform(n);
        }

        @Override
        public String describe() {
            return "fixed " + n + " per section";
        }
    }

    /** Equal compartments no longer than a length: ⌈L / max⌉ per section. */
    record MaxLength(double maxUm) implements CvPolicy {
        public MaxLength {
            if (!(maxUm > 0)) {
                throw BadInputException.parameter("max_length_um", "must be > 0, got " + maxUm);
            }
        }

        @Override
        public double[] boundaries(Morphology m, int s, double raOhmCm, double cmUFPerCm2) {
            return uniform(Math.max(1, (int) Math.ceil(m.length(s) / maxUm - 1e-9)));
        }

        @Override
        public String describe() {
            return "max length " + maxUm + " µm";
        }
    }

    /** One compartment per piece between consecutive 3-D points (per SWC segment); zero-length pieces are merged. */
    record PerSegment() implements CvPolicy {
        @Override
        public double[] boundaries(Morphology m, int s, double raOhmCm, double cmUFPerCm2) {
            double len = m.length(s);
            double[] b = new double[m.pointCount(s)];
            int k = 0;
            b[k++] = 0;
            for (int j = 1; j < m.pointCount(s) - 1; j++) {
                double x = m.arc(s, j) / len;
                if (x > b[k - 1]) {
                    b[k++] = x;
                }
            }
            if (b[k - 1] >= 1) {
                k--;
            }
            b[k++] = 1.0;
            return java.util.Arrays.copyOf(b, k);
        }

        @Override
        public String describe() {
            return "one per segment";
        }
    }
}
