package org.neurite.pointneuron.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.apache.commons.rng.UniformRandomProvider;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.rng.RandomStreams;

/**
 * Turns a {@link ConnectionSpec} into {@link Projection}s (one per pair of source and target
 * blocks it touches): runs the rule, draws weights and delays in pair order from the pathway's
 * own streams ("weights:" and "delays:" + pathway), rounds delays to whole steps (an error below
 * one step, except exactly 0 where the target model takes zero-delay input), maps signed weights
 * to ports, and sorts the synapses into rows by source with targets increasing.
 */
public final class ConnectionBuilder {
    private final NodeMap nodes;
    private final double dt;
    private final RandomStreams streams;
    private final IntFunction<PortMap> ports;
    private final IntPredicate zeroDelayOk;

    /**
     * @param nodes the population's block map
     * @param dtMs simulation step [ms]
     * @param streams random streams
     * @param portsForReceptor gives the port map of a target block for the spec's receptor
     * @param zeroDelayOk whether target block b takes zero-delay input
     */
    public ConnectionBuilder(NodeMap nodes, double dtMs, RandomStreams streams, IntFunction<PortMap> portsForReceptor,
                             IntPredicate zeroDelayOk) {
        this.nodes = nodes;
        this.dt = dtMs;
        this.streams = streams;
        this.ports = portsForReceptor;
        this.zeroDelayOk = zeroDelayOk;
    }

