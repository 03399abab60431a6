/**
 * Network files: the neurite JSON format ({@code docs/network-format.md}) and the ntwk
 * {@code params.json} format, read with file:line:key errors into a
 * {@link org.neurite.pointneuron.config.NetworkConfig}.
 */
package org.neurite.pointneuron.config;
