package org.neurite.pointneuron.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.receptor.Exponential;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.spi.BenchWorkload;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.ParameterSpec;
import org.neurite.channels.spi.Plugins;
import org.neurite.channels.spi.ValidationCase;
import org.neurite.channels.testing.ValidationData;
import org.neurite.pointneuron.model.validation.Blocks;

/**
 * Every model is registered with its NEST/ntwk parameters, NEST's defaults (checked against
 * nest_point_neurons/nest_model_defaults.json), clear errors for bad values, and runs in both modes.
 */
class ModelRegistryTest {
    static final List<String> NEST = List.of("iaf_psc_alpha", "iaf_psc_exp", "iaf_psc_delta", "iaf_cond_exp", "iaf_cond_alpha",
            "aeif_cond_exp", "aeif_cond_alpha", "izhikevich", "hh_psc_alpha", "hh_cond_exp_traub");
    static final List<String> NTWK = List.of("LIF", "EIF", "AdExp");

    @Test
    void allModelsAreRegistered() {
        Set<String> names = new TreeSet<>();
        for (NeuronModelPlugin p : Plugins.of(NeuronModelPlugin.class)) {
            names.add(p.name());
            assertFalse(p.description().isBlank(), p.name());
            for (ParameterSpec s : p.parameters()) {
                assertTrue(s.defaultValue() >= s.min() && s.defaultValue() <= s.max(), p.name() + " " + s.name());
                assertFalse(s.unit().isBlank(), p.name() + " " + s.name());
            }
        }
        assertTrue(names.containsAll(NEST) && names.containsAll(NTWK), names.toString());
    }

    @Test
    void defaultsAreNests() {
        // nest_model_defaults.json: NEST's Parameters_() defaults per model (numbers only).
        JsonValue all = Json.read(ValidationData.file("nest_point_neurons", "nest_model_defaults.json"));
        int checked = 0;
        for (String model : all.keys()) {
            if (model.startsWith("_")) {
                continue;
            }
            NeuronModelPlugin p = Plugins.find(NeuronModelPlugin.class, model);
            JsonValue d = all.require(model);
            for (ParameterSpec s : p.parameters()) {
                if (d.has(s.name()) && d.get(s.name()).isNumber()) {
                    assertEquals(d.get(s.name()).asDouble(), s.defaultValue(), 0.0, model + " " + s.name());
                    checked++;
                }
            }
        }
        assertTrue(checked > 60, "compared " + checked + " defaults");
    }

    @Test
    void everyModelRunsInBothModes() {
        List<Receptor> pathways = List.of(Receptor.conductance("Exc", new Exponential(5.0), 0.0));
        for (NeuronModelPlugin p : Plugins.of(NeuronModelPlugin.class)) {
            for (Integrator mode : Integrator.values()) {
                for (int n : new int[] {0, 3}) {
                    NeuronBlock b = p.create(new BlockSpec("pop", n, ParameterSet.of(p.name(), p.parameters(), Map.of()), pathways, 0.1,
                            new org.neurite.channels.rng.RandomStreams(1), 0, mode));
                    assertEquals(n, b.size());
                    assertEquals(b.portNames().size(), b.portInput().length);
                    SpikeBuffer buf = new SpikeBuffer();
                    for (int s = 0; s < 20; s++) {
                        b.update(s, 0, n, buf);
                    }
                    for (int v = 0; v < b.recordables().size() && n > 0; v++) {
                        assertTrue(Double.isFinite(b.recordable(v, 2)), p.name() + " " + b.recordables().get(v));
                    }
                }
            }
        }
    }

