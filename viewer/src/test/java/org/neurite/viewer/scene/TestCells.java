package org.neurite.viewer.scene;

/** Geometries built in code for the tests. */
public final class TestCells {
    private TestCells() {
    }

    /**
     * A ball and stick: a soma sphere of radius 10 µm at the origin (compartment 0) and a dendrite of
     * radius 1 µm from (10, 0, 0) to (210, 0, 0) cut into 4 compartments of 50 µm (1 … 4).
     */
    public static CellGeometry ballAndStick() {
        CellGeometry.Builder b = CellGeometry.builder(5).sphere(0, 0, 0, 10, 0);
        for (int k = 0; k < 4; k++) {
            b.segment(10 + 50 * k, 0, 0, 1, 10 + 50 * (k + 1), 0, 0, 1, 3, k + 1);
        }
        return b.build();
    }

    /**
     * A small branched cell with pieces in every direction and tapering: a soma of two frusta
     * (compartment 0), an apical trunk up y that forks into two tapering branches, a basal
     * dendrite down and sideways, and an axon along −z.
     */
    public static CellGeometry branched() {
        return CellGeometry.builder(6)
                .segment(0, -8, 0, 6, 0, 0, 0, 8, 1, 0)
                .segment(0, 0, 0, 8, 0, 8, 0, 5, 1, 0)
                .segment(0, 8, 0, 2, 0, 60, 3, 1.5, 4, 1)
                .segment(0, 60, 3, 1.5, 40, 100, 10, 0.8, 4, 2)
                .segment(0, 60, 3, 1.5, -30, 110, -20, 0.6, 4, 3)
                .segment(0, -8, 0, 1.2, 25, -70, 15, 0.5, 3, 4)
                .segment(0, 0, -8, 0.7, 0, 0, -150, 0.5, 2, 5)
                .build();
    }
}
