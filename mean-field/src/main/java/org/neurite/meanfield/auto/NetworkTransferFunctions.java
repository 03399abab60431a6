package org.neurite.meanfield.auto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.meanfield.network.NetworkMapping;
import org.neurite.meanfield.network.NetworkMeanField;
import org.neurite.meanfield.stats.Membrane;
import org.neurite.meanfield.stats.ShotNoise;
import org.neurite.meanfield.tf.Coefficients;
import org.neurite.pointneuron.run.Network;
import org.neurite.pointneuron.sim.Population;

/**
 * The transfer function of every recurrent population of a network: the one the user gave, else
 * the cached one, else one obtained by characterising the population's cell as the network
 * simulates it (model, parameters, integrator, step) over the input rates the network can give it
 * ({@link InputKinds}: drives between their lowest and highest rate, recurrent populations up to
 * 30 Hz) on an adaptive grid, and fitting the zerlaut2018 template to it. Characterisations run
 * one population after the other, each over all threads (results do not depend on their number),
 * and are written to the cache.
 *
 * <p>With {@code adaptation} on, the cells are characterised with a = b = 0, since the mean field
 * then carries their adaptation as the variable W (di Volo et al. 2019); without it they are
 * characterised with their adaptation, whose stationary effect the transfer function then holds
 * (Zerlaut et al. 2018).
 */
public final class NetworkTransferFunctions {
    private NetworkTransferFunctions() {
    }

    /** Where a population's transfer function came from. */
    public enum Origin {
        /** given by the user ({@code --tf}) */
        GIVEN,
        /** read from the cache */
        CACHED,
        /** characterised now (and cached when a cache is in use) */
        CHARACTERISED
    }

    /**
     * What happened for one population.
     *
     * @param population its name
     * @param origin where its transfer function came from
     * @param source the file it was read from or cached in (null when characterised without a cache)
     * @param rmsHz RMS error of the fit over the characterised grid [Hz] (NaN when given)
     * @param seconds characterisation wall time [s] (for a cached one: when it was made; 0 when given)
     * @param points grid points characterised (0 when not characterised now)
     */
    public record Outcome(String population, Origin origin, String source, double rmsHz, double seconds, int points) {
        /** One line for the user. */
        public String describe() {
            return switch (origin) {
                case GIVEN -> String.format(Locale.ROOT, "transfer function of %s: given (%s)", population, source);
                case CACHED -> String.format(Locale.ROOT, "transfer function of %s: from the cache, fit RMS %.3f Hz (%s)",
                        population, rmsHz, source);
                case CHARACTERISED -> String.format(Locale.ROOT, "transfer function of %s: characterised (%d points) in %.1f s, "
                        + "fit RMS %.3f Hz%s", population, points, seconds, rmsHz, source == null ? ", not cached" : " -> " + source);
            };
        }
    }

    /**
     * @param coefficients the transfer function of every recurrent population
     * @param outcomes per population, in the network's order
     * @param warnings problems met on the way (unusable cache entries, a cache that could not be written)
     * @param characterisationSeconds wall time of the characterisations made now [s]
     */
    public record Result(Map<String, Coefficients> coefficients, List<Outcome> outcomes, List<String> warnings,
                         double characterisationSeconds) {
    }

    /**
     * @param form fluctuation formulas of the fits (null: textbook)
     * @param adaptation whether the mean field carries adaptation as W (cells then characterised without it)
     * @param threads worker threads of the characterisation
     * @param cache the cache, or null to characterise without one
     */
    public record Options(ShotNoise form, boolean adaptation, int threads, TfCache cache) {
        public Options {
            if (threads < 1) {
                throw BadInputException.parameter("threads", "must be >= 1, got " + threads);
            }
        }
    }

    /**
     * @param net the built network (not run)
     * @param mapping its mean-field mapping
     * @param given transfer functions given by the user, by population
     * @param o settings
     * @param progress receives the characterisations' progress (in simulated cell-steps)
     */
    public static Result resolve(Network net, NetworkMapping.Mapping mapping, Map<String, Coefficients> given, Options o,
                                 ProgressListener progress) {
        return resolve(net, mapping, given, o, Characterisation.Settings.DEFAULT, progress);
    }

