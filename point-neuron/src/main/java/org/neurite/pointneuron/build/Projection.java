package org.neurite.pointneuron.build;

import org.neurite.channels.receptor.ShortTermPlasticity;

/**
 * The synapses of one pathway from one source block to one target block, in compressed sparse
 * rows by source (CSR): the synapses of source i are {@code rowStart[i] … rowStart[i+1]−1}, sorted
 * by target, so a thread that owns a range of targets finds its part of a row by binary search.
 * Per synapse: target {@code int}, weight {@code float} (the amount added to the port, see
 * {@link PortMap}), delay in steps ({@code short}), port ({@code byte}); each of the last three is
 * stored only when it varies, otherwise it is one constant. At most 11 bytes per synapse plus
 * 4 bytes per source. A plastic projection also holds each synapse's state, indexed like the
 * targets: short-term plasticity ({@link Tsodyks2Synapse}: u, x, last spike time,
 * {@value Tsodyks2Synapse#BYTES_PER_SYNAPSE} bytes per synapse more) or spike-timing-dependent
 * plasticity ({@link StdpSynapse}: {@link StdpState}'s weight, K⁺ and last spike step,
 * {@value StdpSynapse#BYTES_PER_SYNAPSE} bytes per synapse more; the static weight arrays then keep
 * the initial weights); static projections allocate none.
 */
public final class Projection {
    final String pathway;
    final int preBlock;
    final int postBlock;
    final int[] rowStart;
    final int[] target;
    final float[] weight; // null: constWeight
    final double constWeight;
    final short[] delay; // [steps]; null: constDelay
    final int constDelay;
    final byte[] port; // null: constPort
    final int constPort;
    final int maxDelay;
    final int minDelay;
    final SynapseModel synapseModel; // null: static
    final ShortTermPlasticity plasticity; // per synapse, tsodyks2 only
    final StdpState stdp; // per synapse, stdp only

    Projection(String pathway, int preBlock, int postBlock, int[] rowStart, int[] target, float[] weight,
               double constWeight, short[] delay, int constDelay, byte[] port, int constPort, SynapseModel synapseModel,
               StdpState stdp) {
        this.pathway = pathway;
        this.preBlock = preBlock;
        this.postBlock = postBlock;
        this.rowStart = rowStart;
        this.target = target;
        this.weight = weight;
        this.constWeight = constWeight;
        this.delay = delay;
        this.constDelay = constDelay;
        this.port = port;
        this.constPort = constPort;
        int mx = constDelay;
        int mn = constDelay;
        if (delay != null && delay.length > 0) {
            mx = Integer.MIN_VALUE;
            mn = Integer.MAX_VALUE;
            for (short d : delay) {
                mx = Math.max(mx, d);
                mn = Math.min(mn, d);
            }
        }
        this.maxDelay = mx;
        this.minDelay = mn;
        this.synapseModel = synapseModel;
        this.plasticity = synapseModel instanceof Tsodyks2Synapse t ? t.newState(target.length) : null;
        if ((synapseModel instanceof StdpSynapse) != (stdp != null)) {
            throw new IllegalArgumentException("an stdp projection needs its state, and only it");
        }
        this.stdp = stdp;
    }

    /** Pathway name ("pre->post"). */
    public String pathway() {
        return pathway;
    }

    /** Index of the source block. */
    public int preBlock() {
        return preBlock;
    }

    /** Index of the target block. */
    public int postBlock() {
        return postBlock;
    }

    /** Number of synapses. */
    public int size() {
        return target.length;
    }

    /** Number of source rows. */
    public int rows() {
        return rowStart.length - 1;
    }

    /** First synapse of source i. */
    public int rowStart(int i) {
        return rowStart[i];
    }

    /** One past the last synapse of source i. */
    public int rowEnd(int i) {
        return rowStart[i + 1];
    }

    /** Target (local index in the target block) of synapse k. */
    public int target(int k) {
        return target[k];
    }

    /** The target array (shared, read only). */
    public int[] targets() {
        return target;
    }

    /** Weight added by synapse k. */
    public double weight(int k) {
        return weight == null ? constWeight : weight[k];
    }

    /** The per-synapse weights, or null when constant ({@link #constantWeight()}). */
    public float[] weights() {
        return weight;
    }

    /** The weight of every synapse when {@link #weights()} is null. */
    public double constantWeight() {
        return constWeight;
    }

    /** Delay of synapse k [steps]. */
    public int delay(int k) {
        return delay == null ? constDelay : delay[k];
    }

    /** The per-synapse delays, or null when constant. */
    public short[] delays() {
        return delay;
    }

    /** Delay of every synapse when {@link #delays()} is null [steps]. */
    public int constantDelay() {
        return constDelay;
    }

    /** Port of synapse k. */
    public int port(int k) {
        return port == null ? constPort : port[k];
    }

    /** The per-synapse ports, or null when constant. */
    public byte[] ports() {
        return port;
    }

    /** Port of every synapse when {@link #ports()} is null. */
    public int constantPort() {
        return constPort;
    }

    /** Largest delay [steps] (the constant when empty). */
    public int maxDelay() {
        return maxDelay;
    }

    /** Smallest delay [steps]. */
    public int minDelay() {
        return minDelay;
    }

    /** The synapse model (tsodyks2 or stdp), or null for static synapses. */
    public SynapseModel synapseModel() {
        return synapseModel;
    }

    /**
     * The per-synapse short-term plasticity state (synapse k as in {@link #target(int)}), or null
     * unless the synapses are tsodyks2 ones. The simulator updates it as spikes are delivered.
     */
    public ShortTermPlasticity plasticity() {
        return plasticity;
    }

    /**
     * The per-synapse spike-timing-dependent plasticity state (weights, K⁺, last spike), or null
     * unless the synapses are stdp ones. The simulator updates it as spikes are delivered.
     */
    public StdpState stdp() {
        return stdp;
    }

    /** Bytes held by the connection arrays (plasticity state included). */
    public long bytes() {
        long b = 4L * rowStart.length + 4L * target.length;
        if (weight != null) {
            b += 4L * weight.length;
        }
        if (delay != null) {
            b += 2L * delay.length;
        }
        if (port != null) {
            b += port.length;
        }
        if (synapseModel != null) {
            b += (long) synapseModel.bytesPerSynapse() * target.length;
        }
        return b;
    }

    /** In-degree of every target (n = target block size). */
    public int[] inDegrees(int n) {
        int[] d = new int[n];
        for (int t : target) {
            d[t]++;
        }
        return d;
    }

    /** Out-degree of every source. */
    public int[] outDegrees() {
        int[] d = new int[rows()];
        for (int i = 0; i < d.length; i++) {
            d[i] = rowStart[i + 1] - rowStart[i];
        }
        return d;
    }

    @Override
    public String toString() {
        return "Projection[" + pathway + ", " + size() + " synapses]";
    }
}