    /** Connects; the result is ordered by (source block, target block). */
    public List<Projection> build(ConnectionSpec spec) {
        String where = "connection " + spec.pathway();
        if (spec.delay().isConstant()) {
            boolean zeroOk = true;
            int[] post = spec.post().ids();
            for (int k = 0; k < post.length && zeroOk; k++) {
                zeroOk = zeroDelayOk.test(nodes.block(post[k]));
            }
            steps(spec.delay().sample(null), where, zeroOk);
        } else if (!(spec.delay().lowerBound() >= dt * (1 - 1e-9))) {
            throw BadInputException.parameter(where + " delay", "the distribution can give delays below one step (dt = " + dt
                    + " ms): give it a minimum (\"min\" for normal) of at least dt");
        }
        int[] preIds = spec.pre().ids();
        int[] postIds = spec.post().ids();
        RuleContext ctx = new RuleContext(spec.pathway(), preIds, postIds, spec.autapses(), spec.multapses(),
                spec.ruleParameters(), spec.options(), spec.prePositions(), spec.postPositions(), streams);
        PairList pairs = new PairList();
        spec.rule().connect(ctx, pairs);
        int n = pairs.size();

        // group pair indices by (pre block, post block)
        Map<Long, int[]> counts = new LinkedHashMap<>();
        int[] key = new int[n];
        List<Long> keys = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            long kk = (long) nodes.block(preIds[pairs.pre(k)]) * 1_000_003L + nodes.block(postIds[pairs.post(k)]);
            int[] c = counts.get(kk);
            if (c == null) {
                c = new int[] {keys.size(), 0};
                counts.put(kk, c);
                keys.add(kk);
            }
            c[1]++;
            key[k] = c[0];
        }
        List<Projection> out = new ArrayList<>();
        List<Long> sorted = new ArrayList<>(keys);
        sorted.sort(null);
        for (long kk : sorted) {
            int slot = counts.get(kk)[0];
            int m = counts.get(kk)[1];
            int[] idx = new int[m];
            int q = 0;
            for (int k = 0; k < n; k++) {
                if (key[k] == slot) {
                    idx[q++] = k;
                }
            }
            out.add(project(spec, preIds, postIds, pairs, idx, (int) (kk / 1_000_003L), (int) (kk % 1_000_003L)));
        }
        return out;
    }

    private Projection project(ConnectionSpec spec, int[] preIds, int[] postIds, PairList pairs, int[] idx,
                               int preBlock, int postBlock) {
        int m = idx.length;
        int nPre = nodes.blockSize(preBlock);
        int nPost = nodes.blockSize(postBlock);
        int[] src = new int[m];
        int[] tgt = new int[m];
        for (int q = 0; q < m; q++) {
            src[q] = nodes.local(preIds[pairs.pre(idx[q])]);
            tgt[q] = nodes.local(postIds[pairs.post(idx[q])]);
        }
        int sign = nodes.type(preBlock);
        PortMap pm = ports.apply(postBlock);
        String where = "connection " + spec.pathway();

        // weights → (port, value) in pair order
        Distribution wd = spec.weight();
        double[] value = null;
        int[] port = null;
        double constValue = 0;
        int constPort = 0;
        StdpSynapse stdp = spec.plasticity() instanceof StdpSynapse r ? r.withWMax(signed(r.wMax(), sign)) : null;
        double[] plastic = stdp == null ? null : new double[m]; // stdp weights, signed, in pair order
        if (wd.isConstant()) {
            double w = signed(wd.sample(null), sign);
            constPort = checkPort(pm.port(w), where);
            constValue = pm.value(w);
            if (stdp != null) {
                StdpSynapse.checkWeight(w, stdp.wMax(), where);
                java.util.Arrays.fill(plastic, w);
            }
        } else {
            UniformRandomProvider rng = streams.stream("weights:" + spec.pathway(), preBlock, postBlock);
            value = new double[m];
            port = new int[m];
            boolean onePort = true;
            for (int q = 0; q < m; q++) {
                double w = signed(wd.sample(rng), sign);
                port[q] = checkPort(pm.port(w), where);
                value[q] = pm.value(w);
                onePort &= port[q] == port[0];
                if (stdp != null) {
                    StdpSynapse.checkWeight(w, stdp.wMax(), where);
                    plastic[q] = w;
                }
            }
            if (onePort) {
                constPort = m > 0 ? port[0] : 0;
                port = null;
            }
        }
        double[] valueMap = null; // stdp: port value = gain·w + offset
        if (stdp != null) {
            // the weight changes but keeps the sign of Wmax: every event goes to Wmax's port
            constPort = checkPort(pm.port(stdp.wMax()), where);
            port = null;
            valueMap = linearValue(pm, stdp.wMax(), where, stdp.name());
        } else if (spec.plasticity() instanceof Tsodyks2Synapse && linearValue(pm, sign, where, spec.plasticity().name())[1] != 0.0) {
            throw BadInputException.parameter(where + " synapse_model", "tsodyks2_synapse scales event weights, but the target"
                    + " counts events whatever their weight (parrot_neuron)");
        }

        // delays → steps
        Distribution dd = spec.delay();
        int[] delay = null;
        int constDelay;
        boolean zeroOk = zeroDelayOk.test(postBlock);
        if (dd.isConstant()) {
            constDelay = steps(dd.sample(null), where, zeroOk);
        } else {
            UniformRandomProvider rng = streams.stream("delays:" + spec.pathway(), preBlock, postBlock);
            delay = new int[m];
            constDelay = 1;
            for (int q = 0; q < m; q++) {
                delay[q] = steps(dd.sample(rng), where, false);
            }
        }

        // stable counting sort by target, then by source: rows by source, targets increasing
        int[] order = countingSort(tgt, nPost, identity(m));
        order = countingSort(src, nPre, order);
        int[] rowStart = new int[nPre + 1];
        for (int q = 0; q < m; q++) {
            rowStart[src[q] + 1]++;
        }
        for (int i = 0; i < nPre; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        int[] target = new int[m];
        float[] w = value == null ? null : new float[m];
        short[] d = delay == null ? null : new short[m];
        byte[] p = port == null ? null : new byte[m];
        double[] pw = plastic == null ? null : new double[m];
        for (int r = 0; r < m; r++) {
            int q = order[r];
            if (pw != null) {
                pw[r] = plastic[q];
            }
            target[r] = tgt[q];
            if (w != null) {
                w[r] = (float) value[q];
            }
            if (d != null) {
                d[r] = (short) delay[q];
            }
            if (p != null) {
                p[r] = (byte) port[q];
            }
        }
        return new Projection(spec.pathway(), preBlock, postBlock, rowStart, target, w, constValue, d, constDelay, p, constPort,
                stdp != null ? stdp : spec.plasticity(), stdp == null ? null : new StdpState(stdp, pw, valueMap[0], valueMap[1]));
    }

    /**
     * The port value of a weight of the sign of {@code probe} as gain·w + offset, read off the port
     * map at probe and probe/2 and checked at probe/4 (NEST's rules are linear for a fixed sign;
     * a parrot_neuron counts events: gain 0, offset 1).
     */
    private static double[] linearValue(PortMap pm, double probe, String where, String model) {
        double v1 = pm.value(probe);
        double v2 = pm.value(probe / 2);
        double gain = (v1 - v2) / (probe / 2);
        double offset = v1 - gain * probe;
        double v4 = pm.value(probe / 4);
        if (Math.abs(v4 - (offset + gain * probe / 4)) > 1e-12 * (Math.abs(v1) + 1) || pm.port(probe) != pm.port(probe / 2)) {
            throw BadInputException.parameter(where + " synapse_model", model + " needs a target port whose input is linear in"
                    + " the weight");
        }
        return new double[] {gain, offset};
    }

    private static double signed(double w, int sign) {
        return sign < 0 ? -Math.abs(w) : w;
    }

    private static int checkPort(int p, String where) {
        if (p < 0 || p > Byte.MAX_VALUE) {
            throw BadInputException.parameter(where + " receptor", "the target model has no port for this weight; name a receptor");
        }
        return p;
    }

    /** Delay [ms] → whole steps; below one step is an error except exactly 0 where allowed. */
    int steps(double delayMs, String where, boolean zeroOk) {
        if (delayMs == 0.0 && zeroOk) {
            return 0;
        }
        long s = Math.round(delayMs / dt);
        if (!(delayMs >= dt * (1 - 1e-9)) || s < 1) {
            throw BadInputException.parameter(where + " delay", "must be at least one step (dt = " + dt + " ms), got " + delayMs
                    + " ms" + (zeroOk ? " (0 means no delay, Brian2's default)" : ""));
        }
        if (s > Short.MAX_VALUE) {
            throw BadInputException.parameter(where + " delay", "must be below " + Short.MAX_VALUE + " steps, got " + delayMs + " ms");
        }
        return (int) s;
    }

    private static int[] identity(int m) {
        int[] a = new int[m];
        for (int i = 0; i < m; i++) {
            a[i] = i;
        }
        return a;
    }

    /** Reorders {@code order} stably by key[order[r]] in 0 … n−1. */
    private static int[] countingSort(int[] key, int n, int[] order) {
        int[] start = new int[n + 1];
        for (int q : order) {
            start[key[q] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] out = new int[order.length];
        for (int q : order) {
            out[start[key[q]]++] = q;
        }
        return out;
    }
}
