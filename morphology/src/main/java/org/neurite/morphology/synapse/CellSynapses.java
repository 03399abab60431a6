package org.neurite.morphology.synapse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.channels.input.SpikeSink;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.receptor.ShortTermPlasticity;
import org.neurite.channels.receptor.SynapseBank;
import org.neurite.channels.record.TraceRecord;
import org.neurite.morphology.cable.MembraneMechanism;
import org.neurite.morphology.discretize.Discretization;

/**
 * The synapses of one detailed cell while it runs: one channels {@link SynapseBank} per receptor
 * type (its synapses are the sites of every group that uses the receptor, each acting on its
 * compartment), the groups' spike sources, per-connection {@link ShortTermPlasticity}, and an
 * {@link EventRing} for delays. The banks' linearised (g, g·E) sums enter the cable's implicit
 * solve as one {@link MembraneMechanism} (NMDA's magnesium block through its tangent, as NEURON
 * linearises a point process with di/dv).
 *
 * <p>Timing (NEURON's fixed step): a spike at time t with delay d acts from step
 * round(t/dt) + round(d/dt): before that step's currents are computed, its weight jumps the
 * receptor state (so an Exp2Syn-like conductance is 0 at that instant and rises after); the
 * conductance used over a step is the one at its start, and the states then advance exactly over
 * dt. Spikes are pulled from the sources in windows of {@value #WINDOW} steps and kept in the
 * ring until their step; a tsodyks2 connection is updated at the spike's own time t.
 *
 * <p>Per step the work is: the ring slot's events ({@link SynapseBank#deliver}), then one pass per
 * bank over primitive arrays that adds its sums and propagates it
 * ({@link SynapseBank#addLinearisedAndAdvance}); no object is made per spike or per event.
 */
public final class CellSynapses {
    /** Steps whose spikes are pulled from the sources at once. */
    static final int WINDOW = 64;

    private final double dt;
    private final double invDt;
    private final Discretization discretization;
    private final List<SynapseGroup> groups;
    private final List<Receptor> types = new ArrayList<>();
    private final SynapseBank[] banks;
    private final int[][] bankOf; // [group][receptor] → bank
    private final int[][] offset; // [group][receptor] → first synapse of the group in that bank
    private final double[][] weight; // [group][receptor]
    private final int[] delaySteps; // [group]
    private final int[][] trainStart; // [group][train + 1]: connections of a train (train-major)
    private final int[][] connSite; // [group][connection]: its site
    private final ShortTermPlasticity[] stp; // [group] or null
    private final int[][] compartment; // [group][site]
    private final EventRing ring;
    private final Mechanism mechanism = new Mechanism();
    private final SpikeSink sink = this::onSpike;
    private int currentGroup;
    private long currentStep;
    private long endStep = Long.MAX_VALUE;
    private long spikes;
    private long events;
    private final List<String> probeNames = new ArrayList<>();
    private final List<int[]> probeTargets = new ArrayList<>(); // {bank, synapse, compartment}
    private TraceRecord probeRecord;
    private double[] probeRow;

