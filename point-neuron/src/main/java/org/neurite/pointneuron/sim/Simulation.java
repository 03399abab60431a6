package org.neurite.pointneuron.sim;

import java.util.ArrayList;
import java.util.List;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.channels.io.BadInputException;
import org.neurite.pointneuron.build.Projection;
import org.neurite.pointneuron.build.StdpState;
import org.neurite.pointneuron.build.StdpSynapse;
import org.neurite.pointneuron.model.NeuronBlock;
import org.neurite.pointneuron.model.SpikeBuffer;
import org.neurite.channels.receptor.ShortTermPlasticity;
import org.neurite.channels.receptor.SynapseBank;

/**
 * The fixed-step network simulator (NEST's scheme). A step s covers [s·dt, (s+1)·dt):
 * <ol>
 *   <li>each block's ring slot for step s is moved into its port input, then the external
 *       inputs add theirs;</li>
 *   <li>every block is updated; neurons that spike go to per-thread buffers;</li>
 *   <li>every spike of step s is delivered through the projections: a synapse of delay D ≥ 1
 *       steps adds its weight into the target's ring slot s + D (the ring has maxDelay + 1
 *       slots per port); zero-delay synapses (Brian2's default, ntwk configs) add into the
 *       port input and the block takes it at once ({@link NeuronBlock#applyInputNow}); a
 *       plastic projection (NEST's tsodyks2_synapse) first updates each synapse's u and x at
 *       the spike's time stamp and sends x·u·weight instead of the weight; an stdp projection
 *       (NEST's stdp_synapse) first updates each synapse's weight from the target's spike
 *       history (kept per target block, appended right after each block's update) and sends
 *       the new weight;</li>
 *   <li>probes sample states and receive the spikes.</li>
 * </ol>
 *
 * <p><b>Direct events.</b> The built-in models whose port input is a jump of their synapse banks
 * at the end of the step ({@link NeuronBlock#eventBanks()}) take every event straight into the
 * banks when all their inputs can follow ({@link StepInput.Writes}): right after a block's
 * update of step s its ring slot s and its event inputs are added to the banks, and zero-delay
 * spikes go into them as they are delivered — the same jumps in the same order, without the port
 * input arrays, which the update loops then do not read (a block switches with
 * {@link NeuronBlock#takeEventsDirectly()}). Events that meet in one step are added one after the
 * other instead of summed first, which can change the last bit of a conductance.
 *
 * <p><b>Threads and determinism.</b> Each thread owns a fixed contiguous range of every block and
 * is the only one to touch those neurons, their ring slots and inputs. Threads meet at one barrier
 * per slice of L steps, L the smallest delay in steps (NEST's min-delay communication; L = 1 when
 * there are zero-delay synapses): a spike of step s in a slice arrives at s + D ≥ the next slice,
 * so the neurons can be updated L steps before any spike is delivered. After the barrier each
 * thread reads every spike of the slice in the canonical order (step, projection, source index:
 * the per-thread buffers in thread order) and applies those whose targets are in its own ranges
 * (rows are sorted by target, so it binary-searches its part). Every sum into a target is thus
 * made in the same order for any number of threads (and any L), and inputs draw from per-neuron
 * streams: the same seed gives the same spikes for 1 and N threads. Spike buffers are
 * double-buffered by slice parity and multimeter rows kept for three slices, so one barrier per
 * slice suffices; no allocation happens per step.
 */
public final class Simulation {
    private final double dt;
    private final List<Population> pops;
    private final NeuronBlock[] blocks;
    private final int nBlocks;
    private final Projection[] projections;
    private final StepInput[][] inputs; // per block, applied before the update
    private final StepInput[][] lateInputs; // per block, applied after the update (event inputs of direct blocks)
    private final Probe[] probes;
    private final int threads;
    private final int[][] lo; // [block][thread]
    private final int[][] hi;
    private final int ringSize; // maxDelay + 1
    private final double[][][] ring; // [block][port][slot*n + i]
    private final boolean[] zeroDelayTarget; // per block: zero-delay input through portInput + applyInputNow
    private final SynapseBank[][] directBanks; // per block: the port banks when every event goes straight in, else null
    private final boolean[] delayedTarget; // per block: some projection with delay >= 1 targets it
    private final boolean[][][] dirty; // [block][thread][slot]: the ring slot holds something
    private final SpikeBuffer[][][][] buffers; // [slice parity][step in slice][block][thread]
    private final int slice; // steps between synchronisations: the smallest delay (1 with zero-delay synapses)
    private final boolean sampleAfterDelivery; // slice 1: probes see the zero-delay jumps of their step
    private long sliceCount;
    private final int[] stampOffset;
    private long step;
    private static final int MAX_SLICE = 64;
    private long spikeTotal;
    private final long[] spikeCount; // per block
    private final PostSpikeHistory[] history; // per block: postsynaptic spikes for stdp synapses, or null
    private final WeightRecorder[] weightTap; // per projection: the weight recorder of its pathway, or null
    private final int[] weightSlot; // per projection: its slot in that recorder

