package org.neurite.morphology.io;

/** How a file represents the soma (as MorphIO's {@code SomaType} and NeuroM's soma classes name them). */
public enum SomaStyle {
    /** No soma sample. */
    NONE("none"),
    /** One sample: a sphere of that radius (held as a cylinder of length and diameter 2r: same area 4πr²). */
    SINGLE_POINT("single point (sphere)"),
    /** NeuroMorpho's three samples (centre, centre ± r along y): a cylinder of length 2r and radius r. */
    THREE_POINT("NeuroMorpho 3-point (cylinder 2r x 2r)"),
    /** Two or more soma samples in a chain: frusta between them (a cylinder stack or contour as written). */
    CHAIN("chain of soma samples (frusta)"),
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
