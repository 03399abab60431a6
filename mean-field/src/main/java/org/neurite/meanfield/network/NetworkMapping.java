package org.neurite.meanfield.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neurite.channels.input.RateWaveform;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.receptor.Exponential;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.Plugins;
import org.neurite.meanfield.markov.MeanFieldModel;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.stats.Pathway;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.meanfield.tf.Coefficients;
import org.neurite.pointneuron.build.Projection;
import org.neurite.pointneuron.config.DeviceTypes;
import org.neurite.pointneuron.config.NetworkConfig;
import org.neurite.pointneuron.config.Waveforms;
import org.neurite.pointneuron.model.NeuronModelPlugin;
import org.neurite.pointneuron.run.Network;
import org.neurite.pointneuron.sim.Population;

/**
 * The mean field of a network built by the network side ({@link Network}, from a neurite network
 * file or an ntwk params.json): one Markov population per neural group; one input pathway per
 * (projection, receptor) with the in-degree the connection rule really produced (synapses /
 * target size) and the mean weight; one afferent drive per {@code poisson_generator} (rate
 * waveform × {@code n_sources} inputs per targeted neuron, switched off outside start/stop).
 * Cells: ntwk cells (Gl, Cm, El, Vthre; a, b, tauw) and NEST conductance models with exponential
 * synapses (g_L, C_m, E_L, V_th, I_e; tau_syn_ex/in, E_ex/E_in; a, b, tau_w). Recorders are ignored;
 * other generators are refused (the mean field has no term for them).
 */
public final class NetworkMapping {
    private NetworkMapping() {
    }

    /**
     * What the mean field sees of a network before transfer functions are attached: its recurrent
     * populations (membrane, adaptation), the afferent drives (rate [Hz] over time [ms]) and every
     * projection onto a recurrent population (in-degree, Q, τ, E; the pathway's name is the target
     * port's name).
     *
     * @param populations the recurrent populations, in the network's order
     * @param drives the afferent drives by device name
     * @param projections every input of a recurrent population (from a population or a drive)
     * @param notes remarks for the user (e.g. a drive that reaches only part of a population)
     */
    public record Mapping(List<NetworkMeanField.Population> populations, Map<String, RateWaveform> drives,
                          List<NetworkMeanField.Projection> projections, List<String> notes) {
        public Mapping {
            populations = List.copyOf(populations);
            drives = Collections.unmodifiableMap(new LinkedHashMap<>(drives));
            projections = List.copyOf(projections);
            notes = List.copyOf(notes);
        }

        /** The projections onto one population. */
        public List<NetworkMeanField.Projection> inputsOf(String population) {
            return projections.stream().filter(p -> p.target().equals(population)).toList();
        }
    }

    /**
     * @param net the built network (not run)
     * @param coefficients transfer-function coefficients per group name
     * @param form fluctuation form, or null for each file's own
     * @param withAdaptation whether adaptation enters as W (di Volo 2019)
     * @param markovTimeMs T [ms]
     * @param notes receives remarks for the user
     */
    public static MeanFieldModel model(Network net, Map<String, Coefficients> coefficients, ShotNoise form, boolean withAdaptation,
                                       double markovTimeMs, List<String> notes) {
        return model(map(net), coefficients, form, withAdaptation, markovTimeMs, notes);
    }

    /** The mean-field model of a mapped network (see {@link #model(Network, Map, ShotNoise, boolean, double, List)}). */
    public static MeanFieldModel model(Mapping m, Map<String, Coefficients> coefficients, ShotNoise form, boolean withAdaptation,
                                       double markovTimeMs, List<String> notes) {
        notes.addAll(m.notes());
        return NetworkMeanField.build(m.populations(), m.drives(), m.projections(), coefficients, form, withAdaptation, markovTimeMs,
                notes);
    }

    /** Maps a built network (not run) onto mean-field populations, drives and projections. */
    public static Mapping map(Network net) {
        List<String> notes = new ArrayList<>();
        List<Population> pops = net.populations();
        List<NetworkMeanField.Population> mfPops = new ArrayList<>();
        for (Population p : pops) {
            mfPops.add(new NetworkMeanField.Population(p.name(), p.size(), membrane(p), adaptation(p)));
        }
        List<NetworkMeanField.Projection> projections = new ArrayList<>();
        for (Projection pr : net.projections()) {
            Population post = pops.get(pr.postBlock());
            String pre = pops.get(pr.preBlock()).name();
            if (pr.synapseModel() != null) {
                // a tsodyks2 weight depends on the presynaptic rate, an stdp weight on spike timing; the Markovian mean field here has static weights
                throw BadInputException.parameter("connection " + pre + " -> " + post.name(),
                        "the mean field models static synapses only, not " + pr.synapseModel().name() + " (plastic synapses)");
            }
            int ports = post.block().portNames().size();
            long[] count = new long[ports];
            double[] weight = new double[ports];
            for (int k = 0; k < pr.size(); k++) {
                int port = pr.port(k);
                count[port]++;
                weight[port] += pr.weight(k);
            }
            for (int port = 0; port < ports; port++) {
                if (count[port] > 0) {
                    Pathway syn = synapse(post, port, weight[port] / count[port], pr.pathway());
                    projections.add(new NetworkMeanField.Projection(pre, post.name(), (double) count[port] / post.size(), syn));
                }
            }
        }
        Map<String, RateWaveform> drives = new LinkedHashMap<>();
        for (NetworkConfig.Device d : net.config().devices()) {
            if (DeviceTypes.RECORDERS.contains(d.type())) {
                continue;
            }
            if (!d.type().equals("poisson_generator")) {
                throw BadInputException.parameter("device " + d.name(), "the mean field models Poisson drives only, not " + d.type());
            }
            drives.put(d.name(), drive(d, net.config().tstopMs()));
            driveProjections(d, pops, projections, notes);
        }
        return new Mapping(mfPops, drives, projections, notes);
    }

