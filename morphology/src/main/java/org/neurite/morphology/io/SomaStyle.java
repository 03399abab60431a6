package org.neurite.morphology.io;

/** How a file represents the soma (as MorphIO's {@code SomaType} and NeuroM's soma classes name them). */
public enum SomaStyle {
    /** No soma sample. */
    NONE("none"),
    /** One sample: a sphere of that radius (held as a cylinder of length and diameter 2r: same area 4πr²). */
    SINGLE_POINT("single point (sphere)"),
    /** NeuroMorpho's three samples (centre, centre ± r along y): a cylinder of length 2r and radius r. */
    THREE_POINT("NeuroMorpho 3-point (cylinder 2r x 2r)"),
    /** Two or more soma samples in a chain: frusta between them (a cylinder stack as written). */
    CHAIN("chain of soma samples (frusta)"),
    /**
     * A closed outline (four or more soma samples whose last comes back to the first): a sphere at
     * the outline's centroid whose radius is the mean distance of the outline points from it
     * (NeuroM's contour soma), held as a cylinder of length and diameter 2r.
     */
    CONTOUR("closed contour (sphere of the mean radius)"),
    /** Several separate somata. */
    MULTIPLE("several somata");

    private final String description;

    SomaStyle(String description) {
        this.description = description;
    }

    /** A readable description. */
    public String description() {
        return description;
    }
}