    /**
     * @param dtMs the step [ms]
     * @param populations the blocks, in index order
     * @param projections the connections (delivered in this order)
     * @param inputs external inputs
     * @param probes recorders
     * @param threads number of threads, ≥ 1
     */
    public Simulation(double dtMs, List<Population> populations, List<Projection> projections, List<StepInput> inputs,
                      List<Probe> probes, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.dt = dtMs;
        this.pops = List.copyOf(populations);
        this.nBlocks = pops.size();
        this.blocks = new NeuronBlock[nBlocks];
        for (int b = 0; b < nBlocks; b++) {
            if (pops.get(b).index() != b) {
                throw new IllegalArgumentException("population " + pops.get(b).name() + " has index " + pops.get(b).index() + ", expected " + b);
            }
            blocks[b] = pops.get(b).block();
        }
        this.projections = projections.toArray(new Projection[0]);
        this.threads = threads;
        int maxDelay = 1;
        zeroDelayTarget = new boolean[nBlocks];
        delayedTarget = new boolean[nBlocks];
        directBanks = new SynapseBank[nBlocks][];
        for (Projection p : this.projections) {
            if (p.size() > 0) {
                maxDelay = Math.max(maxDelay, p.maxDelay());
                if (p.minDelay() == 0) {
                    zeroDelayTarget[p.postBlock()] = true;
                }
                if (p.maxDelay() > 0) {
                    delayedTarget[p.postBlock()] = true;
                }
            }
        }
        List<List<StepInput>> per = new ArrayList<>();
        for (int b = 0; b < nBlocks; b++) {
            per.add(new ArrayList<>());
        }
        for (StepInput in : inputs) {
            per.get(in.block()).add(in);
            in.prepare(threads);
        }
        this.inputs = new StepInput[nBlocks][];
        this.lateInputs = new StepInput[nBlocks][];
        for (int b = 0; b < nBlocks; b++) {
            // Direct events: a block whose port input is a jump of its banks at the end of the step
            // gets every event straight into the banks after its update (ring slots, event inputs,
            // zero-delay spikes) when all its inputs can follow; its update loop then reads no
            // port input at all.
            boolean direct = blocks[b].eventBanks() != null;
            for (StepInput in : per.get(b)) {
                direct &= in.writes() != StepInput.Writes.PORT_INPUT;
            }
            List<StepInput> early = new ArrayList<>();
            List<StepInput> late = new ArrayList<>();
            if (direct) {
                blocks[b].takeEventsDirectly();
                directBanks[b] = blocks[b].eventBanks();
                zeroDelayTarget[b] = false;
                for (StepInput in : per.get(b)) {
                    if (in.writes() == StepInput.Writes.EVENTS) {
                        in.deliverInto(directBanks[b]);
                        late.add(in);
                    } else {
                        early.add(in);
                    }
                }
            } else {
                early.addAll(per.get(b));
            }
            this.inputs[b] = early.toArray(new StepInput[0]);
            this.lateInputs[b] = late.toArray(new StepInput[0]);
        }
        this.ringSize = maxDelay + 1;
        dirty = new boolean[nBlocks][threads][ringSize];
        ring = new double[nBlocks][][];
        lo = new int[nBlocks][threads];
        hi = new int[nBlocks][threads];
        stampOffset = new int[nBlocks];
        for (int b = 0; b < nBlocks; b++) {
            int n = blocks[b].size();
            int np = blocks[b].portNames().size();
            ring[b] = new double[np][(long) n * ringSize > Integer.MAX_VALUE ? fail(b) : n * ringSize];
            for (int t = 0; t < threads; t++) {
                lo[b][t] = (int) ((long) n * t / threads);
                hi[b][t] = (int) ((long) n * (t + 1) / threads);
            }
            stampOffset[b] = blocks[b].spikeStampOffset();
        }
        this.probes = probes.toArray(new Probe[0]);
        int minDelay = MAX_SLICE;
        for (Projection p : this.projections) {
            if (p.size() > 0) {
                minDelay = Math.min(minDelay, p.minDelay());
            }
        }
        slice = Math.max(1, minDelay);
        sampleAfterDelivery = slice == 1;
        buffers = new SpikeBuffer[2][slice][nBlocks][threads];
        for (int par = 0; par < 2; par++) {
            for (int j = 0; j < slice; j++) {
                for (int b = 0; b < nBlocks; b++) {
                    for (int t = 0; t < threads; t++) {
                        buffers[par][j][b][t] = new SpikeBuffer();
                    }
                }
            }
        }
        for (Probe p : this.probes) {
            p.prepare(3 * slice);
        }
        spikeCount = new long[nBlocks];
        weightTap = new WeightRecorder[this.projections.length];
        weightSlot = new int[this.projections.length];
        history = new PostSpikeHistory[nBlocks];
        String[] tauMinusFrom = new String[nBlocks];
        for (Projection p : this.projections) {
            StdpState st = p.stdp();
            if (st == null) {
                continue;
            }
            int b = p.postBlock();
            double tauMinus = st.rule().tauMinusMs();
            if (history[b] == null) {
                // a query at a spike of step s asks for K- at s + 1 - D >= (newest stamp) - slice - maxDelay
                history[b] = new PostSpikeHistory(blocks[b].size(), dt, tauMinus, slice + maxDelay + 1L);
                tauMinusFrom[b] = p.pathway();
            } else if (history[b].tauMinusMs() != tauMinus) {
                throw BadInputException.parameter(StdpSynapse.NAME + " tau_minus", "the stdp pathways " + tauMinusFrom[b] + " ("
                        + history[b].tauMinusMs() + " ms) and " + p.pathway() + " (" + tauMinus + " ms) target the same group "
                        + pops.get(b).name() + ", whose neurons keep one postsynaptic trace: give them the same tau_minus");
            }
            history[b].addSynapses(p.targets());
        }
    }

