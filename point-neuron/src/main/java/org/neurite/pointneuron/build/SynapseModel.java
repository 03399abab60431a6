package org.neurite.pointneuron.build;

/**
 * The plasticity of a pathway's synapses (NEST's synapse models); static synapses have none
 * (null). Each plastic {@link Projection} holds per-synapse state for its model.
 */
public sealed interface SynapseModel permits Tsodyks2Synapse, StdpSynapse {
    /** The model name in network files (NEST's). */
    String name();

    /** The model and its parameters in one line, with units, for {@code neurite network info}. */
    String describe();

    /** Bytes of state per synapse that a plastic projection of this model adds. */
    int bytesPerSynapse();
}
