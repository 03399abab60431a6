package org.neurite.morphology.cell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.ion.CalciumDecay;
import org.neurite.channels.ion.CalciumPool;
import org.neurite.channels.ion.ChannelBank;
import org.neurite.channels.ion.ChannelType;
import org.neurite.channels.ion.Gate;
import org.neurite.channels.ion.Ions;
import org.neurite.channels.units.Units;
import org.neurite.morphology.cable.CalciumMechanism;
import org.neurite.morphology.cable.ChannelMechanism;
import org.neurite.morphology.cable.MembraneMechanism;
import org.neurite.morphology.discretize.Discretization;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Morphology;

/**
 * The active membrane of a cell as painted: channel densities on regions (uniform or a
 * {@link DensityProfile} of path distance — from the soma centre, or from another point of section 0
 * when the profile says so, as NeuroML's root), reversal potentials per ion, calcium pools on regions
 * and the extracellular calcium for Nernst reversals. Paints of the same channel override each
 * other where their regions overlap (the later wins, as successive NEURON assignments do), so each
 * channel becomes one {@link ChannelBank} over the compartments it covers. A channel's reversal is,
 * in order: the one given with its density, the one given for its ion, the channel's default.
 *
 * <p>Units at this edge: densities [S/cm²], potentials [mV], concentrations [mM]; inside, per
 * compartment, ḡ [nS] = density·area (through {@link Units}).
 */
public final class ChannelPaints {
    private final List<DensityPaint> densities = new ArrayList<>();
    private final List<PoolPaint> pools = new ArrayList<>();
    private final Map<String, Double> ionReversal = new LinkedHashMap<>();
    private double calciumOutsideMM = Double.NaN; // NaN: no Nernst reversal for calcium
    private double calciumDefaultMM = Ions.NEURON_CAI0_MM;
    private double calciumGhkOutsideMM = Double.NaN; // NaN: the Nernst [Ca]o, else NEURON's 2 mM

    /** A channel density on a region; reversal NaN for the ion's or channel's. */
    record DensityPaint(Region region, ChannelType type, DensityProfile profile, double erevMV) {
    }

    /** A calcium pool on a region. */
    record PoolPaint(Region region, CalciumDecay model, double initialMM) {
    }

    ChannelPaints() {
    }

    void density(Region r, ChannelType type, DensityProfile profile, double erevMV) {
        if (!Double.isNaN(erevMV) && !Double.isFinite(erevMV)) {
            throw BadInputException.parameter("channel " + type.name() + " e", "must be finite [mV], got " + erevMV);
        }
        densities.add(new DensityPaint(r, type, profile, erevMV));
    }

    void pool(Region r, CalciumDecay model, double initialMM) {
        if (!(initialMM >= 0) || Double.isInfinite(initialMM)) {
            throw BadInputException.parameter("calcium pool " + model.name() + " initial", "must be >= 0 mM, got " + initialMM);
        }
        pools.add(new PoolPaint(r, model, initialMM));
    }

    void reversal(String ion, double eMV) {
        if (!Double.isFinite(eMV)) {
            throw BadInputException.parameter("reversal of " + ion, "must be finite [mV], got " + eMV);
        }
        ionReversal.put(ion, eMV);
    }

    void calciumNernst(double outsideMM) {
        if (!(outsideMM > 0) || Double.isInfinite(outsideMM)) {
            throw BadInputException.parameter("ca_out_mM", "must be > 0 mM, got " + outsideMM);
        }
        calciumOutsideMM = outsideMM;
    }

    /** [Ca]ₒ [mM] of GHK calcium currents (by default the Nernst one if set, else 2 mM). */
    void calciumOutside(double outsideMM) {
        if (!(outsideMM > 0) || Double.isInfinite(outsideMM)) {
            throw BadInputException.parameter("ca_out_mM", "must be > 0 mM, got " + outsideMM);
        }
        calciumGhkOutsideMM = outsideMM;
    }

    void calciumDefault(double insideMM) {
        if (!(insideMM >= 0) || Double.isInfinite(insideMM)) {
            throw BadInputException.parameter("ca_in_mM", "must be >= 0 mM, got " + insideMM);
        }
        calciumDefaultMM = insideMM;
    }

    boolean isEmpty() {
        return densities.isEmpty() && pools.isEmpty();
    }

    /** Descriptions of the paints, for file attributes. */
    List<String> describe() {
        List<String> out = new ArrayList<>();
        for (DensityPaint p : densities) {
            out.add(p.type.name() + " " + p.profile.describe() + " on " + p.region.describe()
                    + (Double.isNaN(p.erevMV) ? "" : " e=" + p.erevMV + " mV"));
        }
        for (PoolPaint p : pools) {
            out.add(String.format(Locale.ROOT, "calcium pool %s (tau %s ms, rest %s mM) on %s", p.model.name(), p.model.tauMs(),
                    p.model.restMM(), p.region.describe()));
        }
        for (Map.Entry<String, Double> e : ionReversal.entrySet()) {
            out.add("e_" + e.getKey() + " " + e.getValue() + " mV");
        }
        if (!Double.isNaN(calciumOutsideMM)) {
            out.add("e_ca Nernst with [Ca]o " + calciumOutsideMM + " mM");
        }
        return out;
    }

