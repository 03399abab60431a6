package org.neurite.pointneuron.reference;

import org.neurite.channels.record.SpikeRecord;

/** Rates and ISI statistics of recorded spikes (the measures of network references). */
public final class SpikeStats {
    private SpikeStats() {
    }

    /** Mean rate [Hz] of nodes [first, first + n) over [t0, t1). */
    public static double rateHz(SpikeRecord r, int first, int n, double t0Ms, double t1Ms) {
        long c = 0;
        for (int k = 0; k < r.size(); k++) {
            int id = r.nodeId(k);
            double t = r.timeMs(k);
            if (id >= first && id < first + n && t >= t0Ms && t < t1Ms) {
                c++;
            }
        }
        return c * 1000.0 / (n * (t1Ms - t0Ms));
    }

    /**
     * Mean coefficient of variation of the inter-spike intervals of nodes [first, first + n)
     * with at least 3 spikes after t0 (NaN if none has).
     */
    public static double meanCvIsi(SpikeRecord r, int first, int n, double t0Ms) {
        double[] last = new double[n];
        double[] sum = new double[n];
        double[] sum2 = new double[n];
        int[] count = new int[n];
        java.util.Arrays.fill(last, Double.NaN);
        SpikeRecord sorted = SpikeRecord.of(r.population(), r.nodeIds(), r.timesMs());
        sorted.sortByTime();
        for (int k = 0; k < sorted.size(); k++) {
            int id = sorted.nodeId(k) - first;
            double t = sorted.timeMs(k);
            if (id < 0 || id >= n || t < t0Ms) {
                continue;
            }
            if (!Double.isNaN(last[id])) {
                double isi = t - last[id];
                sum[id] += isi;
                sum2[id] += isi * isi;
                count[id]++;
            }
            last[id] = t;
        }
        double cv = 0;
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (count[i] >= 2) {
                double mean = sum[i] / count[i];
                double var = sum2[i] / count[i] - mean * mean;
                cv += Math.sqrt(Math.max(0, var)) / mean;
                m++;
            }
        }
        return m == 0 ? Double.NaN : cv / m;
    }
}
