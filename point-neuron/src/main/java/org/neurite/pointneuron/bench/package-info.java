/** Network benchmark workloads of {@code neurite bench}: coba, coba-nest, coba-stdp, rsfs, brunel. */
package org.neurite.pointneuron.bench;
