/**
 * The fixed-step network simulator ({@link org.neurite.pointneuron.sim.Simulation}): NEST's delay
 * rings per block and port, Brian2's zero-delay synapses, external
 * {@link org.neurite.pointneuron.sim.StepInput}s and recording
 * {@link org.neurite.pointneuron.sim.Probe}s, several threads with results independent of their
 * number.
 */
package org.neurite.pointneuron.sim;