    private static RateWaveform drive(NetworkConfig.Device d, double tstop) {
        JsonValue c = d.config();
        RateWaveform rate = Waveforms.fromJson(c.require("rate"));
        double start = c.getDouble("start", 0.0);
        double stop = c.getDouble("stop", Double.POSITIVE_INFINITY);
        if (start <= 0 && stop == Double.POSITIVE_INFINITY) {
            return rate;
        }
        return RateWaveform.of(t -> t >= start && t < stop ? rate.rateHz(t) : 0.0, rate.maxRateHz());
    }

    private static void driveProjections(NetworkConfig.Device d, List<Population> pops, List<NetworkMeanField.Projection> out,
                                         List<String> notes) {
        JsonValue c = d.config();
        double nSources = c.getDouble("n_sources", 1.0);
        double w = c.getDouble("weight", 1.0);
        String receptor = c.getString("receptor", null);
        Set<Integer> targets = new HashSet<>();
        for (int id : d.targets()) {
            targets.add(id);
        }
        for (Population p : pops) {
            int hit = 0;
            for (int id : p.group().ids()) {
                if (targets.contains(id)) {
                    hit++;
                }
            }
            if (hit == 0) {
                continue;
            }
            if (hit < p.size()) {
                notes.add(String.format("drive %s reaches %d of the %d neurons of %s: the mean field spreads it over all of them",
                        d.name(), hit, p.size(), p.name()));
            }
            int port = receptor != null ? p.block().portNames().indexOf(receptor) : p.block().portForWeight(w);
            double q = receptor != null ? w : p.block().portWeight(w);
            if (port < 0) {
                throw BadInputException.parameter("device " + d.name(), "population " + p.name() + " has no port for it");
            }
            out.add(new NetworkMeanField.Projection(d.name(), p.name(), nSources * hit / p.size(), synapse(p, port, q, "device " + d.name())));
        }
    }

    /** Q, τ, E of a port of a population. */
    private static Pathway synapse(Population p, int port, double q, String where) {
        String portName = p.block().portNames().get(port);
        if (p.receptors() != null) {
            Receptor r = p.receptors().get(port);
            if (!(r.kinetics() instanceof Exponential e) || Double.isNaN(r.reversalMV())) {
                throw BadInputException.parameter(where, "receptor " + r.name() + " of " + p.name()
                        + ": the mean field needs exponential conductance synapses (kinetics exp with E_rev)");
            }
            return new Pathway(portName, 1, q, e.tauMs(), r.reversalMV());
        }
        String model = p.group().model();
        Map<String, Double> v = parameters(p);
        Double tau = v.get("tau_syn_" + portName);
        Double erev = v.get("E_" + portName);
        if (!model.endsWith("_cond_exp") || tau == null || erev == null) {
            throw BadInputException.parameter(where, "model " + model + " of " + p.name()
                    + ": the mean field needs exponential conductance synapses (ntwk cells, iaf_cond_exp, aeif_cond_exp)");
        }
        return new Pathway(portName, 1, q, tau, erev);
    }

    /** The membrane from ntwk or NEST parameter names (model defaults filled in). */
    static Membrane membrane(Population p) {
        Map<String, Double> v = parameters(p);
        if (v.containsKey("Gl")) {
            return new Membrane(v.get("Gl"), v.get("Cm"), v.get("El"), v.getOrDefault("Vthre", Double.NaN));
        }
        if (v.containsKey("g_L")) {
            return new Membrane(v.get("g_L"), v.get("C_m"), v.get("E_L"), v.getOrDefault("V_th", Double.NaN), v.getOrDefault("I_e", 0.0));
        }
        throw BadInputException.parameter("population " + p.name(), "model " + p.group().model()
                + " has no leak parameters the mean field knows (Gl/Cm/El or g_L/C_m/E_L)");
    }

    /** Adaptation (a, b, τ_w) when the model has it and a or b is not zero. */
    public static MeanFieldModel.Adaptation adaptation(Population p) {
        Map<String, Double> v = parameters(p);
        Double a = v.get("a");
        Double b = v.get("b");
        Double tau = v.containsKey("tauw") ? v.get("tauw") : v.get("tau_w");
        if (a == null || b == null || tau == null || (a == 0 && b == 0)) {
            return null;
        }
        return new MeanFieldModel.Adaptation(a, b, tau);
    }

    private static Map<String, Double> parameters(Population p) {
        return cellParameters(p).asMap();
    }

    /** The validated parameters of a population's model, defaults filled in (its own names and units). */
    public static ParameterSet cellParameters(Population p) {
        NeuronModelPlugin plugin = Plugins.find(NeuronModelPlugin.class, p.group().model());
        return ParameterSet.of("model " + p.group().model() + " of group " + p.name(), plugin.parameters(), p.group().parameters());
    }
}
