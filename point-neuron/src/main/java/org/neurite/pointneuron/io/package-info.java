/** The results file of a network run (SONATA spikes, traces, rates, parameters). */
package org.neurite.pointneuron.io;
