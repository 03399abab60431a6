/**
 * What the command line runs: {@link org.neurite.pointneuron.run.Network} (a built network),
 * {@link org.neurite.pointneuron.run.NetworkRun} ({@code neurite network run}),
 * {@link org.neurite.pointneuron.run.NetworkInfo} ({@code neurite network info}) and the networks
 * shipped in the jar ({@link org.neurite.pointneuron.run.BuiltinNetworks}, also in
 * {@code examples/}).
 */
package org.neurite.pointneuron.run;