    /**
     * Makes a weight recorder record every transmission through its projections (stdp or
     * tsodyks2 ones of this simulation); call before the first step.
     *
     * @throws IllegalArgumentException if a projection is static, not in this simulation, or
     *         already recorded
     */
    public void recordWeights(WeightRecorder r) {
        if (step != 0) {
            throw new IllegalStateException("weight recorders are attached before the first step");
        }
        r.prepare(threads);
        for (Projection p : r.projections()) {
            int pi = java.util.Arrays.asList(projections).indexOf(p);
            if (pi < 0 || p.synapseModel() == null || weightTap[pi] != null) {
                throw new IllegalArgumentException("projection " + p.pathway() + " cannot be recorded by " + r.name()
                        + (pi < 0 ? " (not in this simulation)" : p.synapseModel() == null ? " (static)" : " (already recorded)"));
            }
            weightTap[pi] = r;
            weightSlot[pi] = r.slotOf(p);
        }
    }

    private static int fail(int b) {
        throw new IllegalArgumentException("ring buffer of block " + b + " is too large");
    }

    /** The step [ms]. */
    public double dtMs() {
        return dt;
    }

    /** Index of the next step to simulate. */
    public long step() {
        return step;
    }

    /** Simulated time [ms]. */
    public double timeMs() {
        return step * dt;
    }

    /** The populations. */
    public List<Population> populations() {
        return pops;
    }

    /** Spikes so far, all blocks. */
    public long spikeTotal() {
        return spikeTotal;
    }

    /** Spikes so far of block b. */
    public long spikeCount(int b) {
        return spikeCount[b];
    }

    /** Number of ring slots (largest delay in steps + 1). */
    public int ringSize() {
        return ringSize;
    }

