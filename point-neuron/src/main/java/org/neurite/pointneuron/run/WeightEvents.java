package org.neurite.pointneuron.run;

/**
 * What one weight_recorder recorded: event k is a presynaptic spike of global node id
 * {@code senders[k]}, stamped {@code times[k]} [ms] (it reaches the target at that time plus the
 * synapse's delay), transmitted to global node id {@code targets[k]} with {@code weights[k]}: for
 * stdp_synapse the weight after the update (NEST's sign, the port's unit nS, pA or mV), for
 * tsodyks2_synapse the transmitted amplitude x·u·w as the target port takes it.
 *
 * @param pathway the recorded pathway
 * @param times spike time stamps [ms]
 * @param senders presynaptic global node ids
 * @param targets postsynaptic global node ids
 * @param weights the weights recorded
 */
public record WeightEvents(String pathway, double[] times, long[] senders, long[] targets, double[] weights) {
    /** Number of events. */
    public int size() {
        return times.length;
    }
}
