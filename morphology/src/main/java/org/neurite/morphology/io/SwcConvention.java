package org.neurite.morphology.io;

/**
 * How SWC samples become sections (see {@link SwcLoader}). Both conventions build frusta between
 * consecutive samples; a child section starts at its parent's branch point (as NEURON's Import3d);
 * a single-point soma is a cylinder of length and diameter 2r (area 4πr², the sphere's); the
 * NeuroMorpho 3-point soma is a cylinder of length 2r and radius r. They differ in how neurites meet
 * the soma:
 */
public enum SwcConvention {
    /**
     * Geometry as written: a neurite attaches to the soma at the position of its parent soma sample;
     * on a chain soma (cylinder stack, contour) it starts at that sample, on a sphere or 3-point
     * soma at its own first sample.
     */
    STRICT,
    /**
     * NEURON's Import3d + {@code instantiate} (see validation/neuron_reference/PROVENANCE.md): every
     * root neurite is attached at {@code soma(0.5)} and starts at its own first sample, so that
     * areas, nseg and traces match NEURON's.
     */
    NEURON
}
