package org.neurite.morphology.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurite.channels.io.AtomicFile;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * Writes SWC: {@code id type x y z radius parent}, one sample per line, numbers with at most four
 * decimals (0.1 nm), comment lines first. Files are written whole or not at all.
 */
public final class SwcWriter {
    private SwcWriter() {
    }

    /** The SWC text of some samples, after the given comment lines (each gets a leading "# "). */
    public static String text(SwcRecords r, List<String> comments) {
        StringBuilder sb = new StringBuilder(64 * (r.size() + comments.size()));
        for (String c : comments) {
            sb.append("# ").append(c).append('\n');
        }
        for (int i = 0; i < r.size(); i++) {
            sb.append(r.id()[i]).append(' ').append(r.type()[i]).append(' ')
                    .append(number(r.x()[i])).append(' ').append(number(r.y()[i])).append(' ')
                    .append(number(r.z()[i])).append(' ').append(number(r.radius()[i])).append(' ')
                    .append(r.parent()[i] < 0 ? -1 : r.parent()[i]).append('\n');
        }
        return sb.toString();
    }

    /** Writes samples to a file atomically. */
    public static void write(SwcRecords r, List<String> comments, Path file) {
        AtomicFile.writeString(file, text(r, comments));
    }

    /** A number with at most 4 decimals, no trailing zeros ("10", "-2.5", "0.1234"). */
    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        if (s.indexOf('.') >= 0) {
            int end = s.length();
            while (s.charAt(end - 1) == '0') {
                end--;
            }
            if (s.charAt(end - 1) == '.') {
                end--;
            }
            s = s.substring(0, end);
        }
        return s.equals("-0") ? "0" : s;
    }

    /**
     * The samples of a morphology: each section's points in order (a three-point soma cylinder as
     * NeuroMorpho's 3-point soma), a section's first point
     * dropped when it repeats the point it hangs from (same place and radius); the first point of a
     * child section otherwise hangs from the parent's last point at or before its attachment.
     */
    public static SwcRecords records(Morphology m, String name) {
        List<double[]> rows = new ArrayList<>(); // id, type, x, y, z, r, parent
        int[][] idOf = new int[m.sectionCount()][];
        for (int s = 0; s < m.sectionCount(); s++) {
            int np = m.pointCount(s);
            idOf[s] = new int[np];
            int parentSample = -1;
            int start = 0;
            int p = m.parent(s);
            if (p >= 0) {
                double at = m.parentX(s) * m.length(p);
                int j = 0;
                while (j + 1 < m.pointCount(p) && m.arc(p, j + 1) <= at + 1e-9) {
                    j++;
                }
                parentSample = idOf[p][j];
                if (m.x(s, 0) == m.x(p, j) && m.y(s, 0) == m.y(p, j) && m.z(s, 0) == m.z(p, j) && m.radius(s, 0) == m.radius(p, j)) {
                    idOf[s][0] = parentSample;
                    start = 1;
                }
            }
            if (p < 0 && m.tag(s) == SwcType.SOMA && np == 3 && Math.abs(m.arc(s, 1) - 0.5 * m.length(s)) <= 1e-9 * m.length(s)
                    && m.radius(s, 0) == m.radius(s, 1) && m.radius(s, 2) == m.radius(s, 1)) {
                // a soma cylinder of three points: NeuroMorpho's pattern (centre first, both ends its children)
                int centre = rows.size() + 1;
                rows.add(new double[] {centre, SwcType.SOMA, m.x(s, 1), m.y(s, 1), m.z(s, 1), m.radius(s, 1), -1});
                rows.add(new double[] {centre + 1, SwcType.SOMA, m.x(s, 0), m.y(s, 0), m.z(s, 0), m.radius(s, 0), centre});
                rows.add(new double[] {centre + 2, SwcType.SOMA, m.x(s, 2), m.y(s, 2), m.z(s, 2), m.radius(s, 2), centre});
                idOf[s] = new int[] {centre + 1, centre, centre + 2};
                continue;
            }
            int prev = parentSample;
            for (int j = start; j < np; j++) {
                int id = rows.size() + 1;
                rows.add(new double[] {id, m.tag(s), m.x(s, j), m.y(s, j), m.z(s, j), m.radius(s, j), prev});
                idOf[s][j] = id;
                prev = id;
            }
        }
        int n = rows.size();
        long[] id = new long[n];
        int[] type = new int[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        double[] r = new double[n];
        long[] parent = new long[n];
        int[] line = new int[n];
        for (int i = 0; i < n; i++) {
            double[] row = rows.get(i);
            id[i] = (long) row[0];
            type[i] = (int) row[1];
            x[i] = row[2];
            y[i] = row[3];
            z[i] = row[4];
            r[i] = row[5];
            parent[i] = (long) row[6];
            line[i] = i + 1;
        }
        return new SwcRecords(name, id, type, x, y, z, r, parent, line, 0);
    }
}
