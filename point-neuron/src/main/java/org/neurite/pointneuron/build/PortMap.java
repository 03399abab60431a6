package org.neurite.pointneuron.build;

/**
 * Where an event of one pathway lands in a target block: the receptor port and the amount added
 * there, as functions of the signed weight (NNGT's positive weight times the source's neuron
 * type). For NEST models this is the block's own rule
 * ({@link org.neurite.pointneuron.model.NeuronBlock#portForWeight},
 * {@link org.neurite.pointneuron.model.NeuronBlock#portWeight}); for per-pathway models, the named
 * receptor port.
 */
public interface PortMap {
    /** Port index for signed weight w. */
    int port(double w);

    /** Amount added to the port for signed weight w. */
    double value(double w);
}
