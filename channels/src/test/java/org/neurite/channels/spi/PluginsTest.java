package org.neurite.channels.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neurite.channels.input.CurrentSource;
import org.neurite.channels.input.SpikeSource;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.ion.ChannelType;
import org.neurite.channels.receptor.BiExponential;
import org.neurite.channels.receptor.ReceptorKinetics;
import org.neurite.channels.rng.RandomStreams;

class PluginsTest {

    @Test
    void builtInsAreFoundThroughTheServiceLoader() {
        List<String> receptors = Plugins.of(ReceptorPlugin.class).stream().map(Plugin::name).toList();
        assertEquals(List.of("alpha", "delta", "exp", "exp2", "nmda"), receptors);
        assertTrue(Plugins.of(ChannelPlugin.class).stream().map(Plugin::name).toList().containsAll(List.of("hh_na", "hh_k", "hh_leak", "pas")));
        assertTrue(Plugins.of(SpikeSourcePlugin.class).stream().map(Plugin::name).toList()
                .containsAll(List.of("poisson", "inhomogeneous_poisson", "regular", "spike_times")));
        assertTrue(Plugins.of(CurrentSourcePlugin.class).stream().map(Plugin::name).toList()
                .containsAll(List.of("dc", "step", "ac", "ou_noise", "noise")));
        ChannelType na = Plugins.find(ChannelPlugin.class, "hh_na").create();
        assertEquals(50.0, na.defaultReversalMV(), 0);
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        BadInputException e = assertThrows(BadInputException.class, () -> Plugins.find(ReceptorPlugin.class, "ampa"));
        assertEquals("unknown name \"ampa\" among receptors (known: alpha, delta, exp, exp2, nmda)", e.getMessage());
    }

    @Test
    void parametersAreValidatedBeforeUse() {
        ReceptorPlugin exp2 = Plugins.find(ReceptorPlugin.class, "exp2");
        ReceptorKinetics k = exp2.create(ParameterSet.of("receptor AMPA", exp2.parameters(), Map.of("tau_rise", 0.2, "tau_decay", 2.0)));
        assertEquals(new BiExponential(0.2, 2.0), k);
        BadInputException neg = assertThrows(BadInputException.class,
                () -> ParameterSet.of("receptor AMPA", exp2.parameters(), Map.of("tau_rise", -0.2)));
        assertEquals("parameter receptor AMPA tau_rise: must be > 0 [ms], got -0.2", neg.getMessage());
        BadInputException nan = assertThrows(BadInputException.class,
                () -> ParameterSet.of("receptor AMPA", exp2.parameters(), Map.of("tau_decay", Double.NaN)));
        assertTrue(nan.getMessage().contains("finite"), nan.getMessage());
        BadInputException unknown = assertThrows(BadInputException.class,
                () -> ParameterSet.of("receptor AMPA", exp2.parameters(), Map.of("tau1", 1.0)));
        assertTrue(unknown.getMessage().contains("unknown parameter") && unknown.getMessage().contains("tau_rise"), unknown.getMessage());
    }

    @Test
    void sourcesAreBuiltFromJsonWithLocatedErrors() {
        SpikeSourcePlugin poisson = Plugins.find(SpikeSourcePlugin.class, "poisson");
        SpikeSource s = poisson.create(10, Json.parse("{\"type\": \"poisson\", \"rate\": 5}", "in.json"), new RandomStreams(1), 0);
        assertEquals(10, s.size());
        BadInputException e = assertThrows(BadInputException.class,
                () -> poisson.create(10, Json.parse("{\n\"type\": \"poisson\",\n\"rate\": -5}", "in.json"), new RandomStreams(1), 0));
        assertEquals("in.json:3: rate: must be >= 0 [Hz], got -5.0", e.getMessage());
        BadInputException missing = assertThrows(BadInputException.class,
                () -> poisson.create(10, Json.parse("{\"type\": \"poisson\"}", "in.json"), new RandomStreams(1), 0));
        assertTrue(missing.getMessage().contains("rate") && missing.getMessage().contains("required"), missing.getMessage());
        CurrentSource dc = Plugins.find(CurrentSourcePlugin.class, "dc")
                .create(1, Json.parse("{\"amplitude\": 100, \"start\": 20, \"stop\": 220}", "c.json"), new RandomStreams(1), 0);
        double[] out = new double[1];
        dc.sample(100, 0.1, out);
        assertEquals(100, out[0], 0);
        assertTrue(Set.of("dc", "step", "ac", "ou_noise", "noise").contains(Plugins.find(CurrentSourcePlugin.class, "ou_noise").name()));
    }
}
