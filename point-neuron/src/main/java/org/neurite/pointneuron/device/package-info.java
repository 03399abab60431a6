/**
 * Devices: generators (per-target Poisson drive, spike trains, injected currents — the sources
 * themselves come from the channels layer) and recorders (spike recorder, multimeter).
 */
package org.neurite.pointneuron.device;
