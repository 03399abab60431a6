package org.neurite.pointneuron.sim;

import java.util.Arrays;
import org.neurite.pointneuron.build.StdpSynapse;
import org.neurite.pointneuron.model.SpikeBuffer;

/**
 * The postsynaptic spikes of one block that its stdp synapses read (NEST's archiving node): per
 * neuron a ring of (time stamp [steps], K⁻ just after the spike, number of synapses that have read
 * the entry for potentiation), in primitive arrays that grow by doubling — no object per spike.
 * K⁻ after a spike is K⁻·exp(−(t − t_prev)/τ⁻) + 1, so K⁻(t) is a sum of exp(−(t − t_post)/τ⁻)
 * over the earlier spikes. An entry is dropped when every stdp synapse into the neuron has read it
 * and a later spike lies far enough back ({@code keepSteps}) to serve every trace query still to
 * come, as NEST prunes; a silent presynaptic neuron therefore keeps its targets' histories
 * growing, as in NEST. A neuron's ring is touched only by the thread that owns the neuron.
 */
final class PostSpikeHistory {
    private final double dt;
    private final double tauMinus; // [ms]
    private final long keepSteps;
    private final int[] synapses; // stdp synapses into each neuron
    private final long[][] step;
    private final double[][] kMinus;
    private final int[][] reads;
    private final int[] head;
    private final int[] count;

    /**
     * @param n neurons
     * @param dtMs step [ms]
     * @param tauMinusMs τ⁻ [ms]
     * @param keepSteps how far back of a new spike a trace query can still ask [steps]
     */
    PostSpikeHistory(int n, double dtMs, double tauMinusMs, long keepSteps) {
        this.dt = dtMs;
        this.tauMinus = tauMinusMs;
        this.keepSteps = keepSteps;
        synapses = new int[n];
        step = new long[n][];
        kMinus = new double[n][];
        reads = new int[n][];
        head = new int[n];
        count = new int[n];
    }

    double tauMinusMs() {
        return tauMinus;
    }

    /** Counts the stdp synapses of a projection into their targets. */
    void addSynapses(int[] targets) {
        for (int t : targets) {
            synapses[t]++;
        }
    }

    /** Appends the spikes of one thread's buffer, all stamped {@code stamp} [steps]. */
    void record(SpikeBuffer spiked, long stamp) {
        for (int q = 0, m = spiked.size(); q < m; q++) {
            // k spikes of one neuron in one step (a parrot relaying k events) are one spike of
            // multiplicity k: archived once, as NEST's archiving node does
            if (q > 0 && spiked.get(q - 1) == spiked.get(q)) {
                continue;
            }
            add(spiked.get(q), stamp);
        }
    }

    private void add(int i, long stamp) {
        if (step[i] == null) {
            step[i] = new long[4];
            kMinus[i] = new double[4];
            reads[i] = new int[4];
        }
        long[] st = step[i];
        int cap = st.length;
        int h = head[i];
        int c = count[i];
        // prune: read by every synapse, and the next spike is old enough to answer every trace query
        while (c > 1 && reads[i][h] >= synapses[i] && st[(h + 1) % cap] < stamp - keepSteps) {
            h = (h + 1) % cap;
            c--;
        }
        double k = 1.0;
        if (c > 0) {
            int last = (h + c - 1) % cap;
            k = kMinus[i][last] * Math.exp(-(stamp - st[last]) * dt / tauMinus) + 1.0;
        }
        if (c == cap) {
            grow(i, h, c);
            h = 0;
            st = step[i];
            cap = st.length;
        }
        int at = (h + c) % cap;
        st[at] = stamp;
        kMinus[i][at] = k;
        reads[i][at] = 0;
        head[i] = h;
        count[i] = c + 1;
    }

    private void grow(int i, int h, int c) {
        int cap = step[i].length;
        long[] s = new long[cap * 2];
        double[] k = new double[cap * 2];
        int[] r = new int[cap * 2];
        for (int j = 0; j < c; j++) {
            int from = (h + j) % cap;
            s[j] = step[i][from];
            k[j] = kMinus[i][from];
            r[j] = reads[i][from];
        }
        step[i] = s;
        kMinus[i] = k;
        reads[i] = r;
    }

    /**
     * Potentiation of one synapse at a presynaptic spike: applies every spike of neuron i stamped in
     * (lastPre − delay, now − delay] [steps], in time order, to the weight and marks it read.
     *
     * @param rule the synapse's rule
     * @param i the target neuron
     * @param w the weight before
     * @param kPlus K⁺ just after the synapse's last presynaptic spike
     * @param lastPre that spike's stamp [steps]
     * @param now the stamp of the presynaptic spike being delivered [steps]
     * @param delay the synaptic (dendritic) delay [steps]
     * @param tauPlus τ⁺ [ms]
     * @return the weight after
     */
    double potentiate(StdpSynapse rule, int i, double w, double kPlus, long lastPre, long now, int delay, double tauPlus) {
        int c = count[i];
        if (c == 0) {
            return w;
        }
        long[] st = step[i];
        int cap = st.length;
        int h = head[i];
        long from = lastPre - delay;
        long to = now - delay;
        // the entries in range are the last ones before those after `to`: scan back from the end
        int j = c - 1;
        while (j >= 0 && st[(h + j) % cap] > to) {
            j--;
        }
        int last = j;
        while (j >= 0 && st[(h + j) % cap] > from) {
            j--;
        }
        for (int e = j + 1; e <= last; e++) {
            int at = (h + e) % cap;
            w = rule.facilitate(w, kPlus * Math.exp((lastPre - (st[at] + delay)) * dt / tauPlus));
            reads[i][at]++;
        }
        return w;
    }

    /** K⁻ of neuron i at step t [steps]: its spikes strictly before t (0 with none). */
    double kMinusAt(int i, long t) {
        int c = count[i];
        long[] st = step[i];
        int h = head[i];
        for (int j = c - 1; j >= 0; j--) {
            int at = (h + j) % st.length;
            if (st[at] < t) {
                return kMinus[i][at] * Math.exp(-(t - st[at]) * dt / tauMinus);
            }
        }
        return 0.0;
    }

    /** Spikes held for neuron i (for tests of the pruning). */
    int held(int i) {
        return count[i];
    }

    @Override
    public String toString() {
        return "PostSpikeHistory[" + Arrays.stream(count).sum() + " spikes held]";
    }
}
