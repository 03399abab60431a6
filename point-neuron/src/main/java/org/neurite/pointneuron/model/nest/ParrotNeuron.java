package org.neurite.pointneuron.model.nest;

import java.util.List;
import org.neurite.channels.receptor.Delta;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.spi.ParameterSpec;
import org.neurite.pointneuron.model.BlockSpec;
import org.neurite.pointneuron.model.SpikeBuffer;
import org.neurite.pointneuron.model.core.BlockBase;
import org.neurite.pointneuron.model.core.SynapsePorts;

/**
 * NEST's {@code parrot_neuron}: no membrane, it repeats every spike it receives. The events that
 * arrive in step s on port {@code "relay"} (NEST's receptor 0) are sent on as spikes of step s,
 * stamped at its end like every NEST model's, one spike per event whatever the event's weight
 * (NEST sends one spike event with that multiplicity: the k spikes of one step sit together in
 * the step's spike buffer, and the simulator's plastic synapses treat them as one event of
 * multiplicity k — one update, k times the amount — while the stdp trace archives them once). Events on port {@code "ignored"} (NEST's receptor 1)
 * are dropped: there a parrot can be the target of a plastic synapse whose weights are studied
 * without the synapse making it spike. An external current has no effect. No parameters and no
 * state variables. A spike_generator spike relayed by a parrot thus leaves it at the generator's
 * arrival step, and the parrot's spike reaches its own targets as if they were connected to the
 * generator with the sum of both delays.
 */
public final class ParrotNeuron extends BlockBase {
    /** Port that relays events. */
    public static final String RELAY = "relay";
    /** Port whose events are dropped. */
    public static final String IGNORED = "ignored";

    /** No parameters. */
    public static List<ParameterSpec> parameters() {
        return List.of();
    }

    /** Builds a block from a spec. */
    public ParrotNeuron(BlockSpec spec) {
        super("parrot_neuron", spec.size(), spec.dtMs(),
                new SynapsePorts(List.of(Receptor.current(RELAY, new Delta()), Receptor.current(IGNORED, new Delta())),
                        spec.size(), spec.dtMs()), List.of());
    }

    @Override
    public void update(long step, int from, int to, SpikeBuffer spiked) {
        final double[] relay = ports.input()[0];
        final double[] ignored = ports.input()[1];
        final double[] cur = currentIn;
        for (int i = from; i < to; i++) {
            // each event added 1 (portWeight): the sum counts them exactly
            for (long c = Math.round(relay[i]); c > 0; c--) {
                spiked.add(i);
            }
            relay[i] = 0.0;
            ignored[i] = 0.0;
            cur[i] = 0.0;
        }
    }

    /** Every event without a named port is relayed (NEST's receptor 0). */
    @Override
    public int portForWeight(double weight) {
        return 0;
    }

    /** An event counts once whatever its weight. */
    @Override
    public double portWeight(double weight) {
        return 1.0;
    }

    @Override
    public double recordable(int variable, int i) {
        throw new IndexOutOfBoundsException("parrot_neuron has no recordables");
    }

    @Override
    public void setState(String variable, int i, double value) {
        variableIndex(variable);
    }
}
