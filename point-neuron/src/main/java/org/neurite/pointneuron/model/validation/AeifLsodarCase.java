package org.neurite.pointneuron.model.validation;

import org.neurite.channels.io.NumericTable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.pointneuron.model.Integrator;
import org.neurite.pointneuron.model.NeuronBlock;

/**
 * NEST's test_aeif_lsodar: an AdEx neuron (no synaptic input, I_e = 420 pA, V(0) = −70 mV,
 * w(0) = 5 pA) simulated for 100 ms at h = 0.01 ms and compared with ODEPACK's LSODAR trajectory
 * (nest_point_neurons/aeif_lsodar_reference.csv, linearly interpolated onto the simulation
 * times) with NEST's metric and tolerances: mean relative error of V_m &lt; 5e-4 (points with
 * simulated V_m &gt; −25 mV excluded) and of w &lt; 1e-4. Run for aeif_cond_exp and aeif_cond_alpha
 * (identical without input) with the ACCURATE integrator; the error reported is the larger of
 * ΔV/5e-4 and Δw/1e-4 (pass ≤ 1).
 */
public final class AeifLsodarCase implements ValidationCase {
    /** NEST's tolerances. */
    public static final double TOL_V = 5e-4;
    /** NEST's tolerances. */
    public static final double TOL_W = 1e-4;

    @Override
    public String name() {
        return "nest/aeif-lsodar";
    }

    @Override
    public String reference() {
        return "aeif_cond_exp/alpha (RKF45) vs LSODAR trajectory, NEST's metric and tolerances";
    }

    @Override
    public String dataFolder() {
        return "nest_point_neurons";
    }

    /**
     * Mean relative errors {V, w} of a model and integrator at step h against the reference.
     *
     * @param dataDir the nest_point_neurons folder
     * @param model aeif_cond_exp or aeif_cond_alpha
     * @param mode integrator
     * @param h step [ms]
     * @return {mean rel. error of V, of w, number of spikes}
     */
    public static double[] errors(Path dataDir, String model, Integrator mode, double h) {
        JsonValue spec = Json.read(dataDir.resolve("aeif_lsodar_reference.json"));
        JsonValue pj = spec.require("parameters");
        Map<String, Double> p = new HashMap<>();
        for (String k : pj.keys()) {
            p.put(k, pj.get(k).asDouble());
        }
        Map<String, double[]> ref = NumericTable.csv(dataDir.resolve("aeif_lsodar_reference.csv"));
        double[] tRef = ref.get("t_ms");
        double[] vRef = ref.get("V_m_mV");
        double[] wRef = ref.get("w_pA");
        NeuronBlock b = Blocks.create(model, 1, h, p, mode);
        b.setState("V_m", 0, spec.require("initial_state").require("V_m").asDouble());
        b.setState("w", 0, spec.require("initial_state").require("w").asDouble());
        StepDriver d = new StepDriver(b, h);
        double tEnd = Math.min(spec.require("simtime_ms").asDouble(), tRef[tRef.length - 1]);
        int steps = (int) Math.floor(tEnd / h + 1e-9);
        double vLimit = 0.5 * (p.get("V_th") + p.get("V_peak"));
        double sumV = 0;
        double sumW = 0;
        int nV = 0;
        int nW = 0;
        int j = 0;
        for (int k = 0; k < steps; k++) {
            d.advance();
            double t = (k + 1) * h;
            while (j + 2 < tRef.length && tRef[j + 1] < t) {
                j++;
            }
            double f = (t - tRef[j]) / (tRef[j + 1] - tRef[j]);
            double vr = vRef[j] + f * (vRef[j + 1] - vRef[j]);
            double wr = wRef[j] + f * (wRef[j + 1] - wRef[j]);
            double vs = b.recordable(0, 0);
            double ws = b.recordable(3, 0);
            if (vs <= vLimit && Math.abs(vr) > 1e-12) {
                sumV += Math.abs(vs - vr) / Math.abs(vr);
                nV++;
            }
            if (Math.abs(wr) > 1e-12) {
                sumW += Math.abs(ws - wr) / Math.abs(wr);
                nW++;
            }
        }
        return new double[] {sumV / nV, sumW / nW, d.spikeCount()};
    }

    @Override
    public Result run(Path dataDir) {
        double worst = 0;
        StringBuilder detail = new StringBuilder();
        for (String model : new String[] {"aeif_cond_exp", "aeif_cond_alpha"}) {
            double[] e = errors(dataDir, model, Integrator.ACCURATE, 0.01);
            worst = Math.max(worst, Math.max(e[0] / TOL_V, e[1] / TOL_W));
            detail.append(String.format("%s: V %.2e, w %.2e, %d spikes; ", model, e[0], e[1], (int) e[2]));
        }
        return new Result(worst, 1.0, "max(ΔV/5e-4, Δw/1e-4), mean rel. errors", detail.toString().trim());
    }
}
