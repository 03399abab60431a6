package org.neurite.viewer.scene;

/**
 * An axis-aligned box [µm].
 *
 * @param minX smallest x
 * @param minY smallest y
 * @param minZ smallest z
 * @param maxX largest x
 * @param maxY largest y
 * @param maxZ largest z
 */
public record Bounds(double minX, double minY, double minZ, double maxX, double maxY, double maxZ) {
    /** The box of nothing: any point added makes it that point. */
    public static final Bounds EMPTY = new Bounds(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);

    /** Whether the box holds no point. */
    public boolean isEmpty() {
        return !(minX <= maxX);
    }

    /** Centre x. */
    public double centerX() {
        return 0.5 * (minX + maxX);
    }

    /** Centre y. */
    public double centerY() {
        return 0.5 * (minY + maxY);
    }

    /** Centre z. */
    public double centerZ() {
        return 0.5 * (minZ + maxZ);
    }

    /** Length of the diagonal [µm]. */
    public double diagonal() {
        double dx = maxX - minX;
        double dy = maxY - minY;
        double dz = maxZ - minZ;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** This box grown to hold a ball of radius r around (x, y, z). */
    public Bounds including(double x, double y, double z, double r) {
        return new Bounds(Math.min(minX, x - r), Math.min(minY, y - r), Math.min(minZ, z - r),
                Math.max(maxX, x + r), Math.max(maxY, y + r), Math.max(maxZ, z + r));
    }

    /** The box of the coordinates (x, y, z triples). */
    public static Bounds of(float[] xyz) {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < xyz.length; i += 3) {
            for (int c = 0; c < 3; c++) {
                b[c] = Math.min(b[c], xyz[i + c]);
                b[3 + c] = Math.max(b[3 + c], xyz[i + c]);
            }
        }
        return new Bounds(b[0], b[1], b[2], b[3], b[4], b[5]);
    }
}
