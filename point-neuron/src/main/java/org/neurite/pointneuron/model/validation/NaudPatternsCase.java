package org.neurite.pointneuron.model.validation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.pointneuron.model.Integrator;

/**
 * The eight AdEx firing patterns of Naud et al. 2008 (network_models/adex_firing_patterns.json,
 * parameters as Brian2's example uses them) with NEST's aeif_cond_exp (C→C_m, V_T→V_th,
 * V_r→V_reset, I→I_e; V_peak 0 mV as the example's V &gt; 0 mV detection, t_ref 0), 1 s of
 * constant current from rest at h = 0.1 ms, in both integration modes; each run is classified by
 * {@link FiringPattern#classify}. Error = number of misclassified runs; tolerance 0.
 */
public final class NaudPatternsCase implements ValidationCase {
    static final double T_MS = 1000.0;

    @Override
    public String name() {
        return "nest/aeif-naud2008-patterns";
    }

    @Override
    public String reference() {
        return "aeif_cond_exp (ACCURATE and FAST): the 8 Naud et al. 2008 firing patterns classified from ISIs";
    }

    @Override
    public String dataFolder() {
        return "network_models";
    }

    /** The pattern expected for each name of the JSON. */
    static FiringPattern expected(String name) {
        switch (name) {
            case "tonic spiking":
                return FiringPattern.TONIC;
            case "adaptation":
                return FiringPattern.ADAPTATION;
            case "initial burst":
                return FiringPattern.INITIAL_BURST;
            case "regular bursting":
                return FiringPattern.REGULAR_BURSTING;
            case "delayed accelerating":
                return FiringPattern.DELAYED_ACCELERATING;
            case "delayed regular bursting":
                return FiringPattern.DELAYED_REGULAR_BURSTING;
            case "transient spiking":
                return FiringPattern.TRANSIENT;
            case "irregular spiking":
                return FiringPattern.IRREGULAR;
            default:
                throw new IllegalArgumentException("unknown pattern " + name);
        }
    }

    /** Simulates one parameter set of the JSON and returns the spike times [ms]. */
    static double[] simulate(JsonValue p, Integrator mode) {
        Map<String, Double> m = new HashMap<>();
        m.put("C_m", p.require("C").asDouble());
        m.put("g_L", p.require("g_L").asDouble());
        m.put("E_L", p.require("E_L").asDouble());
        m.put("V_th", p.require("V_T").asDouble());
        m.put("Delta_T", p.require("Delta_T").asDouble());
        m.put("a", p.require("a").asDouble());
        m.put("tau_w", p.require("tau_w").asDouble());
        m.put("b", p.require("b").asDouble());
        m.put("V_reset", p.require("V_r").asDouble());
        m.put("I_e", p.require("I").asDouble());
        m.put("V_peak", 0.0);
        m.put("t_ref", 0.0);
        StepDriver d = new StepDriver(Blocks.create("aeif_cond_exp", 1, 0.1, m, mode), 0.1);
        d.run((int) Math.round(T_MS / 0.1));
        return d.spikeTimesMs(0);
    }

    @Override
    public Result run(Path dataDir) {
        JsonValue patterns = Json.read(dataDir.resolve("adex_firing_patterns.json"))
                .require("naud2008_adex_firing_patterns").require("patterns");
        int wrong = 0;
        StringBuilder detail = new StringBuilder();
        for (String name : patterns.keys()) {
            FiringPattern want = expected(name);
            for (Integrator mode : Integrator.values()) {
                FiringPattern got = FiringPattern.classify(simulate(patterns.require(name), mode), T_MS);
                if (got != want) {
                    wrong++;
                    detail.append(name).append(' ').append(mode).append(": ").append(got).append("; ");
                }
            }
        }
        return new Result(wrong, 0, "misclassified runs (of " + 2 * patterns.size() + ")",
                wrong == 0 ? "all patterns recognised" : detail.toString().trim());
    }
}