    @Test
    void rangesOnTwoThreadsGiveTheSameResultAsOneUpdate() throws Exception {
        // Determinism: a block updated as two ranges on two threads (the simulator's parallel mode)
        // must give bit-for-bit the states and spikes of one whole update, for every model and mode.
        List<Receptor> pathways = List.of(Receptor.conductance("Exc", new Exponential(5.0), 0.0),
                Receptor.conductance("Inh", new Exponential(5.0), -80.0));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (NeuronModelPlugin p : Plugins.of(NeuronModelPlugin.class)) {
                for (Integrator mode : Integrator.values()) {
                    int n = 10;
                    NeuronBlock[] b = new NeuronBlock[2];
                    for (int k = 0; k < 2; k++) {
                        b[k] = p.create(new BlockSpec("pop", n, ParameterSet.of(p.name(), p.parameters(), Map.of()), pathways, 0.1,
                                new org.neurite.channels.rng.RandomStreams(1), 0, mode));
                    }
                    java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
                    for (int s = 0; s < 300; s++) {
                        int port = rnd.nextInt(b[0].portInput().length);
                        int i = rnd.nextInt(n);
                        double w = b[0].portNames().size() == 1 ? 4.0 : (p.name().startsWith("hh_psc") ? 400.0 : 20.0);
                        double cur = 200.0 + 100.0 * rnd.nextDouble();
                        for (NeuronBlock blk : b) {
                            blk.portInput()[port][i] += w;
                            blk.currentInput()[(s * 7) % n] += cur;
                        }
                        SpikeBuffer whole = new SpikeBuffer();
                        b[0].update(s, 0, n, whole);
                        SpikeBuffer lo = new SpikeBuffer();
                        SpikeBuffer hi = new SpikeBuffer();
                        final int step = s;
                        var f1 = pool.submit(() -> b[1].update(step, 0, n / 2, lo));
                        var f2 = pool.submit(() -> b[1].update(step, n / 2, n, hi));
                        f1.get();
                        f2.get();
                        int[] merged = new int[lo.size() + hi.size()];
                        for (int k = 0; k < lo.size(); k++) {
                            merged[k] = lo.get(k);
                        }
                        for (int k = 0; k < hi.size(); k++) {
                            merged[lo.size() + k] = hi.get(k);
                        }
                        int[] one = new int[whole.size()];
                        for (int k = 0; k < whole.size(); k++) {
                            one[k] = whole.get(k);
                        }
                        org.junit.jupiter.api.Assertions.assertArrayEquals(one, merged, p.name() + " " + mode + " step " + s);
                        for (int v = 0; v < b[0].recordables().size(); v++) {
                            for (int j = 0; j < n; j++) {
                                assertEquals(b[0].recordable(v, j), b[1].recordable(v, j), 0.0, p.name() + " " + mode);
                            }
                        }
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void badValuesNameTheModelAndParameter() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> Blocks.create("iaf_psc_alpha", 1, 0.1, Map.of("tau_m", -10.0), Integrator.FAST));
        assertEquals("parameter iaf_psc_alpha tau_m: must be > 0 [ms], got -10.0", e.getMessage());
        e = assertThrows(BadInputException.class,
                () -> Blocks.create("AdExp", 1, 0.1, Map.of("Tsyn", 5.0), Integrator.FAST));
        assertTrue(e.getMessage().startsWith("parameter AdExp Tsyn: unknown parameter (known: Gl, Cm, Trefrac"), e.getMessage());
        e = assertThrows(BadInputException.class,
                () -> Blocks.create("hh_cond_exp_traub", 1, 0.1, Map.of("t_ref", Double.NaN), Integrator.FAST));
        assertTrue(e.getMessage().contains("t_ref") && e.getMessage().contains("finite"), e.getMessage());
        e = assertThrows(BadInputException.class, () -> Blocks.create("iaf_psc_beta", 1, 0.1, Map.of(), Integrator.FAST));
        assertTrue(e.getMessage().contains("iaf_psc_beta") && e.getMessage().contains("iaf_psc_alpha"), e.getMessage());
    }

    @Test
    void benchmarkAndValidationCasesAreRegistered() {
        assertTrue(Plugins.services(BenchWorkload.class, BenchWorkload::name).stream().anyMatch(w -> w.name().equals("neuron-models")));
        Set<String> cases = new TreeSet<>();
        for (ValidationCase c : Plugins.services(ValidationCase.class, ValidationCase::name)) {
            cases.add(c.name());
        }
        assertTrue(cases.containsAll(List.of("nest/iaf_psc-dc-tables", "nest/aeif-lsodar", "nest/hh_cond_exp_traub",
                "nest/hh_psc_alpha-neuron", "theory/siegert", "theory/siegert-vs-lif", "nest/aeif-naud2008-patterns",
                "ntwk/AdExp-transfer-function")), cases.toString());
    }
}
