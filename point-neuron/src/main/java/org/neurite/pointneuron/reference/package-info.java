/**
 * Network-level validation cases run by {@code neurite validate} and the tests: Brunel 2000
 * panel C against the diffusion approximation, the JCNS 2018 RS-FS network against Brian2, and the
 * Brette et al. 2007 COBA benchmark.
 */
package org.neurite.pointneuron.reference;
