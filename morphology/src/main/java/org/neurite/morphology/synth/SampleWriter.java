package org.neurite.morphology.synth;

import java.util.Arrays;
import org.neurite.morphology.io.SwcRecords;

/** Appends SWC samples (ids 1, 2, … in order) and turns them into {@link SwcRecords}. */
final class SampleWriter {
    private long[] id = new long[256];
    private int[] type = new int[256];
    private double[] x = new double[256];
    private double[] y = new double[256];
    private double[] z = new double[256];
    private double[] r = new double[256];
    private long[] parent = new long[256];
    private int n;

    /** Adds a sample; returns its id (the SWC file keeps 4 decimals; the records keep full precision). */
    long add(int t, double px, double py, double pz, double radius, long parentId) {
        if (n == id.length) {
            int c = 2 * n;
            id = Arrays.copyOf(id, c);
            type = Arrays.copyOf(type, c);
            x = Arrays.copyOf(x, c);
            y = Arrays.copyOf(y, c);
            z = Arrays.copyOf(z, c);
            r = Arrays.copyOf(r, c);
            parent = Arrays.copyOf(parent, c);
        }
        id[n] = n + 1;
        type[n] = t;
        x[n] = px;
        y[n] = py;
        z[n] = pz;
        r[n] = radius;
        parent[n] = parentId;
        n++;
        return n;
    }

    double x(long sample) {
        return x[(int) sample - 1];
    }

    double y(long sample) {
        return y[(int) sample - 1];
    }

    double z(long sample) {
        return z[(int) sample - 1];
    }

    SwcRecords records(String name) {
        int[] line = new int[n];
        for (int i = 0; i < n; i++) {
            line[i] = i + 1;
        }
        return new SwcRecords(name, Arrays.copyOf(id, n), Arrays.copyOf(type, n), Arrays.copyOf(x, n), Arrays.copyOf(y, n),
                Arrays.copyOf(z, n), Arrays.copyOf(r, n), Arrays.copyOf(parent, n), line, 0);
    }
}
