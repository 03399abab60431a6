package org.neurite.channels.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.receptor.Receptor;
import org.neurite.channels.receptor.ReceptorKinetics;

/**
 * Named receptors read from a JSON object, the same way in network files and cell specs:
 * <pre>
 *   "receptors": {"AMPA": {"kinetics": "exp2", "tau_rise": 0.2, "tau_decay": 2.0, "E_rev": 0.0},
 *                 "NMDA": {"kinetics": "nmda", "tau_rise": 2.0, "tau_decay": 70.0, "cMg": 1.0, "E_rev": 0.0}}
 * </pre>
 * {@code kinetics} is any receptor plugin (default {@code exp}) with its parameters (names and
 * units as {@code neurite plugins} lists them); {@code E_rev} [mV] makes the receptor
 * conductance-based (weights in nS), without it it is current-based (weights in pA). Every error
 * names the file, line and key.
 */
public final class ReceptorConfig {
    private ReceptorConfig() {
    }

    /**
     * Reads every member of a JSON object as a receptor named by its key.
     *
     * @param receptors the object, or null (no receptors)
     * @return receptors by name, in file order
     */
    public static Map<String, Receptor> readAll(JsonValue receptors) {
        Map<String, Receptor> out = new LinkedHashMap<>();
        if (receptors == null) {
            return out;
        }
        if (!receptors.isObject()) {
            throw receptors.error("must be an object of named receptors, e.g. {\"AMPA\": {\"kinetics\": \"exp2\", ...}}");
        }
        for (String name : receptors.keys()) {
            out.put(name, read(name, receptors.get(name)));
        }
        return out;
    }

    /**
     * Reads one receptor.
     *
     * @param name the receptor's name
     * @param o its JSON object (kinetics, the plugin's parameters, optional E_rev)
     */
    public static Receptor read(String name, JsonValue o) {
        if (!o.isObject()) {
            throw o.error("a receptor is an object with \"kinetics\", its parameters and \"E_rev\"");
        }
        String kind = o.getString("kinetics", "exp");
        ReceptorPlugin plugin;
        try {
            plugin = Plugins.find(ReceptorPlugin.class, kind);
        } catch (BadInputException e) {
            throw (o.has("kinetics") ? o.get("kinetics") : o).error(e.getMessage());
        }
        ParameterSet p = ParameterSet.fromJson("receptor " + name, plugin.parameters(), o, Set.of("kinetics", "E_rev"));
        ReceptorKinetics k = plugin.create(p);
        try {
            return o.has("E_rev") ? Receptor.conductance(name, k, o.getDouble("E_rev")) : Receptor.current(name, k);
        } catch (BadInputException e) {
            throw o.error(e.getMessage());
        }
    }
}