    /**
     * Simulates {@code steps} more steps.
     *
     * @param steps number of steps
     * @param progress told the steps done (from one thread, about 200 times per run)
     */
    public void run(long steps, ProgressListener progress) {
        final long s0 = step;
        final long s1 = step + steps;
        final long k0 = sliceCount;
        if (threads == 1) {
            loop(0, s0, s1, k0, null, progress);
        } else {
            SpinBarrier barrier = new SpinBarrier(threads);
            Thread[] workers = new Thread[threads - 1];
            Throwable[] failure = new Throwable[threads];
            for (int t = 1; t < threads; t++) {
                final int tt = t;
                workers[t - 1] = new Thread(() -> {
                    try {
                        loop(tt, s0, s1, k0, barrier, ProgressListener.NONE);
                    } catch (Throwable e) {
                        failure[tt] = e;
                        barrier.breakBarrier();
                    }
                }, "neurite-sim-" + t);
                workers[t - 1].setDaemon(true);
                workers[t - 1].start();
            }
            try {
                loop(0, s0, s1, k0, barrier, progress);
            } catch (Throwable e) {
                failure[0] = e;
                barrier.breakBarrier();
            }
            for (Thread w : workers) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            for (Throwable f : failure) {
                if (f != null) {
                    if (f instanceof RuntimeException re && !(f instanceof IllegalStateException && threads > 1 && f.getMessage() != null
                            && f.getMessage().startsWith("another simulation thread"))) {
                        throw re;
                    }
                    if (f instanceof Error er) {
                        throw er;
                    }
                }
            }
            for (Throwable f : failure) {
                if (f != null) {
                    throw new IllegalStateException(f);
                }
            }
        }
        if (steps > 0) {
            long lastStart = s0 + (steps - 1) / slice * slice;
            for (long s = lastStart; s < s1; s++) {
                for (Probe p : probes) {
                    p.commit(s);
                }
            }
            sliceCount += (steps + slice - 1) / slice;
        }
        step = s1;
    }

    private void loop(int t, long s0, long s1, long k0, SpinBarrier barrier, ProgressListener progress) {
        final long every = Math.max(1, (s1 - s0) / 200);
        long nextReport = s0 + every;
        long k = k0;
        for (long start = s0; start < s1; start += slice, k++) {
            final int len = (int) Math.min(slice, s1 - start);
            final SpikeBuffer[][][] bufs = buffers[(int) (k & 1)];
            for (int j = 0; j < len; j++) {
                final long s = start + j;
                final int slot = (int) (s % ringSize);
                for (int b = 0; b < nBlocks; b++) {
                    final int from = lo[b][t];
                    final int to = hi[b][t];
                    final SynapseBank[] direct = directBanks[b];
                    if (direct == null && delayedTarget[b] && dirty[b][t][slot]) {
                        drain(b, slot, from, to);
                        dirty[b][t][slot] = false;
                    }
                    for (StepInput in : inputs[b]) {
                        in.apply(s, from, to, t);
                    }
                    SpikeBuffer sb = bufs[j][b][t];
                    sb.clear();
                    blocks[b].update(s, from, to, sb);
                    if (history[b] != null) {
                        history[b].record(sb, s + stampOffset[b]);
                    }
                    if (direct != null) {
                        if (delayedTarget[b] && dirty[b][t][slot]) {
                            drainInto(direct, b, slot, from, to);
                            dirty[b][t][slot] = false;
                        }
                        for (StepInput in : lateInputs[b]) {
                            in.apply(s, from, to, t);
                        }
                    }
                }
                if (!sampleAfterDelivery) {
                    sample(s, t);
                }
            }
            if (barrier != null) {
                barrier.await(t);
            }
            for (int j = 0; j < len; j++) {
                final long s = start + j;
                for (int pi = 0; pi < projections.length; pi++) {
                    deliver(projections[pi], pi, s, bufs[j][projections[pi].preBlock()], t);
                }
                for (int b = 0; b < nBlocks; b++) {
                    if (zeroDelayTarget[b]) {
                        blocks[b].applyInputNow(lo[b][t], hi[b][t]);
                    }
                }
                if (sampleAfterDelivery) {
                    sample(s, t);
                }
            }
            if (t == 0) {
                for (int j = 0; j < len; j++) {
                    final long s = start + j;
                    for (int b = 0; b < nBlocks; b++) {
                        SpikeBuffer[] perThread = bufs[j][b];
                        int c = 0;
                        for (SpikeBuffer x : perThread) {
                            c += x.size();
                        }
                        spikeCount[b] += c;
                        spikeTotal += c;
                        for (Probe pr : probes) {
                            pr.spikes(s, b, perThread);
                        }
                    }
                }
                if (start > s0) {
                    for (long s = start - slice; s < start; s++) {
                        for (Probe pr : probes) {
                            pr.commit(s);
                        }
                    }
                }
                long done = start + len;
                if (done >= nextReport || done == s1) {
                    progress.progress(done - s0, s1 - s0);
                    nextReport = done + every;
                }
            }
        }
        if (barrier != null) {
            barrier.await(t); // every thread has sampled the last slice before it is committed
        }
    }

