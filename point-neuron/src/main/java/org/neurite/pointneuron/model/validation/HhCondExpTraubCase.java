package org.neurite.pointneuron.model.validation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neurite.channels.ion.ChannelType;
import org.neurite.channels.ion.TraubMiles;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.NeuronBlock;

/**
 * NEST's test_hh_cond_exp_traub (nest_point_neurons/hh_cond_exp_traub_case.json): the test
 * parameters with V_m = 10 mV and the gates NEST leaves at their default initial values (steady
 * state of the rates at V' = −60 mV), 100 pA from a dc_generator with delay 1 ms, two 1 nS events
 * entering g_ex at 1.1 and 2.2 ms; 40 steps of 0.1 ms with the ACCURATE integrator. NEST expects
 * exactly one spike, at 0.2 ms, and compares V_m, g_ex and g_in with rtol 1e-5. V_m is compared
 * that way. The conductances are compared absolutely, |Δg| ≤ 1e-5 nS (1e-5 of the 1 nS events):
 * NEST integrates g inside its RKF45 with absolute error control, and its table deviates from the
 * exact exponential decay (which neurite's synapse banks compute) by up to 2.1e-6 nS (with 6-digit rounding), i.e. up to
 * 2.9e-5 relative where g has decayed to 0.0025 nS. Error: max(relative ΔV_m, |Δg|/1 nS).
 */
public final class HhCondExpTraubCase implements ValidationCase {
    /** NEST's tolerance. */
    public static final double RTOL = 1e-5;

    @Override
    public String name() {
        return "nest/hh_cond_exp_traub";
    }

    @Override
    public String reference() {
        return "hh_cond_exp_traub V_m, g_ex, g_in and spike vs NEST test_hh_cond_exp_traub (rtol 1e-5)";
    }

    @Override
    public String dataFolder() {
        return "nest_point_neurons";
    }

    @Override
    public Result run(Path dataDir) {
        JsonValue c = Json.read(dataDir.resolve("hh_cond_exp_traub_case.json"));
        JsonValue tp = c.require("test_parameters");
        Map<String, Double> p = new HashMap<>();
        for (String k : tp.keys()) {
            if (!k.equals("V_m")) {
                p.put(k, tp.get(k).asDouble());
            }
        }
        double h = 0.1;
        NeuronBlock b = Blocks.create("hh_cond_exp_traub", 1, h, p, Integrator.ACCURATE);
        b.setState("V_m", 0, tp.require("V_m").asDouble());
        // NEST's initial gates: steady state of the rates evaluated at V' = E_L(default) = -60 mV
        double eLDefault = c.require("default_parameters").require("E_L").asDouble();
        ChannelType na = TraubMiles.sodium(0.0);
        ChannelType k = TraubMiles.potassium(0.0);
        b.setState("Act_m", 0, na.gates().get(0).steadyState(eLDefault));
        b.setState("Inact_h", 0, na.gates().get(1).steadyState(eLDefault));
        b.setState("Act_n", 0, k.gates().get(0).steadyState(eLDefault));
        StepDriver d = new StepDriver(b, h);
        d.dcGenerator(0, 100.0, 10);
        d.event(10, 0, 0, 1.0).event(21, 0, 0, 1.0);
        double[][] vRows = IafDcTablesCase.rows(c.require("expected_V_m").require("rows"));
        double[][] gRows = IafDcTablesCase.rows(c.require("expected_conductances").require("rows"));
        int steps = vRows.length;
        double[] v = new double[steps];
        double[] ge = new double[steps];
        double[] gi = new double[steps];
        for (int s = 0; s < steps; s++) {
            d.advance();
            v[s] = b.recordable(0, 0);
            ge[s] = b.recordable(1, 0);
            gi[s] = b.recordable(2, 0);
        }
        double worst = 0;
        for (double[] row : vRows) {
            int s = (int) row[0] - 1;
            worst = Math.max(worst, Math.abs(v[s] - row[1]) / Math.abs(row[1]));
        }
        double worstG = 0;
        for (double[] row : gRows) {
            int s = (int) row[0] - 1;
            worstG = Math.max(worstG, Math.abs(ge[s] - row[1]));
            worstG = Math.max(worstG, Math.abs(gi[s] - row[2]));
        }
        double[] spikes = d.spikeTimesMs(0);
        if (spikes.length != 1 || Math.abs(spikes[0] - 0.2) > 1e-9) {
            return new Result(Double.POSITIVE_INFINITY, RTOL, "max(rel. ΔV_m, |Δg|/1 nS)", "spikes " + java.util.Arrays.toString(spikes) + ", expected [0.2]");
        }
        return new Result(Math.max(worst, worstG), RTOL, "max(rel. ΔV_m, |Δg|/1 nS)",
                String.format("V_m rel. %.2e, g abs. %.2e nS; one spike at 0.2 ms", worst, worstG));
    }

}
