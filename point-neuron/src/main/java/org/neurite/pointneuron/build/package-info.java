/**
 * Network structure, as NNGT and NEST users know it: {@link org.neurite.pointneuron.build.NeuralPop}
 * of {@link org.neurite.pointneuron.build.NeuralGroup}s and overlapping
 * {@link org.neurite.pointneuron.build.MetaGroup}s, connection rules found as plugins
 * ({@link org.neurite.pointneuron.build.ConnectionRule}), weight and delay
 * {@link org.neurite.pointneuron.build.Distribution}s, and the
 * {@link org.neurite.pointneuron.build.ConnectionBuilder} that stores connections as compressed
 * rows by source ({@link org.neurite.pointneuron.build.Projection}). Rules draw from per-target
 * (or per-source, per-rule) random streams, so a graph depends only on the seed.
 */
package org.neurite.pointneuron.build;