    private void sample(long s, int t) {
        for (Probe pr : probes) {
            for (int b = 0; b < nBlocks; b++) {
                pr.sample(s, b, lo[b][t], hi[b][t]);
            }
        }
    }

    private void drain(int b, int slot, int from, int to) {
        double[][] r = ring[b];
        double[][] in = blocks[b].portInput();
        int n = blocks[b].size();
        int off = slot * n;
        for (int p = 0; p < r.length; p++) {
            double[] rp = r[p];
            double[] ip = in[p];
            for (int i = from; i < to; i++) {
                ip[i] += rp[off + i];
                rp[off + i] = 0.0;
            }
        }
    }

    /** Adds ring slot {@code slot} of block b straight into its banks (direct events) and clears it. */
    private void drainInto(SynapseBank[] banks, int b, int slot, int from, int to) {
        double[][] r = ring[b];
        int off = slot * blocks[b].size();
        for (int p = 0; p < r.length; p++) {
            final double[] rp = r[p];
            final SynapseBank bank = banks[p];
            for (int i = from; i < to; i++) {
                double w = rp[off + i];
                if (w != 0.0) {
                    bank.deliver(i, w);
                    rp[off + i] = 0.0;
                }
            }
        }
    }

    /** Delivers the spikes of step s through projection p to this thread's targets. */
    private void deliver(Projection p, int pi, long s, SpikeBuffer[] bufs, int t) {
        if (p.size() == 0) {
            return;
        }
        final int b = p.postBlock();
        final int from = lo[b][t];
        final int to = hi[b][t];
        if (from >= to) {
            return;
        }
        if (p.plasticity() != null) {
            deliverPlastic(p, pi, s, bufs, t, from, to);
            return;
        }
        if (p.stdp() != null) {
            deliverStdp(p, pi, s, bufs, t, from, to);
            return;
        }
        final boolean whole = threads == 1;
        final int[] tgt = p.targets();
        final float[] w = p.weights();
        final short[] d = p.delays();
        final byte[] port = p.ports();
        final int n = blocks[b].size();
        final double[][] rb = ring[b];
        final double[][] now = blocks[b].portInput();
        final int base = (int) (s % ringSize);
        final boolean simple = w == null && d == null && port == null;
        final double cw = p.constantWeight();
        final int cd = p.constantDelay();
        final int cp = p.constantPort();
        final SynapseBank[] direct = directBanks[b];
        final boolean[] dirtySlots = dirty[b][t];
        final double[] simpleTarget;
        final int simpleOff;
        final SynapseBank simpleBank;
        if (cd == 0) {
            simpleTarget = now[cp];
            simpleOff = 0;
            simpleBank = direct != null ? direct[cp] : null;
        } else {
            simpleTarget = rb[cp];
            int sl = base + cd;
            sl = sl >= ringSize ? sl - ringSize : sl;
            simpleOff = sl * n;
            simpleBank = null;
            if (simple) {
                dirtySlots[sl] = true;
            }
        }
        for (SpikeBuffer sb : bufs) {
            final int m = sb.size();
            for (int q = 0; q < m; q++) {
                final int i = sb.get(q);
                int a = p.rowStart(i);
                int e = p.rowEnd(i);
                if (a == e) {
                    continue;
                }
                if (!whole) {
                    a = lowerBound(tgt, a, e, from);
                    e = lowerBound(tgt, a, e, to);
                }
                if (simple) {
                    if (simpleBank != null) {
                        for (int k = a; k < e; k++) {
                            simpleBank.deliver(tgt[k], cw);
                        }
                    } else {
                        for (int k = a; k < e; k++) {
                            simpleTarget[simpleOff + tgt[k]] += cw;
                        }
                    }
                } else {
                    for (int k = a; k < e; k++) {
                        int dk = d == null ? cd : d[k];
                        int pk = port == null ? cp : port[k];
                        double wk = w == null ? cw : w[k];
                        if (dk == 0) {
                            if (direct != null) {
                                direct[pk].deliver(tgt[k], wk);
                            } else {
                                now[pk][tgt[k]] += wk;
                            }
                        } else {
                            int sl = base + dk;
                            if (sl >= ringSize) {
                                sl -= ringSize;
                            }
                            rb[pk][sl * n + tgt[k]] += wk;
                            dirtySlots[sl] = true;
                        }
                    }
                }
            }
        }
    }

