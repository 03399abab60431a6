package org.neurite.morphology.tree;

/**
 * A position on a morphology: a section and a relative position x in [0, 1] along it (0 = the end
 * attached to the parent, 1 = the distal end), as NEURON's {@code sec(x)} and Arbor's
 * {@code (location branch pos)}.
 *
 * @param section section index in its {@link Morphology}
 * @param x relative position along the section, 0 ≤ x ≤ 1
 */
public record Location(int section, double x) {
    public Location {
        if (section < 0) {
            throw new IllegalArgumentException("section index must be >= 0, got " + section);
        }
        if (!(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException("position x must lie in [0, 1], got " + x);
        }
    }
}
