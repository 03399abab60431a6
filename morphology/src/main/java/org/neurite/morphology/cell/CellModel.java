package org.neurite.morphology.cell;

import java.util.ArrayList;
import java.util.List;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.ion.CalciumDecay;
import org.neurite.channels.ion.ChannelType;
import org.neurite.channels.units.Units;
import org.neurite.morphology.cable.Leak;
import org.neurite.morphology.cable.MembraneMechanism;
import org.neurite.morphology.discretize.CableProperties;
import org.neurite.morphology.discretize.CvPolicy;
import org.neurite.morphology.discretize.Discretization;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Morphology;

/**
 * A detailed cell: a morphology, its discretisation, and membrane properties painted on regions
 * (later paints win where regions overlap, as successive NEURON assignments do). Properties are
 * given in NEURON's units at this edge — Ra [Ω·cm] per section (taken at the section's middle),
 * cm [µF/cm²], {@code pas} g [S/cm²] and e [mV], channel densities [S/cm²] — and turned into
 * per-compartment arrays in the suite's units (pF, nS) through {@link Units}. Channels, their
 * densities as functions of path distance, ion reversals and calcium pools are held by
 * {@link ChannelPaints}.
 */
public final class CellModel {
    /** NEURON's default axial resistivity [Ω·cm]. */
    public static final double DEFAULT_RA_OHM_CM = 35.4;
    /** NEURON's default specific capacitance [µF/cm²]. */
    public static final double DEFAULT_CM_UF_PER_CM2 = 1.0;

    private final Morphology morphology;
    private final Discretization discretization;
    private final double[] leakG; // [nS] per compartment
    private final double[] leakE; // [mV]
    private final boolean[] hasLeak;
    private final ChannelPaints channels;
    private final List<String> paints;

    private record Paint(Region region, double[] values) {
    }