    /**
     * Delivers the spikes of step s through a plastic projection to targets [from, to): each
     * synapse's short-term plasticity state is updated at the spike's time stamp (as NEST's
     * tsodyks2_synapse does when it sends a spike: the stamp, not the arrival time) and its event
     * carries x·u·weight, after its own delay. A synapse belongs to the thread that owns its
     * target, so its state is touched by one thread only, spike after spike in time order.
     */
    private void deliverPlastic(Projection p, int pi, long s, SpikeBuffer[] bufs, int t, int from, int to) {
        final int b = p.postBlock();
        final ShortTermPlasticity stp = p.plasticity();
        final double tSpike = spikeTimeMs(p.preBlock(), s);
        final boolean whole = threads == 1;
        final int[] tgt = p.targets();
        final float[] w = p.weights();
        final short[] d = p.delays();
        final byte[] port = p.ports();
        final int n = blocks[b].size();
        final double[][] rb = ring[b];
        final double[][] now = blocks[b].portInput();
        final int base = (int) (s % ringSize);
        final double cw = p.constantWeight();
        final int cd = p.constantDelay();
        final int cp = p.constantPort();
        final SynapseBank[] direct = directBanks[b];
        final boolean[] dirtySlots = dirty[b][t];
        final WeightRecorder tap = weightTap[pi];
        final int slot = weightSlot[pi];
        final boolean[] srcRec = tap == null ? null : tap.sourceMask(slot);
        final boolean[] tgtRec = tap == null ? null : tap.targetMask(slot);
        for (SpikeBuffer sb : bufs) {
            final int m = sb.size();
            for (int q = 0; q < m; q++) {
                final int i = sb.get(q);
                int a = p.rowStart(i);
                int e = p.rowEnd(i);
                if (!whole && a < e) {
                    a = lowerBound(tgt, a, e, from);
                    e = lowerBound(tgt, a, e, to);
                }
                final int mult = multiplicity(sb, q, m);
                q += mult - 1;
                final boolean rec = tap != null && (srcRec == null || srcRec[i]);
                for (int k = a; k < e; k++) {
                    final double wk = mult * stp.transmit(k, tSpike, w == null ? cw : w[k]);
                    if (rec && (tgtRec == null || tgtRec[tgt[k]])) {
                        tap.add(t, s, slot, i, k, wk / mult);
                    }
                    final int dk = d == null ? cd : d[k];
                    final int pk = port == null ? cp : port[k];
                    if (dk == 0) {
                        if (direct != null) {
                            direct[pk].deliver(tgt[k], wk);
                        } else {
                            now[pk][tgt[k]] += wk;
                        }
                    } else {
                        int sl = base + dk;
                        if (sl >= ringSize) {
                            sl -= ringSize;
                        }
                        rb[pk][sl * n + tgt[k]] += wk;
                        dirtySlots[sl] = true;
                    }
                }
            }
        }
    }

