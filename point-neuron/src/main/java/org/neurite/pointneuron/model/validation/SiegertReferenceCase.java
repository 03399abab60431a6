package org.neurite.pointneuron.model.validation;

import java.nio.file.Path;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.pointneuron.model.theory.Siegert;

/**
 * {@link Siegert} against NEST's test_siegert_neuron (nest_point_neurons/siegert_reference.json):
 * 27.1095934379 Hz at μ = θ = 15 mV, σ = √1.5 mV (τ_m 10 ms, t_ref 2 ms, V_r 0); the nearly
 * noise-free cases (σ = 0.015 mV) against 1/(t_ref + τ_m·ln((μ − V_r)/(μ − θ))) above threshold
 * and 0 below. NEST's tolerance: relative 1e-5.
 */
public final class SiegertReferenceCase implements ValidationCase {
    @Override
    public String name() {
        return "theory/siegert";
    }

    @Override
    public String reference() {
        return "Siegert rate vs NEST test_siegert_neuron (27.1095934379 Hz) and the noise-free limits";
    }

    @Override
    public String dataFolder() {
        return "nest_point_neurons";
    }

    @Override
    public Result run(Path dataDir) {
        JsonValue cases = Json.read(dataDir.resolve("siegert_reference.json")).require("cases");
        double worst = 0;
        StringBuilder detail = new StringBuilder();
        for (JsonValue c : cases.elements()) {
            double tau = c.require("tau_m_ms").asDouble();
            double tRef = c.require("t_ref_ms").asDouble();
            double theta = c.require("theta_mV").asDouble();
            double vr = c.require("V_reset_mV").asDouble();
            double mu = c.require("mu_mV").asDouble();
            double sigma = c.require("sigma_mV").asDouble();
            double expected = c.has("rate_Hz") ? c.require("rate_Hz").asDouble()
                    : mu > theta ? 1e3 / (tRef + tau * Math.log((mu - vr) / (mu - theta))) : 0.0;
            double got = Siegert.rateHz(tau, tRef, theta, vr, mu, sigma);
            double err = expected == 0 ? Math.abs(got) : Math.abs(got - expected) / expected;
            worst = Math.max(worst, err);
            detail.append(String.format("mu %.1f: %.10g Hz; ", mu, got));
        }
        return new Result(worst, 1e-5, "max relative error", detail.toString().trim());
    }
}
