/** Network benchmark workloads of {@code neurite bench}: coba, coba-nest, rsfs, brunel. */
package org.neurite.pointneuron.bench;
