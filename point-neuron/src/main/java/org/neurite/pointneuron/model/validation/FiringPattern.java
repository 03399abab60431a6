package org.neurite.pointneuron.model.validation;

import java.util.Arrays;

/**
 * The firing patterns of Naud, Marcille, Clopath &amp; Gerstner (Biol Cybern 99:335, 2008) and a
 * classifier from the spike train's inter-spike intervals (ISIs) under a constant current:
 * <ol>
 *   <li>{@link #TRANSIENT}: at most 3 spikes, or none in the second half of the run;</li>
 *   <li>the steady ISIs (both spikes after {@value #STEADY_FROM_MS} ms) must repeat with a period
 *       of p = 1 … 5 intervals (each ISI within 5 % of the one p earlier), else
 *       {@link #IRREGULAR};</li>
 *   <li>p ≥ 2 with a longest/shortest ISI ratio above 3 within the period: bursting —
 *       {@link #DELAYED_REGULAR_BURSTING} if the first spike comes later than half the period,
 *       else {@link #REGULAR_BURSTING};</li>
 *   <li>otherwise the initial ISIs decide: a jump by more than 3× between successive ISIs before
 *       the steady state is {@link #INITIAL_BURST}; a steady ISI 1.5× longer than the first is
 *       {@link #ADAPTATION}; 1.5× shorter is {@link #DELAYED_ACCELERATING} (if the first spike comes
 *       after at least one first ISI, else {@link #ACCELERATING}); else {@link #TONIC}.</li>
 * </ol>
 */
public enum FiringPattern {
    TONIC, ADAPTATION, INITIAL_BURST, REGULAR_BURSTING, DELAYED_ACCELERATING, DELAYED_REGULAR_BURSTING,
    TRANSIENT, IRREGULAR, ACCELERATING, SILENT;

    /** Start of the steady-state window [ms]. */
    public static final double STEADY_FROM_MS = 300.0;

    /**
     * @param spikesMs spike times [ms], increasing, of a run of length tEndMs with the current on from 0
     * @param tEndMs run length [ms] (&gt; 2·{@link #STEADY_FROM_MS})
     * @return the pattern
     */
    public static FiringPattern classify(double[] spikesMs, double tEndMs) {
        int n = spikesMs.length;
        if (n == 0) {
            return SILENT;
        }
        if (n <= 3 || spikesMs[n - 1] < 0.5 * tEndMs) {
            return TRANSIENT;
        }
        double[] isi = new double[n - 1];
        for (int k = 1; k < n; k++) {
            isi[k - 1] = spikesMs[k] - spikesMs[k - 1];
        }
        int firstSteady = 0;
        while (firstSteady < isi.length && spikesMs[firstSteady] < STEADY_FROM_MS) {
            firstSteady++;
        }
        double[] steady = Arrays.copyOfRange(isi, firstSteady, isi.length);
        int period = period(steady);
        if (period == 0) {
            return IRREGULAR;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        double cycle = 0;
        for (int k = 0; k < period; k++) {
            lo = Math.min(lo, steady[k]);
            hi = Math.max(hi, steady[k]);
            cycle += steady[k];
        }
        if (period >= 2 && hi / lo > 3) {
            return spikesMs[0] > 0.5 * cycle ? DELAYED_REGULAR_BURSTING : REGULAR_BURSTING;
        }
        double steadyIsi = steady[steady.length - 1];
        for (int k = 1; k < firstSteady && k < isi.length; k++) {
            if (isi[k] > 3 * isi[k - 1]) {
                return INITIAL_BURST;
            }
        }
        if (steadyIsi > 1.5 * isi[0]) {
            return ADAPTATION;
        }
        if (isi[0] > 1.5 * steadyIsi) {
            return spikesMs[0] >= isi[0] ? DELAYED_ACCELERATING : ACCELERATING;
        }
        return TONIC;
    }

    /** Smallest p in 1..5 with every ISI within 5 % of the one p before, or 0. */
    static int period(double[] isi) {
        for (int p = 1; p <= 5; p++) {
            if (isi.length < 2 * p + 1) {
                return 0;
            }
            boolean ok = true;
            for (int k = p; k < isi.length && ok; k++) {
                ok = Math.abs(isi[k] - isi[k - p]) <= 0.05 * isi[k - p];
            }
            if (ok) {
                return p;
            }
        }
        return 0;
    }
}
