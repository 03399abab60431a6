package org.neurite.pointneuron.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.pointneuron.config.NetworkFile;

/**
 * A model without parameters or recordables (parrot_neuron) gets messages that say so, instead of
 * an empty list ("known: )").
 */
class ModelWithoutParametersTest {
    private static String error(String json) {
        return assertThrows(BadInputException.class,
                () -> new Network(NetworkFile.parse(Json.parse(json, "p.json")), 1)).getMessage();
    }

    @Test
    void aParrotHasNoParametersAndRecordsNothing() {
        String params = error("""
                {"dt": 0.1, "tstop": 1, "groups": [{"name": "p", "size": 2, "model": "parrot_neuron", "params": {"V_m": -70}}]}
                """);
        assertTrue(params.contains("unknown parameter") && params.contains("V_m") && params.contains("it takes no parameters"), params);
        assertEquals(1, params.split("\n").length);
        String mm = error("""
                {"dt": 0.1, "tstop": 1, "groups": [{"name": "p", "size": 2, "model": "parrot_neuron"}],
                 "devices": [{"type": "multimeter", "target": "p", "record_from": ["V_m"], "interval": 1.0}]}
                """);
        assertTrue(mm.contains("unknown variable \"V_m\"") && mm.contains("the model records nothing"), mm);
    }
}
