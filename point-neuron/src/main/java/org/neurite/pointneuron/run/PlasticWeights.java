package org.neurite.pointneuron.run;

/**
 * The synapses of one plastic pathway and their current weights: synapse k connects global node
 * id {@code source[k]} to {@code target[k]} with weight {@code weight[k]} [nS, pA or mV as the
 * target port takes it; negative for inhibitory sources, NEST's sign], rows by source block and
 * source, targets increasing.
 *
 * @param source presynaptic global node ids
 * @param target postsynaptic global node ids
 * @param weight weights
 */
public record PlasticWeights(long[] source, long[] target, double[] weight) {
    /** Number of synapses. */
    public int size() {
        return weight.length;
    }
}
