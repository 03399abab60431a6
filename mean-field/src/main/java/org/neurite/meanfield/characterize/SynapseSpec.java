package org.neurite.meanfield.characterize;

import org.neurite.meanfield.stats.Pathway;

/**
 * One input pathway of a characterisation: {@code count} synapses driven as one Poisson train at
 * count × rate per simulated cell, each event adding Q to the conductance of a port of the model.
 *
 * @param pathway name, count, Q [nS], τ [ms], E [mV] (what the mean field sees)
 * @param port the model's port the events go to (the pathway's own port for per-pathway models
 *             such as ntwk cells; {@code ex}/{@code in} for NEST models)
 */
public record SynapseSpec(Pathway pathway, String port) {
}
