package org.neurite.morphology.synapse;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.neurite.channels.input.ReplaySource;
import org.neurite.channels.input.SpikeSource;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.record.SpikeRecord;

/**
 * How the neurons of a recorded population drive the sites of a replay group, drawn from seeded
 * streams (the same seed gives the same mapping):
 * <ul>
 *   <li>{@link #pool}: the presynaptic neurons taken into account — all node ids 0 … n−1, or a
 *       random subset of a given size (without replacement);</li>
 *   <li>{@link #onePerNeuron}: each site receives one neuron of the pool, no neuron drives two
 *       sites (a random one-to-one assignment);</li>
 *   <li>{@link #perSite}: each site receives k distinct neurons of the pool, drawn independently
 *       per site (a neuron may drive several sites, like NEST's fixed in-degree without multapses).</li>
 * </ul>
 * A {@link Wiring} lists the trains (the neurons used, by increasing node id) and, per site, its
 * trains — the mapping written to cell.h5.
 */
public final class ReplayMapping {
    private ReplayMapping() {
    }

    /**
     * The trains of a replay group and, per site, the trains it receives.
     *
     * @param nodeIds presynaptic node id of each train, increasing
     * @param preOffsets start of site j's trains in {@code preTrain} (length sites + 1)
     * @param preTrain trains, site after site
     */
    public record Wiring(long[] nodeIds, int[] preOffsets, int[] preTrain) {
    }

    /**
     * The pool of presynaptic neurons, sorted.
     *
     * @param n number of node ids of the population
     * @param size how many to take (≤ n); n takes all without drawing
     * @param rng the pool's stream
     */
    public static int[] pool(int n, int size, UniformRandomProvider rng) {
        if (size < 0 || size > n) {
            throw new IllegalArgumentException("pool size " + size + " outside 0.." + n);
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (size == n) {
            return all;
        }
        partialShuffle(all, size, rng);
        int[] out = Arrays.copyOf(all, size);
        Arrays.sort(out);
        return out;
    }

    /** Puts a uniform random sample of m distinct elements in a[0..m) (Fisher–Yates, m swaps). */
    private static void partialShuffle(int[] a, int m, UniformRandomProvider rng) {
        for (int i = 0; i < m; i++) {
            int j = i + rng.nextInt(a.length - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * One distinct neuron of the pool per site, assigned at random.
     *
     * @param pool presynaptic node ids
     * @param sites number of sites (≤ pool size)
     * @param rng the mapping's stream
     */
    public static Wiring onePerNeuron(int[] pool, int sites, UniformRandomProvider rng) {
        if (sites > pool.length) {
            throw new IllegalArgumentException(sites + " sites for " + pool.length + " neurons");
        }
        int[] a = pool.clone();
        partialShuffle(a, sites, rng);
        int[][] perSite = new int[sites][];
        for (int j = 0; j < sites; j++) {
            perSite[j] = new int[] {a[j]};
        }
        return wiring(perSite);
    }

    /**
     * k distinct neurons of the pool per site, drawn independently for each site.
     *
     * @param pool presynaptic node ids
     * @param sites number of sites
     * @param k neurons per site (≤ pool size)
     * @param rng the mapping's stream
     */
    public static Wiring perSite(int[] pool, int sites, int k, UniformRandomProvider rng) {
        if (k < 1 || k > pool.length) {
            throw new IllegalArgumentException(k + " neurons per site from " + pool.length);
        }
        int[] a = pool.clone();
        int[] swapWith = new int[k];
        int[][] perSite = new int[sites][];
        for (int j = 0; j < sites; j++) {
            for (int i = 0; i < k; i++) {
                int r = i + rng.nextInt(a.length - i);
                swapWith[i] = r;
                int t = a[i];
                a[i] = a[r];
                a[r] = t;
            }
            int[] chosen = Arrays.copyOf(a, k);
            Arrays.sort(chosen);
            perSite[j] = chosen;
            for (int i = k - 1; i >= 0; i--) { // undo: every site draws from the same pool order
                int r = swapWith[i];
                int t = a[i];
                a[i] = a[r];
                a[r] = t;
            }
        }
        return wiring(perSite);
    }

    private static Wiring wiring(int[][] perSite) {
        int total = 0;
        int max = -1;
        for (int[] s : perSite) {
            total += s.length;
            for (int id : s) {
                max = Math.max(max, id);
            }
        }
        int[] train = new int[max + 1];
        Arrays.fill(train, -1);
        for (int[] s : perSite) {
            for (int id : s) {
                train[id] = 0;
            }
        }
        int count = 0;
        for (int id = 0; id <= max; id++) {
            if (train[id] == 0) {
                train[id] = count++;
            }
        }
        long[] ids = new long[count];
        for (int id = 0; id <= max; id++) {
            if (train[id] >= 0) {
                ids[train[id]] = id;
            }
        }
        int[] off = new int[perSite.length + 1];
        int[] pre = new int[total];
        int c = 0;
        for (int j = 0; j < perSite.length; j++) {
            for (int id : perSite[j]) {
                pre[c++] = train[id];
            }
            off[j + 1] = c;
        }
        return new Wiring(ids, off, pre);
    }

    /**
     * The spike source of a wiring: train k replays the spikes of node id {@code nodeIds[k]},
     * shifted by an offset; the other neurons' spikes are left out.
     *
     * @param record the population's recorded spikes
     * @param populationSize number of node ids of the population (larger ids are an error)
     * @param nodeIds the wiring's trains
     * @param offsetMs added to every spike time [ms]
     */
    public static SpikeSource source(SpikeRecord record, int populationSize, long[] nodeIds, double offsetMs) {
        int[] train = new int[populationSize];
        Arrays.fill(train, -1);
        for (int k = 0; k < nodeIds.length; k++) {
            train[(int) nodeIds[k]] = k;
        }
        SpikeRecord used = new SpikeRecord(record.population(), Math.max(1, record.size()));
        for (int s = 0; s < record.size(); s++) {
            int id = record.nodeId(s);
            if (id < 0 || id >= populationSize) {
                throw BadInputException.parameter("replay " + record.population(),
                        "node id " + id + " outside the population's 0.." + (populationSize - 1));
            }
            if (train[id] >= 0) {
                used.add(train[id], record.timeMs(s));
            }
        }
        return new ReplaySource(used, nodeIds.length, offsetMs);
    }
}