    private CellModel(Builder b) {
        this.morphology = b.morphology;
        final Morphology m = b.morphology;
        final List<Paint> ra = b.ra;
        final List<Paint> cm = b.cm;
        CableProperties props = new CableProperties() {
            @Override
            public double raOhmCm(int section) {
                return value(ra, m, section, 0.5, DEFAULT_RA_OHM_CM, 0);
            }

            @Override
            public double cmUFPerCm2(int section, double x) {
                return value(cm, m, section, x, DEFAULT_CM_UF_PER_CM2, 0);
            }
        };
        this.discretization = Discretization.of(m, b.policy, props);
        int n = discretization.size();
        leakG = new double[n];
        leakE = new double[n];
        hasLeak = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (discretization.isJunction(i)) {
                continue;
            }
            int s = discretization.section(i);
            double x = discretization.location(i).x();
            for (Paint p : b.pas) {
                if (p.region.contains(m, s, x)) {
                    leakG[i] = Units.conductanceNS(p.values[0], discretization.area(i));
                    leakE[i] = p.values[1];
                    hasLeak[i] = true;
                }
            }
        }
        this.channels = b.channels;
        List<String> all = new ArrayList<>(b.described);
        all.addAll(b.channels.describe());
        this.paints = List.copyOf(all);
    }

    private static double value(List<Paint> paints, Morphology m, int s, double x, double dflt, int k) {
        double v = dflt;
        for (Paint p : paints) {
            if (p.region.contains(m, s, x)) {
                v = p.values[k];
            }
        }
        return v;
    }

    /** A builder for a cell on this morphology. */
    public static Builder builder(Morphology morphology) {
        return new Builder(morphology);
    }

    public Morphology morphology() {
        return morphology;
    }

    public Discretization discretization() {
        return discretization;
    }

    /** Leak conductance of compartment i [nS] (0 where no {@code pas} is painted). */
    public double leakConductance(int i) {
        return leakG[i];
    }

    /** Leak reversal of compartment i [mV]. */
    public double leakReversal(int i) {
        return leakE[i];
    }

    /** The paints in order, described (for file attributes and reports). */
    public List<String> paints() {
        return paints;
    }

    /**
     * Fresh membrane mechanisms for one simulation: the leak, then the compartments' calcium (if
     * anything uses it), then one channel bank per painted channel (gates on NEURON's staggered
     * half step).
     *
     * @param dtMs the simulation step [ms] (for the channels' initial half step)
     * @param celsius temperature [°C] for the channels' q10 factors
     */
    public MembraneMechanism[] mechanisms(double dtMs, double celsius) {
        List<MembraneMechanism> out = new ArrayList<>();
        int count = 0;
        for (boolean h : hasLeak) {
            count += h ? 1 : 0;
        }
        if (count > 0) {
            int[] node = new int[count];
            double[] g = new double[count];
            double[] e = new double[count];
            int k = 0;
            for (int i = 0; i < hasLeak.length; i++) {
                if (hasLeak[i]) {
                    node[k] = i;
                    g[k] = leakG[i];
                    e[k++] = leakE[i];
                }
            }
            out.add(new Leak(node, g, e));
        }
        out.addAll(channels.mechanisms(discretization, dtMs, celsius));
        return out.toArray(new MembraneMechanism[0]);
    }

    /** Paints properties on regions, then discretises. */
    public static final class Builder {
        private final Morphology morphology;
        private final List<Paint> ra = new ArrayList<>();
        private final List<Paint> cm = new ArrayList<>();
        private final List<Paint> pas = new ArrayList<>();
        private final ChannelPaints channels = new ChannelPaints();
        private final List<String> described = new ArrayList<>();
        private CvPolicy policy = new CvPolicy.DLambda(0.1);

        private Builder(Morphology morphology) {
            this.morphology = morphology;
        }

        /** Axial resistivity [Ω·cm] on a region (per section, judged at its middle). */
        public Builder ra(Region r, double ohmCm) {
            positive("Ra", ohmCm);
            ra.add(new Paint(r, new double[] {ohmCm}));
            described.add("Ra " + ohmCm + " ohm*cm on " + r.describe());
            return this;
        }

        /** Specific capacitance [µF/cm²] on a region. */
        public Builder cm(Region r, double uFPerCm2) {
            positive("cm", uFPerCm2);
            cm.add(new Paint(r, new double[] {uFPerCm2}));
            described.add("cm " + uFPerCm2 + " uF/cm2 on " + r.describe());
            return this;
        }

        /** NEURON's {@code pas}: g [S/cm²] ≥ 0 and e [mV] on a region. */
        public Builder pas(Region r, double gSPerCm2, double eMV) {
            if (!(gSPerCm2 >= 0) || !Double.isFinite(gSPerCm2) || !Double.isFinite(eMV)) {
                throw BadInputException.parameter("pas", "g must be >= 0 S/cm2 and e finite, got " + gSPerCm2 + ", " + eMV);
            }
            pas.add(new Paint(r, new double[] {gSPerCm2, eMV}));
            described.add("pas g=" + gSPerCm2 + " S/cm2 e=" + eMV + " mV on " + r.describe());
            return this;
        }

        /**
         * A channel at a density on a region.
         *
         * @param type the channel
         * @param gbarSPerCm2 maximal conductance density [S/cm²]
         * @param erevMV reversal [mV], or NaN for the channel's default
         */
        public Builder channel(Region r, ChannelType type, double gbarSPerCm2, double erevMV) {
            if (!(gbarSPerCm2 >= 0)) {
                throw BadInputException.parameter("channel " + type.name(), "density must be >= 0 S/cm2, got " + gbarSPerCm2);
            }
            channels.density(r, type, new DensityProfile.Uniform(gbarSPerCm2), erevMV);
            return this;
        }

        /**
         * A channel on a region with a density that depends on path distance from the soma.
         *
         * @param profile density [S/cm²] as a function of path distance [µm]
         * @param erevMV reversal [mV], or NaN for the ion's (see {@link #reversal}) or the channel's
         */
        public Builder channel(Region r, ChannelType type, DensityProfile profile, double erevMV) {
            channels.density(r, type, profile, erevMV);
            return this;
        }

        /** The reversal potential [mV] of every channel of an ion ({@code na}, {@code k}, {@code ca}, …). */
        public Builder reversal(String ion, double eMV) {
            channels.reversal(ion, eMV);
            return this;
        }

        /**
         * Calcium channels without a reversal of their own take the Nernst potential of [Ca]ᵢ
         * against this extracellular concentration [mM] (NEURON's {@code ion_style} for a pool).
         */
        public Builder calciumNernst(double outsideMM) {
            channels.calciumNernst(outsideMM);
            return this;
        }

        /**
         * [Ca]ₒ [mM] that calcium channels with a GHK current see (default: the Nernst
         * {@link #calciumNernst} concentration if given, else NEURON's 2 mM).
         */
        public Builder calciumOutside(double outsideMM) {
            channels.calciumOutside(outsideMM);
            return this;
        }

        /** [Ca]ᵢ of compartments without a pool [mM] (default NEURON's 5e-5 mM). */
        public Builder calciumDefault(double insideMM) {
            channels.calciumDefault(insideMM);
            return this;
        }

        /** A calcium pool in every compartment of a region, starting at a concentration [mM]. */
        public Builder calciumPool(Region r, CalciumDecay model, double initialMM) {
            channels.pool(r, model, initialMM);
            return this;
        }

        /** Where compartment boundaries go (default d_lambda 0.1 at 100 Hz). */
        public Builder policy(CvPolicy p) {
            this.policy = p;
            return this;
        }

        private static void positive(String what, double v) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw BadInputException.parameter(what, "must be > 0, got " + v);
            }
        }

        /** Discretises and evaluates the paints. */
        public CellModel build() {
            return new CellModel(this);
        }
    }
}
