package org.neurite.meanfield.markov;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neurite.channels.input.RateWaveform;
import org.neurite.channels.io.BadInputException;
import org.neurite.meanfield.stats.Pathway;
import org.neurite.meanfield.tf.TransferFunction;

/**
 * A Markovian mean-field description of a network (El Boustani &amp; Destexhe 2009, Neural Comput
 * 21:46): recurrent populations, each with a transfer function and the pathways it receives
 * (from recurrent populations or from afferent drives whose rates are given functions of time),
 * optionally with spike-frequency adaptation (di Volo et al. 2019, Neural Comput 31:653), and the
 * Markov time constant T. Immutable; {@link MarkovSystem} evaluates it.
 *
 * @param populations the recurrent populations, in state order
 * @param afferents the afferent drives by name: rate [Hz] as a function of time [ms]
 * @param markovTimeMs the time constant T [ms] (Zerlaut et al. 2018: 5 ms)
 */
public record MeanFieldModel(List<Population> populations, Map<String, RateWaveform> afferents, double markovTimeMs) {
    /**
     * Spike-frequency adaptation of a population: τ_w dW/dt = a (μ_V − E_L) − W + τ_w b ν
     * (di Volo 2019), W entering μ_V as −W/μ_G.
     *
     * @param aNS subthreshold adaptation a [nS]
     * @param bPA spike-triggered increment b [pA]
     * @param tauwMs time constant τ_w [ms], &gt; 0
     */
    public record Adaptation(double aNS, double bPA, double tauwMs) {
        public Adaptation {
            if (!(tauwMs > 0) || !Double.isFinite(tauwMs)) {
                throw BadInputException.parameter("adaptation tauw", "must be > 0 [ms], got " + tauwMs);
            }
        }
    }

    /**
     * One input pathway of a population.
     *
     * @param source name of the recurrent population or afferent drive it comes from
     * @param pathway the synapses (count per neuron, Q, τ, E)
     */
    public record Input(String source, Pathway pathway) {
    }

    /**
     * A recurrent population.
     *
     * @param name its name
     * @param size number of neurons N (the finite-size term of the second order), &gt; 0
     * @param tf its transfer function
     * @param inputs its input pathways
     * @param adaptation its adaptation, or null for none
     */
    public record Population(String name, double size, TransferFunction tf, List<Input> inputs, Adaptation adaptation) {
        public Population {
            inputs = List.copyOf(inputs);
            if (!(size > 0)) {
                throw BadInputException.parameter("population " + name + " size", "must be > 0, got " + size);
            }
        }
    }

    public MeanFieldModel {
        populations = List.copyOf(populations);
        afferents = new LinkedHashMap<>(afferents);
        if (populations.isEmpty()) {
            throw BadInputException.parameter("mean field", "needs at least one recurrent population");
        }
        if (!(markovTimeMs > 0) || !Double.isFinite(markovTimeMs)) {
            throw BadInputException.parameter("mean field T", "must be > 0 [ms], got " + markovTimeMs);
        }
        Set<String> names = new HashSet<>();
        for (Population p : populations) {
            if (!names.add(p.name())) {
                throw BadInputException.parameter("population " + p.name(), "defined twice");
            }
        }
        for (String a : afferents.keySet()) {
            if (names.contains(a)) {
                throw BadInputException.parameter("afferent " + a, "has the name of a recurrent population");
            }
        }
        for (Population p : populations) {
            for (Input in : p.inputs()) {
                if (!names.contains(in.source()) && !afferents.containsKey(in.source())) {
                    throw BadInputException.parameter("population " + p.name() + " input " + in.source(),
                            "is neither a recurrent population nor an afferent drive");
                }
            }
        }
    }

    /** Index of a recurrent population, or −1. */
    public int indexOf(String population) {
        for (int i = 0; i < populations.size(); i++) {
            if (populations.get(i).name().equals(population)) {
                return i;
            }
        }
        return -1;
    }

    /** The same model with other afferent drives (e.g. a step or a ramp instead of a constant). */
    public MeanFieldModel withAfferents(Map<String, RateWaveform> drives) {
        Map<String, RateWaveform> m = new LinkedHashMap<>(afferents);
        for (Map.Entry<String, RateWaveform> e : drives.entrySet()) {
            if (!m.containsKey(e.getKey())) {
                throw BadInputException.parameter("afferent " + e.getKey(), "is not an afferent drive of the model (known: "
                        + String.join(", ", m.keySet()) + ")");
            }
            m.put(e.getKey(), e.getValue());
        }
        return new MeanFieldModel(populations, m, markovTimeMs);
    }
}
