package org.neurite.pointneuron.model.validation;

import java.nio.file.Path;
import java.util.Map;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.pointneuron.model.Integrator;

/**
 * NEST's iaf_psc_exp DC test (test_iaf_psc_exp.py, written out in
 * nest_point_neurons/PROVENANCE.md): defaults, h = 0.1 ms, a dc_generator of 1000 pA connected
 * with delay 0.1 ms, 8 ms. Expected: V = E_L + R·I·(1 − exp(−t'/τ_m)), R = τ_m/C_m, t' counted
 * from the start of the first step in which the current acts (0.2 ms), V_reset from the sample at
 * which V would first reach V_th for t_ref/h + 1 samples (the reset sample and 20 refractory
 * ones), then the same rise from V_reset. NEST compares to 6 decimals: tolerance 1e-6 mV.
 */
public final class IafPscExpDcCase implements ValidationCase {
    private static final double TOL = 1e-6;

    @Override
    public String name() {
        return "nest/iaf_psc_exp-dc";
    }

    @Override
    public String reference() {
        return "iaf_psc_exp V_m under a delayed dc_generator vs NEST's closed-form expectation";
    }

    @Override
    public String dataFolder() {
        return null;
    }

    @Override
    public Result run(Path dataDir) {
        double h = 0.1;
        double tauM = 10.0;
        double r = tauM / 250.0;
        double amp = 1000.0;
        StepDriver d = new StepDriver(Blocks.create("iaf_psc_exp", 1, h, Map.of(), Integrator.ACCURATE), h);
        d.dcGenerator(0, amp, 1);
        int steps = 80;
        double[] v = d.run(steps, "V_m", 0);
        double worst = 0;
        int riseStart = 2; // the current acts in step 2: samples from index 1 (t = 0.2) count t' from 0
        int held = 0;
        int spikes = 0;
        for (int k = 0; k < steps; k++) {
            double expected;
            if (held > 0) {
                expected = -70.0;
                held--;
                if (held == 0) {
                    riseStart = k + 1; // after the last held sample the rise restarts
                }
            } else {
                double tPrime = (k + 1 - riseStart) * h;
                expected = tPrime <= 0 ? -70.0 : -70.0 + r * amp * (1 - Math.exp(-tPrime / tauM));
                if (expected >= -55.0) {
                    expected = -70.0;
                    held = 20;
                    spikes++;
                }
            }
            worst = Math.max(worst, Math.abs(v[k] - expected));
        }
        if (spikes == 0 || d.spikeSteps(0).length != spikes) {
            return new Result(Double.POSITIVE_INFINITY, TOL, "max |ΔV_m| [mV]", "spike count " + d.spikeSteps(0).length + " vs " + spikes);
        }
        return new Result(worst, TOL, "max |ΔV_m| [mV]", spikes + " spike(s) in 8 ms");
    }
}
