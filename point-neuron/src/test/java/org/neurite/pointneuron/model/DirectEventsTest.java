package org.neurite.pointneuron.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neurite.channels.receptor.Exponential;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.rng.RandomStreams;
import org.neurite.channels.spi.ParameterSet;
import org.neurite.channels.spi.Plugins;
import org.neurite.pointneuron.model.validation.StepDriver;

/**
 * Direct events ({@link NeuronBlock#takeEventsDirectly()}): for every model that offers them, events
 * added to its banks right after the update of their step must give exactly (bit for bit) the
 * states and spikes of the same events written into the port input before the update — the
 * contract the simulator relies on when it bypasses the port input.
 */
class DirectEventsTest {
    static final List<String> DIRECT = List.of("iaf_psc_alpha", "iaf_psc_exp", "iaf_cond_exp", "iaf_cond_alpha", "aeif_cond_exp",
            "aeif_cond_alpha", "hh_psc_alpha", "hh_cond_exp_traub", "LIF", "EIF", "AdExp");

    static NeuronBlock block(String model, Integrator mode) {
        NeuronModelPlugin p = Plugins.find(NeuronModelPlugin.class, model);
        List<Receptor> pathways = List.of(Receptor.conductance("exc", new Exponential(5.0), 0.0),
                Receptor.conductance("inh", new Exponential(10.0), -80.0));
        return p.create(new BlockSpec("pop", 4, ParameterSet.of(model, p.parameters(), Map.of()), pathways, 0.1, new RandomStreams(1), 0, mode));
    }

    @Test
    @DisplayName("every model with event banks: direct events give bit-identical states and spikes to port input")
    void directEqualsPortInput() {
        int totalSpikes = 0;
        for (String model : DIRECT) {
            for (Integrator mode : Integrator.values()) {
                NeuronBlock a = block(model, mode);
                NeuronBlock b = block(model, mode);
                assertNotNull(b.eventBanks(), model);
                StepDriver viaInput = new StepDriver(a, 0.1);
                StepDriver direct = new StepDriver(b, 0.1).directEvents();
                boolean current = model.startsWith("iaf_psc") || model.startsWith("hh_psc");
                SplittableRandom r = new SplittableRandom(model.hashCode());
                for (int s = 0; s < 3000; s++) {
                    for (int port = 0; port < 2; port++) {
                        for (int i = 0; i < 4; i++) {
                            if (r.nextDouble() < 0.08) {
                                double w = (port == 0 ? 1 : -1) * (current ? 150.0 : 4.0) * r.nextDouble();
                                double v = current ? w : Math.abs(w);
                                viaInput.event(s, port, i, v);
                                direct.event(s, port, i, v);
                            }
                        }
                    }
                }
                for (int i = 0; i < 4; i++) {
                    viaInput.dcGenerator(i, 100.0 * i, 1);
                    direct.dcGenerator(i, 100.0 * i, 1);
                }
                for (int s = 0; s < 3000; s++) {
                    viaInput.advance();
                    direct.advance();
                    for (int v = 0; v < a.recordables().size(); v++) {
                        for (int i = 0; i < 4; i++) {
                            assertEquals(a.recordable(v, i), b.recordable(v, i), 0.0,
                                    model + " " + mode + " " + a.recordables().get(v) + "[" + i + "] at step " + s);
                        }
                    }
                }
                for (int i = 0; i < 4; i++) {
                    assertEquals(viaInput.spikeSteps(i).length, direct.spikeSteps(i).length, model + " spikes of " + i);
                }
                totalSpikes += viaInput.spikeCount();
            }
        }
        assertTrue(totalSpikes > 100, "the inputs make the cells fire: " + totalSpikes);
    }

    @Test
    @DisplayName("models whose input acts inside the step (delta jumps) have no event banks")
    void deltaModelsKeepPortInput() {
        for (String model : List.of("iaf_psc_delta", "izhikevich")) {
            NeuronBlock b = block(model, Integrator.FAST);
            assertNull(b.eventBanks(), model);
            assertThrows(UnsupportedOperationException.class, b::takeEventsDirectly, model);
        }
    }
}
