package org.neurite.meanfield.characterize;

import org.neurite.meanfield.tf.TfData;

/**
 * The outcome of a transfer-function characterisation.
 *
 * @param spec what was simulated
 * @param data the grid with mean and SD (over seeds) of the output rate
 * @param ratesHz output rate of every cell [point][seed] [Hz]
 * @param muVMV mean V per cell [point][seed] [mV], or null when not estimated
 * @param sigmaVMV SD of V per cell [point][seed] [mV], or null
 * @param tauVMs autocorrelation time of V per cell [point][seed] [ms], or null
 */
public record CharacterizationResult(CellSpec spec, TfData data, double[][] ratesHz, double[][] muVMV, double[][] sigmaVMV,
                                     double[][] tauVMs) {
}