    /**
     * Fresh mechanisms for one simulation: the calcium mechanism (when a pool is painted or a gate
     * reads calcium), then one channel bank per channel.
     */
    List<MembraneMechanism> mechanisms(Discretization d, double dtMs, double celsius) {
        Morphology m = d.morphology();
        int n = d.size();
        double[] distance = new double[n];
        for (int i = 0; i < n; i++) {
            distance[i] = d.isJunction(i) ? Double.NaN : m.pathDistance(d.location(i));
        }
        List<MembraneMechanism> out = new ArrayList<>();
        CalciumMechanism ca = calcium(d, needsCalcium());
        if (ca != null) {
            out.add(ca);
        }
        Map<String, List<DensityPaint>> byChannel = new LinkedHashMap<>();
        for (DensityPaint p : densities) {
            byChannel.computeIfAbsent(p.type.name(), k -> new ArrayList<>()).add(p);
        }
        for (List<DensityPaint> paints : byChannel.values()) {
            ChannelMechanism mech = channel(d, distance, paints, celsius);
            if (mech == null) {
                continue;
            }
            mech.setStep(dtMs);
            if (ca != null) {
                mech.connectCalcium(ca, nernst(paints) ? calciumOutsideMM : Double.NaN, ghkOutsideMM(), celsius);
            }
            out.add(mech);
        }
        return out;
    }

    private double ghkOutsideMM() {
        if (!Double.isNaN(calciumGhkOutsideMM)) {
            return calciumGhkOutsideMM;
        }
        return Double.isNaN(calciumOutsideMM) ? Ions.NEURON_CAO0_MM : calciumOutsideMM;
    }

    private boolean needsCalcium() {
        if (!pools.isEmpty() || !Double.isNaN(calciumOutsideMM)) {
            return true;
        }
        for (DensityPaint p : densities) {
            if (p.type.ghk()) {
                return true;
            }
            for (Gate g : p.type.gates()) {
                if (g.input() != Gate.Input.VOLTAGE) {
                    return true;
                }
            }
        }
        return false;
    }

    private CalciumMechanism calcium(Discretization d, boolean needed) {
        if (!needed) {
            return null;
        }
        Morphology m = d.morphology();
        int n = d.size();
        PoolPaint[] owner = new PoolPaint[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (d.isJunction(i)) {
                continue;
            }
            for (PoolPaint p : pools) {
                if (p.region.contains(m, d.location(i))) {
                    owner[i] = p;
                }
            }
            count += owner[i] != null ? 1 : 0;
        }
        int[] node = new int[count];
        double[] drive = new double[count];
        double[] tau = new double[count];
        double[] rest = new double[count];
        boolean[] inward = new boolean[count];
        double[] initial = new double[count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            PoolPaint p = owner[i];
            if (p == null) {
                continue;
            }
            node[k] = i;
            drive[k] = p.model.drive(d.area(i));
            tau[k] = p.model.tauMs();
            rest[k] = p.model.restMM();
            inward[k] = p.model.inwardOnly();
            initial[k++] = p.initialMM;
        }
        return new CalciumMechanism(n, new CalciumPool(node, drive, tau, rest, inward), initial, calciumDefaultMM);
    }

    private ChannelMechanism channel(Discretization d, double[] distance, List<DensityPaint> paints, double celsius) {
        Morphology m = d.morphology();
        int n = d.size();
        DensityPaint[] owner = new DensityPaint[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (d.isJunction(i)) {
                continue;
            }
            for (DensityPaint p : paints) {
                if (p.region.contains(m, d.location(i))) {
                    owner[i] = p;
                }
            }
            count += owner[i] != null ? 1 : 0;
        }
        if (count == 0) {
            return null;
        }
        ChannelType type = paints.get(0).type;
        int[] node = new int[count];
        double[] gmax = new double[count];
        double[] erev = new double[count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            DensityPaint p = owner[i];
            if (p == null) {
                continue;
            }
            double originX = p.profile.originX();
            double dist = Double.isNaN(originX) ? distance[i] : m.pathDistance(originX, d.location(i));
            double g = p.profile.at(dist);
            if (!(g >= 0) || Double.isInfinite(g)) {
                throw BadInputException.parameter("channel " + type.name(), String.format(Locale.ROOT,
                        "density %s S/cm2 at path distance %.2f um (%s) from %s%s", g, dist,
                        d.morphology().name(d.section(i)), p.profile.describe(),
                        p.profile instanceof DensityProfile.Inhomogeneous ? "" : "; clamp it with \"min\""));
            }
            node[k] = i;
            gmax[k] = Units.conductanceNS(g, d.area(i));
            erev[k++] = reversalOf(p);
        }
        ChannelBank bank = new ChannelBank(type, node, gmax, celsius);
        for (int j = 0; j < count; j++) {
            bank.setReversal(j, erev[j]);
        }
        return new ChannelMechanism(bank, true);
    }

    /** Whether a channel's reversal follows [Ca]ᵢ: a calcium channel, Nernst on, no reversal given with its paints. */
    private boolean nernst(List<DensityPaint> paints) {
        ChannelType type = paints.get(0).type;
        if (Double.isNaN(calciumOutsideMM) || !"ca".equals(type.ion()) || type.ghk()) {
            return false;
        }
        long given = paints.stream().filter(p -> !Double.isNaN(p.erevMV)).count();
        if (given > 0 && given < paints.size()) {
            throw BadInputException.parameter("channel " + type.name(),
                    "the calcium reversal is Nernst: give \"e\" with every paint of the channel or with none");
        }
        return given == 0;
    }

    private double reversalOf(DensityPaint p) {
        if (!Double.isNaN(p.erevMV)) {
            return p.erevMV;
        }
        Double e = ionReversal.get(p.type.ion());
        return e != null ? e : p.type.defaultReversalMV();
    }
}