    /**
     * Delivers the spikes of step s through an stdp projection to targets [from, to): each
     * synapse's weight is updated as {@link StdpSynapse} describes — potentiation by the target's
     * spikes stamped in (t_last − D, t − D], depression by its trace K⁻ at t − D, D the synapse's
     * delay, t the presynaptic stamp (times in whole steps, so "at exactly t − D" is exact) — and
     * the event carries the new weight (through the port's gain and offset). The postsynaptic
     * spikes up to t − D are all known: they were stamped at least one slice earlier (D ≥ slice),
     * or, without delay, in this step before its delivery. A synapse belongs to the thread that
     * owns its target, like the target's history, so both are touched by one thread only.
     */
    private void deliverStdp(Projection p, int pi, long s, SpikeBuffer[] bufs, int t, int from, int to) {
        final int b = p.postBlock();
        final StdpState st = p.stdp();
        final StdpSynapse rule = st.rule();
        final double[] weight = st.weights();
        final double[] kPlus = st.kPlus();
        final long[] lastStep = st.lastSpikeSteps();
        final double gain = st.gain();
        final double offset = st.offset();
        final double tauPlus = rule.tauPlusMs();
        final PostSpikeHistory hist = history[b];
        final long stamp = s + stampOffset[p.preBlock()];
        final boolean whole = threads == 1;
        final int[] tgt = p.targets();
        final short[] d = p.delays();
        final int n = blocks[b].size();
        final double[][] rb = ring[b];
        final double[][] now = blocks[b].portInput();
        final int base = (int) (s % ringSize);
        final int cd = p.constantDelay();
        final int pk = p.constantPort();
        final SynapseBank[] direct = directBanks[b];
        final boolean[] dirtySlots = dirty[b][t];
        final WeightRecorder tap = weightTap[pi];
        final int slot = weightSlot[pi];
        final boolean[] srcRec = tap == null ? null : tap.sourceMask(slot);
        final boolean[] tgtRec = tap == null ? null : tap.targetMask(slot);
        for (SpikeBuffer sb : bufs) {
            final int m = sb.size();
            for (int q = 0; q < m; q++) {
                final int i = sb.get(q);
                int a = p.rowStart(i);
                int e = p.rowEnd(i);
                if (!whole && a < e) {
                    a = lowerBound(tgt, a, e, from);
                    e = lowerBound(tgt, a, e, to);
                }
                final int mult = multiplicity(sb, q, m);
                q += mult - 1;
                final boolean rec = tap != null && (srcRec == null || srcRec[i]);
                for (int k = a; k < e; k++) {
                    final int dk = d == null ? cd : d[k];
                    final int target = tgt[k];
                    final long last = lastStep[k];
                    double w = hist.potentiate(rule, target, weight[k], kPlus[k], last, stamp, dk, tauPlus);
                    w = rule.depress(w, hist.kMinusAt(target, stamp - dk));
                    weight[k] = w;
                    kPlus[k] = kPlus[k] * Math.exp((last - stamp) * dt / tauPlus) + 1.0;
                    lastStep[k] = stamp;
                    if (rec && (tgtRec == null || tgtRec[target])) {
                        tap.add(t, s, slot, i, k, w);
                    }
                    final double value = mult * (gain * w + offset);
                    if (dk == 0) {
                        if (direct != null) {
                            direct[pk].deliver(target, value);
                        } else {
                            now[pk][target] += value;
                        }
                    } else {
                        int sl = base + dk;
                        if (sl >= ringSize) {
                            sl -= ringSize;
                        }
                        rb[pk][sl * n + target] += value;
                        dirtySlots[sl] = true;
                    }
                }
            }
        }
    }

    /**
     * How many times the neuron at position q of a step's spike buffer spiked in that step: a
     * neuron's spikes of one step sit together (a parrot_neuron relaying k events writes k
     * entries). A plastic synapse treats them as NEST treats one spike event of multiplicity k:
     * one plasticity update, k times the transmitted amount.
     */
    private static int multiplicity(SpikeBuffer sb, int q, int m) {
        final int i = sb.get(q);
        int r = q + 1;
        while (r < m && sb.get(r) == i) {
            r++;
        }
        return r - q;
    }

    /** The postsynaptic spike history of block b (stdp targets), or null. */
    PostSpikeHistory history(int b) {
        return history[b];
    }

    /** First k in [a, e) with a[k] ≥ x (targets are sorted within a row). */
    private static int lowerBound(int[] v, int a, int e, int x) {
        int l = a;
        int h = e;
        while (l < h) {
            int mid = (l + h) >>> 1;
            if (v[mid] < x) {
                l = mid + 1;
            } else {
                h = mid;
            }
        }
        return l;
    }

    /** Spike time [ms] of a neuron of block b that spiked in step s. */
    public double spikeTimeMs(int b, long s) {
        return (s + stampOffset[b]) * dt;
    }
}
