package org.neurite.meanfield.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.channels.input.RateWaveform;
import org.neurite.channels.io.BadInputException;
import org.neurite.meanfield.markov.MeanFieldModel;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.stats.Pathway;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.meanfield.tf.Coefficients;
import org.neurite.meanfield.tf.TransferFunction;

/**
 * Builds the mean-field model of a network: one Markov population per recurrent population, one
 * input pathway per projection onto it (in-degree K = the mean number of inputs a target neuron
 * receives from the source, quantal conductance, exponential decay, reversal), afferent drives as
 * rate functions of time, and each population's transfer-function coefficients evaluated with the
 * population's own membrane (its g_L, C_m, E_L, V_thre).
 */
public final class NetworkMeanField {
    /**
     * A recurrent population.
     *
     * @param name its name
     * @param size number of neurons
     * @param membrane its passive membrane
     * @param adaptation its adaptation (for the di Volo 2019 option), or null
     */
    public record Population(String name, int size, Membrane membrane, MeanFieldModel.Adaptation adaptation) {
    }

    /**
     * Inputs of a target population from one source.
     *
     * @param source a recurrent population or an afferent drive
     * @param target a recurrent population
     * @param inDegree mean number of inputs per target neuron (p·N_source for Bernoulli connectivity)
     * @param synapse Q [nS], τ [ms], E [mV] of these inputs (its count is replaced by the in-degree)
     */
    public record Projection(String source, String target, double inDegree, Pathway synapse) {
    }

    private NetworkMeanField() {
    }

    /**
     * @param populations the recurrent populations
     * @param afferents the afferent drives (rate [Hz] over time [ms]) by name
     * @param projections every projection onto a recurrent population
     * @param coefficients the transfer-function coefficients of every recurrent population
     * @param form the fluctuation form to use, or null for each file's own (textbook when unrecorded)
     * @param withAdaptation whether the populations' adaptation enters as a W variable (di Volo
     *                       2019); without it the transfer functions must already include it
     * @param markovTimeMs T [ms]
     * @param notes receives remarks for the user (e.g. a transfer function fitted for another membrane)
     */
    public static MeanFieldModel build(List<Population> populations, Map<String, RateWaveform> afferents, List<Projection> projections,
                                       Map<String, Coefficients> coefficients, ShotNoise form, boolean withAdaptation,
                                       double markovTimeMs, List<String> notes) {
        List<MeanFieldModel.Population> out = new ArrayList<>();
        for (Population p : populations) {
            Coefficients c = coefficients.get(p.name());
            if (c == null) {
                throw BadInputException.parameter("transfer function of " + p.name(),
                        "missing: give one for every recurrent population (e.g. --tf " + p.name() + "=fit.json)");
            }
            TransferFunction tf = c.transferFunction(p.membrane(), form);
            Membrane own = c.membrane();
            if (own != null && !sameMembrane(own, p.membrane())) {
                notes.add(p.name() + ": the transfer function was fitted for " + describe(own) + "; the population's "
                        + describe(p.membrane()) + " are used");
            }
            List<MeanFieldModel.Input> inputs = new ArrayList<>();
            for (Projection pr : projections) {
                if (!pr.target().equals(p.name()) || pr.inDegree() == 0) {
                    continue;
                }
                Pathway s = pr.synapse();
                inputs.add(new MeanFieldModel.Input(pr.source(),
                        new Pathway(pr.source() + "->" + p.name(), pr.inDegree(), s.qNS(), s.tauMs(), s.erevMV())));
            }
            MeanFieldModel.Adaptation ad = withAdaptation ? p.adaptation() : null;
            out.add(new MeanFieldModel.Population(p.name(), p.size(), tf, inputs, ad));
        }
        for (String name : coefficients.keySet()) {
            if (populations.stream().noneMatch(p -> p.name().equals(name))) {
                throw BadInputException.parameter("transfer function of " + name, "no recurrent population of that name (populations: "
                        + String.join(", ", populations.stream().map(Population::name).toList()) + ")");
            }
        }
        return new MeanFieldModel(out, new LinkedHashMap<>(afferents), markovTimeMs);
    }

    private static String describe(Membrane m) {
        return "g_L " + num(m.glNS()) + " nS, C_m " + num(m.cmPF()) + " pF, E_L " + num(m.elMV()) + " mV, I " + num(m.biasPA()) + " pA";
    }

    private static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e12 ? Long.toString((long) x) : String.format("%.4g", x);
    }

    private static boolean sameMembrane(Membrane a, Membrane b) {
        return close(a.glNS(), b.glNS()) && close(a.cmPF(), b.cmPF()) && close(a.elMV(), b.elMV()) && close(a.biasPA(), b.biasPA());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }
}
