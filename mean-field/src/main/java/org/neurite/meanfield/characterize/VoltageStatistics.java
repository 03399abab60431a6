package org.neurite.meanfield.characterize;

/**
 * Running estimates of the mean, SD and autocorrelation time of one neuron's membrane potential,
 * sampled at a fixed interval: τ_V = ∫₀^L ρ(t) dt (trapezoid over the sampled autocorrelation
 * ρ up to lag L), the definition that makes the shot-noise τ_V of Zerlaut et al. exact
 * (τ_V = Σ f (Uτ)² / Σ f (Uτ)²/(τ + τ_m) is half the integral of ρ over all lags).
 * Values are centred on the first sample to keep the sums well conditioned.
 */
final class VoltageStatistics {
    private final int lags;
    private final double[] ring;
    private final double[] lagged; // Σ x_t x_{t-k}
    private long n;
    private int head;
    private double origin;
    private double sum;
    private double sumSq;

    /**
     * @param lags number of lags kept (L / sampling interval)
     */
    VoltageStatistics(int lags) {
        this.lags = lags;
        ring = new double[lags + 1];
        lagged = new double[lags + 1];
    }

    void add(double v) {
        if (n == 0) {
            origin = v;
        }
        double x = v - origin;
        head = head == lags ? 0 : head + 1;
        ring[head] = x;
        sum += x;
        sumSq += x * x;
        long avail = Math.min(n, lags);
        int j = head;
        for (int k = 0; k <= avail; k++) {
            lagged[k] += x * ring[j];
            j = j == 0 ? lags : j - 1;
        }
        n++;
    }

    double mean() {
        return origin + sum / n;
    }

    double variance() {
        double m = sum / n;
        return Math.max(0.0, sumSq / n - m * m);
    }

    /** ∫₀^L ρ [in units of the sampling interval; multiply by it]. */
    double correlationTimeSamples() {
        double m = sum / n;
        double var = variance();
        if (!(var > 0)) {
            return Double.NaN;
        }
        double integral = 0;
        double prev = 1.0;
        for (int k = 1; k <= lags; k++) {
            double ck = lagged[k] / (n - k) - m * m;
            double rho = ck / var;
            integral += 0.5 * (prev + rho);
            prev = rho;
        }
        return integral;
    }
}
