package org.neurite.channels.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.ion.ChannelBank;
import org.neurite.channels.ion.SquidHh;
import org.neurite.channels.spi.ValidationCase;

/**
 * A 10 000 µm² squid patch (C 100 pF, ḡ 12 000 / 3 600 / 30 nS, E_L −54.402 mV) driven by 1000 pA
 * for 100 ms, built from channel banks with NEURON's tabulated hh rates and integrated as NEURON
 * does (backward Euler for V with linearised channels, exponential-Euler gates on the staggered
 * grid) at dt = 0.25 µs, against NEURON 8.2.2's peak times
 * (nest_point_neurons/hh_psc_alpha_neuron_reference.json). Tolerance 0.01 ms on every peak.
 */
public final class SquidPatchCase implements ValidationCase {
    @Override
    public String name() {
        return "ion/squid-patch";
    }

    @Override
    public String reference() {
        return "HH patch at 1 nA: 7 spike peak times vs NEURON 8.2.2 (hh, 1.25e-4 ms)";
    }

    @Override
    public String dataFolder() {
        return "nest_point_neurons";
    }

    /** The simulated peak times [ms] and the 0.1 ms samples of V [mV]. */
    public record Trace(double[] peaksMs, double[] vSamples) {
    }

    /** Simulates the patch at step dt for tstop ms; samples V every 0.1 ms (first sample at 0). */
    public static Trace simulate(double dtMs, double tstopMs) {
        int[] site = {0};
        ChannelBank na = new ChannelBank(SquidHh.neuronTabulated(SquidHh.sodium(), 6.3), site, new double[] {12000}, 6.3);
        ChannelBank k = new ChannelBank(SquidHh.neuronTabulated(SquidHh.potassium(), 6.3), site, new double[] {3600}, 6.3);
        ChannelBank leak = new ChannelBank(SquidHh.leak(), site, new double[] {30}, 6.3);
        leak.setReversal(-54.402);
        double cm = 100;
        double iInj = 1000;
        double[] v = {-65};
        na.initSteadyState(v, null);
        k.initSteadyState(v, null);
        na.advance(v, null, dtMs / 2); // staggered: gates live at t + dt/2
        k.advance(v, null, dtMs / 2);
        int stepsPerSample = (int) Math.round(0.1 / dtMs);
        int samples = (int) Math.round(tstopMs / 0.1) + 1;
        double[] vs = new double[samples];
        vs[0] = v[0];
        double[] g = new double[1];
        double[] ge = new double[1];
        List<Double> peaks = new ArrayList<>();
        double v2 = v[0];
        double v1 = v[0];
        long step = 0;
        for (int sample = 1; sample < samples; sample++) {
            for (int s = 0; s < stepsPerSample; s++) {
                g[0] = 0;
                ge[0] = 0;
                na.addConductances(g, ge);
                k.addConductances(g, ge);
                leak.addConductances(g, ge);
                v[0] = (cm / dtMs * v[0] + ge[0] + iInj) / (cm / dtMs + g[0]);
                na.advance(v, null, dtMs);
                k.advance(v, null, dtMs);
                step++;
                if (v1 > 0 && v1 >= v2 && v1 > v[0]) {
                    double off = 0.5 * (v2 - v[0]) / (v2 - 2 * v1 + v[0]);
                    peaks.add((step - 1 + off) * dtMs);
                }
                v2 = v1;
                v1 = v[0];
            }
            vs[sample] = v[0];
        }
        return new Trace(peaks.stream().mapToDouble(Double::doubleValue).toArray(), vs);
    }

    @Override
    public Result run(Path dataDir) {
        Path json = dataDir.resolve("hh_psc_alpha_neuron_reference.json");
        if (!Files.isRegularFile(json)) {
            throw BadInputException.at(json.toString(), 0, "reference file not found");
        }
        JsonValue cases = Json.read(json).require("cases");
        double[] ref = cases.require("hh_psc_alpha_Ie1000pA_neuron.csv").require("V_peak_times_ms").asDoubleArray();
        Trace t = simulate(0.00025, 100);
        if (t.peaksMs().length != ref.length) {
            return new Result(Double.POSITIVE_INFINITY, 0.01, "max |Δt_peak| [ms]",
                    "spike count " + t.peaksMs().length + " vs " + ref.length);
        }
        double worst = 0;
        for (int i = 0; i < ref.length; i++) {
            worst = Math.max(worst, Math.abs(ref[i] - t.peaksMs()[i]));
        }
        return new Result(worst, 0.01, "max |Δt_peak| [ms]", ref.length + " spikes");
    }
}
