package org.neurite.pointneuron.sim;

import java.util.Arrays;
import java.util.List;
import org.neurite.pointneuron.build.Projection;

/**
 * NEST's {@code weight_recorder} on the plastic projections of one pathway: each time a
 * presynaptic spike is transmitted through one of their synapses (optionally only from chosen
 * sources to chosen targets), one event — the delivery step, the projection, the source row, the
 * synapse index and the weight the event carried — is appended to the buffer of the thread that
 * delivered it. For {@code stdp_synapse} the weight is the synapse's weight after the update
 * (NEST's sign, as in {@code /weights}); for {@code tsodyks2_synapse} it is the transmitted
 * amplitude x·u·w as the target port takes it (NEST's weight_recorder records the event's weight,
 * which tsodyks2 sets to x·u·weight).
 *
 * <p>Each buffer is in delivery order, which for one thread is increasing in (step, projection,
 * synapse index): spikes of a step are read source by source, and a synapse index grows with its
 * source row. Every synapse belongs to the thread that owns its target, so {@link #events()}
 * merges the buffers by that key into one order that does not depend on the number of threads.
 * Storage is primitive arrays that grow by doubling (28 bytes per event).
 */
public final class WeightRecorder {
    private final String name;
    private final String pathway;
    private final Projection[] projections;
    private final boolean[][] sourceMask; // per projection: source rows recorded, or null for all
    private final boolean[][] targetMask; // per projection: target indices recorded, or null for all
    private Buffer[] buffers = new Buffer[0];

    /**
     * @param name the device's name
     * @param pathway the recorded pathway
     * @param projections its projections, in the simulation's delivery order
     * @param sourceMask per projection, which source rows (local indices of its source block) are
     *                   recorded, or null for all
     * @param targetMask per projection, which targets (local indices of its target block) are
     *                   recorded, or null for all
     */
    public WeightRecorder(String name, String pathway, List<Projection> projections, List<boolean[]> sourceMask,
                          List<boolean[]> targetMask) {
        this.name = name;
        this.pathway = pathway;
        this.projections = projections.toArray(new Projection[0]);
        this.sourceMask = sourceMask.toArray(new boolean[0][]);
        this.targetMask = targetMask.toArray(new boolean[0][]);
    }

    /** The device's name. */
    public String name() {
        return name;
    }

    /** The recorded pathway. */
    public String pathway() {
        return pathway;
    }

    /** The recorded projections (slot j of an event is {@code projections().get(j)}). */
    public List<Projection> projections() {
        return List.of(projections);
    }

    /** One buffer per simulation thread (called by the simulator before it runs). */
    void prepare(int threads) {
        if (buffers.length != threads) {
            if (buffers.length > 0) {
                throw new IllegalStateException("weight recorder " + name + " is attached to two simulations");
            }
            buffers = new Buffer[threads];
            for (int t = 0; t < threads; t++) {
                buffers[t] = new Buffer();
            }
        }
    }

    /** Slot of projection p among the recorded ones, or −1. */
    int slotOf(Projection p) {
        for (int j = 0; j < projections.length; j++) {
            if (projections[j] == p) {
                return j;
            }
        }
        return -1;
    }

    /** Source rows of slot j recorded (null: all). */
    boolean[] sourceMask(int j) {
        return sourceMask[j];
    }

    /** Targets of slot j recorded (null: all). */
    boolean[] targetMask(int j) {
        return targetMask[j];
    }

    /** Appends an event delivered by thread t. */
    void add(int t, long step, int slot, int source, int synapse, double weight) {
        buffers[t].add(step, slot, source, synapse, weight);
    }

    /**
     * Every event so far in the canonical order (delivery step, projection slot, synapse index;
     * several spikes of one source in one step in their delivery order).
     *
     * @return the events; {@code step[k]} the step in which the presynaptic spike was emitted
     */
    public Events events() {
        int total = 0;
        for (Buffer b : buffers) {
            total += b.n;
        }
        Events out = new Events(new long[total], new int[total], new int[total], new int[total], new double[total]);
        int[] pos = new int[buffers.length];
        for (int k = 0; k < total; k++) {
            int best = -1;
            for (int t = 0; t < buffers.length; t++) {
                if (pos[t] < buffers[t].n && (best < 0 || buffers[t].before(pos[t], buffers[best], pos[best]))) {
                    best = t;
                }
            }
            Buffer b = buffers[best];
            int q = pos[best]++;
            out.step[k] = b.step[q];
            out.slot[k] = b.slot[q];
            out.source[k] = b.source[q];
            out.synapse[k] = b.synapse[q];
            out.weight[k] = b.weight[q];
        }
        return out;
    }

    /**
     * Recorded events, parallel arrays.
     *
     * @param step the step in which the presynaptic spike was emitted
     * @param slot the projection (index into {@link #projections()})
     * @param source the source row (local index in the projection's source block)
     * @param synapse the synapse index in the projection (its target is {@code Projection.target(synapse)})
     * @param weight the weight recorded [the port's unit: nS, pA or mV]
     */
    public record Events(long[] step, int[] slot, int[] source, int[] synapse, double[] weight) {
        /** Number of events. */
        public int size() {
            return step.length;
        }
    }

    /** One thread's events in delivery order. */
    private static final class Buffer {
        long[] step = new long[64];
        int[] slot = new int[64];
        int[] source = new int[64];
        int[] synapse = new int[64];
        double[] weight = new double[64];
        int n;

        void add(long s, int j, int i, int k, double w) {
            if (n == step.length) {
                int m = Math.max(64, 2 * n);
                step = Arrays.copyOf(step, m);
                slot = Arrays.copyOf(slot, m);
                source = Arrays.copyOf(source, m);
                synapse = Arrays.copyOf(synapse, m);
                weight = Arrays.copyOf(weight, m);
            }
            step[n] = s;
            slot[n] = j;
            source[n] = i;
            synapse[n] = k;
            weight[n] = w;
            n++;
        }

        /** Event q of this buffer comes before event r of buffer o. */
        boolean before(int q, Buffer o, int r) {
            if (step[q] != o.step[r]) {
                return step[q] < o.step[r];
            }
            if (slot[q] != o.slot[r]) {
                return slot[q] < o.slot[r];
            }
            return synapse[q] < o.synapse[r];
        }
    }
}
