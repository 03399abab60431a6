package org.neurite.pointneuron.model.validation;

import java.nio.file.Path;
import java.util.Map;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.pointneuron.model.Integrator;

/**
 * The postsynaptic potentials of iaf_psc_alpha and iaf_psc_exp against their closed forms, set up
 * as NEST's test_iaf_psc_alpha_1to2: τ_m 20 ms, τ_syn 0.5 ms, C_m 250 pF, h 0.1 ms; a spike sent
 * in step 0 with delay h arrives in step 1 and enters the synaptic current at 2h.
 * <ul>
 *   <li>alpha: V(s) − E_L = w·e/(τs·C)·[(e^{−s/τm} − e^{−s/τs})/b² − s·e^{−s/τs}/b],
 *       b = 1/τs − 1/τm, peak at t_max = (1/b)(−W₋₁(−e^{−1/a}/a) − 1/a), a = τm/τs
 *       (W₋₁ the lower branch of Lambert's W). With w = 1/v_max the peak is 1 mV; the sampled
 *       peak must lie at the grid point nearest 2h + t_max;</li>
 *   <li>exp: V(s) − E_L = w/(C·b)·(e^{−s/τm} − e^{−s/τs}).</li>
 * </ul>
 * Error: max |ΔV| over 50 ms; tolerance 1e-9 mV (exact propagators leave only rounding).
 */
public final class PscClosedFormCase implements ValidationCase {
    private static final double TAU_M = 20.0;
    private static final double TAU_S = 0.5;
    private static final double C = 250.0;
    private static final double H = 0.1;

    @Override
    public String name() {
        return "nest/iaf_psc-psp-closed-form";
    }

    @Override
    public String reference() {
        return "iaf_psc_alpha/exp PSPs (NEST 1to2 set-up) vs closed forms, alpha peak = 1 mV at t_max";
    }

    @Override
    public String dataFolder() {
        return null;
    }

    /** Lambert's W on its lower branch (−1/e ≤ x &lt; 0), by Halley's iteration. */
    static double lambertWm1(double x) {
        double w = x < -0.25 ? -1.0 - Math.sqrt(2.0 * (1.0 + Math.E * x)) : Math.log(-x) - Math.log(-Math.log(-x));
        for (int k = 0; k < 50; k++) {
            double e = Math.exp(w);
            double f = w * e - x;
            double wn = w - f / (e * (w + 1) - (w + 2) * f / (2 * w + 2));
            if (Math.abs(wn - w) < 1e-15 * Math.abs(w)) {
                return wn;
            }
            w = wn;
        }
        return w;
    }

    static double alphaPsp(double s, double w) {
        double b = 1 / TAU_S - 1 / TAU_M;
        return w * Math.E / (TAU_S * C) * ((Math.exp(-s / TAU_M) - Math.exp(-s / TAU_S)) / (b * b) - s * Math.exp(-s / TAU_S) / b);
    }

    @Override
    public Result run(Path dataDir) {
        double a = TAU_M / TAU_S;
        double b = 1 / TAU_S - 1 / TAU_M;
        double tMax = (-lambertWm1(-Math.exp(-1 / a) / a) - 1 / a) / b;
        double w = 1.0 / alphaPsp(tMax, 1.0);
        Map<String, Double> p = Map.of("tau_m", TAU_M, "tau_syn_ex", TAU_S, "C_m", C, "E_L", 0.0, "V_reset", 0.0, "V_th", 1e3);
        int steps = 500;
        double worst = 0;
        double peak = 0;
        int peakStep = 0;
        StepDriver alpha = new StepDriver(Blocks.create("iaf_psc_alpha", 1, H, p, Integrator.ACCURATE), H);
        alpha.event(1, 0, 0, w);
        double[] va = alpha.run(steps, "V_m", 0);
        StepDriver exp = new StepDriver(Blocks.create("iaf_psc_exp", 1, H, p, Integrator.ACCURATE), H);
        exp.event(1, 0, 0, 100.0);
        double[] ve = exp.run(steps, "V_m", 0);
        for (int k = 0; k < steps; k++) {
            double s = (k + 1) * H - 2 * H;
            double ea = s <= 0 ? 0 : alphaPsp(s, w);
            double ee = s <= 0 ? 0 : 100.0 / (C * b) * (Math.exp(-s / TAU_M) - Math.exp(-s / TAU_S));
            worst = Math.max(worst, Math.max(Math.abs(va[k] - ea), Math.abs(ve[k] - ee)));
            if (va[k] > peak) {
                peak = va[k];
                peakStep = k;
            }
        }
        double peakTime = (peakStep + 1) * H;
        double expectedPeak = 2 * H + tMax;
        if (Math.abs(peakTime - expectedPeak) > H / 2 + 1e-12 || Math.abs(alphaPsp(tMax, w) - 1.0) > 1e-12) {
            return new Result(Double.POSITIVE_INFINITY, 1e-9, "max |ΔV| [mV]",
                    "alpha peak at " + peakTime + " ms, expected " + expectedPeak);
        }
        return new Result(worst, 1e-9, "max |ΔV| [mV]", String.format("t_max %.4f ms, sampled peak %.6f mV at %.1f ms", tMax, peak, peakTime));
    }
}