    static Result resolve(Network net, NetworkMapping.Mapping mapping, Map<String, Coefficients> given, Options o,
                          Characterisation.Settings settings, ProgressListener progress) {
        ShotNoise form = o.form() == null ? ShotNoise.TEXTBOOK : o.form();
        Map<String, Coefficients> out = new LinkedHashMap<>();
        Outcome[] outcomes = new Outcome[mapping.populations().size()];
        List<String> warnings = new ArrayList<>();
        List<Integer> todo = new ArrayList<>();
        List<CellType> cells = new ArrayList<>();
        List<InputKinds> kinds = new ArrayList<>();
        List<Map<String, Object>> keys = new ArrayList<>();
        checkGiven(mapping, given);
        for (int i = 0; i < outcomes.length; i++) {
            NetworkMeanField.Population p = mapping.populations().get(i);
            Coefficients g = given.get(p.name());
            if (g != null) {
                out.put(p.name(), g);
                outcomes[i] = new Outcome(p.name(), Origin.GIVEN, g.source(), Double.NaN, 0, 0);
                continue;
            }
            Population pop = net.populations().get(i);
            CellType cell = CellType.of(net, pop, p.membrane(), o.adaptation());
            InputKinds k = InputKinds.of(mapping, p.name(), settings.outputCapHz(), net.config().tstopMs());
            Map<String, Object> key = key(cell, k, form, settings);
            TfCache.Entry hit = o.cache() == null ? null : o.cache().lookup(cell.model(), key, warnings);
            if (hit != null) {
                out.put(p.name(), hit.coefficients());
                outcomes[i] = new Outcome(p.name(), Origin.CACHED, hit.file().toString(), hit.rmsHz(), hit.characterisationSeconds(), 0);
                continue;
            }
            todo.add(i);
            cells.add(cell);
            kinds.add(k);
            keys.add(key);
        }
        double total = 0;
        for (int j = 0; j < todo.size(); j++) {
            total += Characterisation.work(cells.get(j), kinds.get(j), settings);
        }
        double offset = 0;
        double seconds = 0;
        for (int j = 0; j < todo.size(); j++) {
            CellType cell = cells.get(j);
            double w = Characterisation.work(cell, kinds.get(j), settings);
            final double off = offset;
            final double all = total;
            Characterisation.Outcome r = Characterisation.run(cell, kinds.get(j), form, settings, o.threads(),
                    (d, t) -> progress.progress(Math.round(off + w * d / Math.max(1, t)), Math.round(all)));
            offset += w;
            seconds += r.seconds();
            String file = null;
            if (o.cache() != null) {
                try {
                    file = o.cache().store(cell.model(), keys.get(j), cell.population(), r.fit(), r.data(), r.seconds()).toString();
                } catch (RuntimeException e) {
                    warnings.add("could not cache the transfer function of " + cell.population() + ": " + e.getMessage());
                }
            }
            Coefficients c = Coefficients.of(r.fit().tf(), file != null ? file : "automatic characterisation of " + cell.population());
            out.put(cell.population(), c);
            outcomes[todo.get(j)] = new Outcome(cell.population(), Origin.CHARACTERISED, file, r.fit().rmsHz(), r.seconds(),
                    r.data().size());
        }
        Map<String, Coefficients> ordered = new LinkedHashMap<>();
        for (NetworkMeanField.Population p : mapping.populations()) {
            ordered.put(p.name(), out.get(p.name()));
        }
        return new Result(ordered, List.of(outcomes), warnings, seconds);
    }

    /**
     * Checks that every given transfer function names a recurrent population of the network.
     *
     * @throws BadInputException naming the first unknown one and the populations there are
     */
    public static void checkGiven(NetworkMapping.Mapping mapping, Map<String, Coefficients> given) {
        for (String name : given.keySet()) {
            if (mapping.populations().stream().noneMatch(p -> p.name().equals(name))) {
                throw BadInputException.parameter("transfer function of " + name, "no recurrent population of that name (populations: "
                        + String.join(", ", mapping.populations().stream().map(NetworkMeanField.Population::name).toList()) + ")");
            }
        }
    }

    /** Everything the characterisation of a cell depends on. */
    static Map<String, Object> key(CellType cell, InputKinds kinds, ShotNoise form, Characterisation.Settings s) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("revision", TfCache.REVISION);
        k.put("neurite", version());
        k.put("model", cell.model());
        k.put("parameters", new TreeMap<>(cell.parameters().asMap()));
        k.put("integrator", cell.integrator().name().toLowerCase(Locale.ROOT));
        k.put("dt_ms", cell.dtMs());
        k.put("transient_ms", cell.transientMs());
        Membrane m = cell.membrane();
        Map<String, Object> mem = new LinkedHashMap<>();
        mem.put("Gl_nS", m.glNS());
        mem.put("Cm_pF", m.cmPF());
        mem.put("El_mV", m.elMV());
        mem.put("Vthre_mV", m.vthreMV());
        mem.put("I_pA", m.biasPA());
        k.put("membrane", mem);
        List<Object> pathways = new ArrayList<>();
        for (InputKinds.Kind kind : kinds.kinds()) {
            Map<String, Object> pk = new LinkedHashMap<>();
            pk.put("port", kind.port());
            pk.put("Q_nS", kind.qNS());
            pk.put("tau_ms", kind.tauMs());
            pk.put("Erev_mV", kind.erevMV());
            pk.put("rate_from_Hz", kind.loHz());
            pk.put("rate_to_Hz", kind.hiHz());
            pathways.add(pk);
        }
        k.put("pathways", pathways);
        k.put("template", Characterisation.TEMPLATE.id());
        k.put("fluctuations", form.id());
        k.put("sampling", s.describe());
        @SuppressWarnings("unchecked")
        Map<String, Object> canonical = (Map<String, Object>) TfCache.canonical(k);
        return canonical;
    }

    /** neurite's version from the jar manifest, or "development" when run from classes. */
    static String version() {
        String v = NetworkTransferFunctions.class.getPackage().getImplementationVersion();
        return v != null ? v : "development";
    }
}
