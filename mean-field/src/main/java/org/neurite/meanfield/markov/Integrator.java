package org.neurite.meanfield.markov;

import org.neurite.channels.io.BadInputException;
import org.neurite.channels.spi.ProgressListener;

/**
 * Integrates the mean-field equations with the classical fourth-order Runge–Kutta scheme at a fixed
 * step (the equations relax on T = 5 ms and τ_w; a step of 0.1 ms keeps the local error far below
 * the model's own accuracy). The afferent drives are evaluated at the stage times, so any
 * time-varying drive is followed.
 */
public final class Integrator {
    private Integrator() {
    }

    /**
     * @param system the equations
     * @param y0 the initial state (not modified)
     * @param tStartMs start time [ms]
     * @param tStopMs end time [ms], &gt; start
     * @param dtMs step [ms], &gt; 0
     * @param sampleEveryMs sampling interval [ms] (rounded to a whole number of steps, at least one)
     * @param progress receives progress in steps
     */
    public static Trajectory run(MarkovSystem system, double[] y0, double tStartMs, double tStopMs, double dtMs,
                                 double sampleEveryMs, ProgressListener progress) {
        if (!(dtMs > 0) || !Double.isFinite(dtMs)) {
            throw BadInputException.parameter("mean-field dt", "must be > 0 [ms], got " + dtMs);
        }
        if (!(tStopMs > tStartMs)) {
            throw BadInputException.parameter("mean-field tstop", "must be after the start (" + tStartMs + " ms), got " + tStopMs);
        }
        int n = system.dimension();
        long steps = Math.round((tStopMs - tStartMs) / dtMs);
        int every = (int) Math.max(1, Math.round(sampleEveryMs / dtMs));
        int samples = (int) (steps / every) + 1;
        double[] times = new double[samples];
        double[][] states = new double[samples][];
        double[][] rates = new double[samples][system.populations()];
        double[] y = y0.clone();
        double[] k1 = new double[n];
        double[] k2 = new double[n];
        double[] k3 = new double[n];
        double[] k4 = new double[n];
        double[] tmp = new double[n];
        int s = 0;
        times[0] = tStartMs;
        states[0] = y.clone();
        system.transferRates(tStartMs, y, rates[0], null);
        s++;
        long report = Math.max(1, steps / 200);
        for (long step = 0; step < steps; step++) {
            double t = tStartMs + step * dtMs;
            system.derivative(t, y, k1);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + 0.5 * dtMs * k1[i];
            }
            system.derivative(t + 0.5 * dtMs, tmp, k2);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + 0.5 * dtMs * k2[i];
            }
            system.derivative(t + 0.5 * dtMs, tmp, k3);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + dtMs * k3[i];
            }
            system.derivative(t + dtMs, tmp, k4);
            for (int i = 0; i < n; i++) {
                y[i] += dtMs / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(y[i])) {
                    throw new BadInputException(String.format("the mean-field equations diverged at t = %.4g ms (%s is %s): "
                            + "the transfer function is probably used far outside its fitted range",
                            t + dtMs, system.stateNames().get(i), y[i]));
                }
            }
            if ((step + 1) % every == 0 && s < samples) {
                times[s] = tStartMs + (step + 1) * dtMs;
                states[s] = y.clone();
                system.transferRates(times[s], y, rates[s], null);
                s++;
            }
            if ((step + 1) % report == 0) {
                progress.progress(step + 1, steps);
            }
        }
        if (s < samples) {
            times = java.util.Arrays.copyOf(times, s);
            states = java.util.Arrays.copyOf(states, s);
            rates = java.util.Arrays.copyOf(rates, s);
        }
        return new Trajectory(system.stateNames(), times, states, rates);
    }
}