    /**
     * @param discretization the cell's compartments (sites are mapped to them as NEURON's sec(x))
     * @param groups the synapse groups, in order
     * @param dtMs the cell's time step [ms]
     */
    public CellSynapses(Discretization discretization, List<SynapseGroup> groups, double dtMs) {
        if (!(dtMs > 0) || !Double.isFinite(dtMs)) {
            throw BadInputException.parameter("dt", "must be > 0 ms, got " + dtMs);
        }
        this.dt = dtMs;
        this.invDt = 1.0 / dtMs;
        this.discretization = discretization;
        this.groups = List.copyOf(groups);
        int ng = groups.size();
        bankOf = new int[ng][];
        offset = new int[ng][];
        weight = new double[ng][];
        delaySteps = new int[ng];
        trainStart = new int[ng][];
        connSite = new int[ng][];
        stp = new ShortTermPlasticity[ng];
        compartment = new int[ng][];
        Map<String, Integer> typeIndex = new LinkedHashMap<>();
        List<List<int[]>> members = new ArrayList<>(); // per bank: {group, receptor}
        int maxDelay = 0;
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int g = 0; g < ng; g++) {
            SynapseGroup grp = groups.get(g);
            if (!names.add(grp.name())) {
                throw BadInputException.parameter("synapse group " + grp.name(), "name used twice");
            }
            int nr = grp.receptorCount();
            bankOf[g] = new int[nr];
            offset[g] = new int[nr];
            weight[g] = new double[nr];
            for (int r = 0; r < nr; r++) {
                Receptor rec = grp.receptor(r);
                Integer b = typeIndex.get(rec.name());
                if (b == null) {
                    b = types.size();
                    typeIndex.put(rec.name(), b);
                    types.add(rec);
                    members.add(new ArrayList<>());
                } else if (!types.get(b).equals(rec)) {
                    throw BadInputException.parameter("receptor " + rec.name(), "defined twice with different parameters");
                }
                bankOf[g][r] = b;
                weight[g][r] = grp.weight(r);
                members.get(b).add(new int[] {g, r});
            }
            long d = Math.round(grp.delayMs() * invDt);
            if (d > Integer.MAX_VALUE / 4) {
                throw BadInputException.parameter("synapse group " + grp.name() + " delay", "too long: " + grp.delayMs() + " ms");
            }
            delaySteps[g] = (int) d;
            maxDelay = Math.max(maxDelay, delaySteps[g]);
            int ns = grp.siteCount();
            compartment[g] = new int[ns];
            for (int j = 0; j < ns; j++) {
                compartment[g][j] = discretization.compartmentAt(grp.site(j));
            }
            wireByTrain(g, grp);
            if (grp.stp() != null) {
                SynapseGroup.Tsodyks2 p = grp.stp();
                stp[g] = new ShortTermPlasticity(grp.connectionCount(), p.bigU(), p.tauRecMs(), p.tauFacMs());
            }
        }
        banks = new SynapseBank[types.size()];
        for (int b = 0; b < banks.length; b++) {
            int total = 0;
            for (int[] gr : members.get(b)) {
                total += groups.get(gr[0]).siteCount();
            }
            int[] node = new int[total];
            int k = 0;
            for (int[] gr : members.get(b)) {
                offset[gr[0]][gr[1]] = k;
                int[] comp = compartment[gr[0]];
                System.arraycopy(comp, 0, node, k, comp.length);
                k += comp.length;
            }
            banks[b] = new SynapseBank(types.get(b), node, dtMs);
        }
        ring = new EventRing(WINDOW + maxDelay + 2);
    }

    /** Inverts a group's site-major wiring into rows per train. */
    private void wireByTrain(int g, SynapseGroup grp) {
        int nt = grp.trainCount();
        int[] off = grp.preOffsets();
        int[] tr = grp.preTrain();
        int[] start = new int[nt + 1];
        for (int t : tr) {
            start[t + 1]++;
        }
        for (int t = 0; t < nt; t++) {
            start[t + 1] += start[t];
        }
        int[] fill = start.clone();
        int[] site = new int[tr.length];
        for (int j = 0; j + 1 < off.length; j++) {
            for (int c = off[j]; c < off[j + 1]; c++) {
                site[fill[tr[c]]++] = j;
            }
        }
        trainStart[g] = start;
        connSite[g] = site;
    }

    /** The time step [ms]. */
    public double dt() {
        return dt;
    }

    /** The compartments the sites are mapped to. */
    public Discretization discretization() {
        return discretization;
    }

    /** The groups, in order. */
    public List<SynapseGroup> groups() {
        return groups;
    }

    /** The compartment of site j of group g. */
    public int compartment(int g, int j) {
        return compartment[g][j];
    }

    /** The receptor types, one bank each, in order of first use. */
    public List<Receptor> receptorTypes() {
        return List.copyOf(types);
    }

    /** The bank of a receptor type (index into {@link #receptorTypes()}). */
    public SynapseBank bank(int b) {
        return banks[b];
    }

    /** Total number of synapses (sites × receptors, summed over groups). */
    public int synapseCount() {
        int n = 0;
        for (SynapseBank b : banks) {
            n += b.size();
        }
        return n;
    }

    /** Presynaptic spikes of the last run that reached at least one site before its end. */
    public long spikesUsed() {
        return spikes;
    }

    /** Receptor events delivered in the last run (a spike on an AMPA+NMDA site counts 2). */
    public long eventsDelivered() {
        return events;
    }

    /** The membrane mechanism that puts the synaptic currents into the cable. */
    public MembraneMechanism mechanism() {
        return mechanism;
    }

    /**
     * Records the conductance [nS] (NMDA: with the block at the compartment's voltage) of one
     * receptor at one site, sampled with the cell's voltage probes.
     *
     * @return the column of the probe in {@link #probeRecord()}
     */
    public int addConductanceProbe(String name, String group, int site, String receptor) {
        for (int g = 0; g < groups.size(); g++) {
            SynapseGroup grp = groups.get(g);
            if (!grp.name().equals(group)) {
                continue;
            }
            if (site < 0 || site >= grp.siteCount()) {
                throw BadInputException.parameter("conductance probe " + name, "site " + site + " outside 0.." + (grp.siteCount() - 1));
            }
            for (int r = 0; r < grp.receptorCount(); r++) {
                if (grp.receptor(r).name().equals(receptor)) {
                    probeNames.add(name);
                    probeTargets.add(new int[] {bankOf[g][r], offset[g][r] + site, compartment[g][site]});
                    return probeNames.size() - 1;
                }
            }
            throw BadInputException.parameter("conductance probe " + name, "group " + group + " has no receptor " + receptor);
        }
        throw BadInputException.parameter("conductance probe " + name, "no synapse group " + group);
    }

    /** Names of the conductance probes, in column order. */
    public List<String> probeNames() {
        return List.copyOf(probeNames);
    }

    /** Conductance samples of the last run (population {@code synapses}, variable {@code g}), or null without probes. */
    public TraceRecord probeRecord() {
        return probeRecord;
    }

    /**
     * Back to the initial state before a run: states, plasticity, sources, waiting events.
     *
     * @param steps number of steps the run will take (spikes acting later are not counted)
     * @param probeIntervalMs the voltage probes' sampling interval [ms]
     */
    public void reset(long steps, double probeIntervalMs) {
        for (SynapseBank b : banks) {
            b.reset();
        }
        for (ShortTermPlasticity p : stp) {
            if (p != null) {
                p.reset();
            }
        }
        for (SynapseGroup g : groups) {
            g.source().reset();
        }
        ring.clear();
        spikes = 0;
        events = 0;
        endStep = steps;
        int np = probeNames.size();
        int[] ids = new int[np];
        for (int k = 0; k < np; k++) {
            ids[k] = k;
        }
        probeRecord = np > 0 ? new TraceRecord("synapses", "g", "nS", ids, 0.0, probeIntervalMs) : null;
        probeRow = new double[np];
    }

    /** Samples the conductance probes at the current state (voltages v for NMDA's block). */
    public void sampleProbes(double[] v) {
        if (probeRecord == null) {
            return;
        }
        for (int k = 0; k < probeRow.length; k++) {
            int[] t = probeTargets.get(k);
            probeRow[k] = banks[t[0]].conductance(t[1], v[t[2]]);
        }
        probeRecord.addSample(probeRow);
    }

    /**
     * Delivers the events due at a step, before the step's currents are computed. Steps must be
     * called in order from 0 (after {@link #reset}).
     */
    public void beforeStep(long step) {
        currentStep = step;
        if (step % WINDOW == 0) {
            double from = (step - 0.5) * dt;
            double to = (step + WINDOW - 0.5) * dt;
            for (int g = 0; g < groups.size(); g++) {
                currentGroup = g;
                groups.get(g).source().emit(from, to, sink);
            }
        }
        int n = ring.count(step);
        if (n > 0) {
            final int[] b = ring.banks(step);
            final int[] syn = ring.synapses(step);
            final double[] w = ring.weights(step);
            final SynapseBank[] bk = banks;
            for (int k = 0; k < n; k++) {
                bk[b[k]].deliver(syn[k], w[k]);
            }
            events += n;
            ring.release(step);
        }
    }

    private void onSpike(int train, double tMs) {
        final int g = currentGroup;
        final int[] start = trainStart[g];
        final int c0 = start[train];
        final int c1 = start[train + 1];
        if (c0 == c1) {
            return;
        }
        long step = (long) Math.floor(tMs * invDt + 0.5) + delaySteps[g];
        if (step < currentStep) {
            step = currentStep; // a spike on the window's lower edge rounded down: never into the past
        }
        if (step < endStep) {
            spikes++;
        }
        final int[] site = connSite[g];
        final int[] bo = bankOf[g];
        final int[] off = offset[g];
        final double[] w = weight[g];
        final ShortTermPlasticity p = stp[g];
        for (int c = c0; c < c1; c++) {
            double f = p == null ? 1.0 : p.transmit(c, tMs, 1.0);
            int j = site[c];
            for (int r = 0; r < bo.length; r++) {
                ring.add(step, bo[r], off[r] + j, w[r] * f);
            }
        }
    }

    /** The banks' currents in the cable: linearised sums, then exact propagation over the step. */
    private final class Mechanism implements MembraneMechanism {
        @Override
        public String name() {
            return "synapses";
        }

        @Override
        public void init(double[] v) {
            // states are set by reset(); nothing depends on the initial voltage
        }

        /**
         * The linearised sums of the state at the step's start, and in the same pass the exact
         * propagation of that state to the step's end (the kinetics do not depend on V, so doing it
         * before the voltage solve is the same arithmetic as after it).
         */
        @Override
        public void addConductances(double[] v, double[] gSum, double[] gESum) {
            for (SynapseBank b : banks) {
                b.addLinearisedAndAdvance(v, gSum, gESum);
            }
        }

        @Override
        public void advance(double[] v, double dtMs) {
            // done in addConductances
        }
    }
}
