package org.neurite.pointneuron.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.pointneuron.config.NetworkConfig;
import org.neurite.pointneuron.config.NetworkFile;

/**
 * The reference networks shipped in the jar (also in {@code examples/} of the repository):
 * {@code coba} (Brette et al. 2007 benchmark 1, NEST models), {@code coba_brian2} (the same
 * with Brian2's semantics, as Brian2's benchmark suite runs it), {@code rsfs_demo} (the ntwk
 * RS-FS demo network), {@code rsfs_config1} (Zerlaut et al. 2018
 * RS-FS CONFIG1 as the Brian2 reference built it), {@code brunel_panel_c} (Brunel 2000 Fig. 8C).
 */
public final class BuiltinNetworks {
    /** Names of the shipped networks. */
    public static final List<String> NAMES = List.of("coba", "coba_brian2", "rsfs_config1", "rsfs_demo", "brunel_panel_c");

    private BuiltinNetworks() {
    }

    /** The JSON text of a shipped network. */
    public static String text(String name) {
        try (InputStream in = BuiltinNetworks.class.getResourceAsStream("/org/neurite/pointneuron/networks/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in network " + name + " (known: " + NAMES + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed document. */
    public static JsonValue document(String name) {
        return Json.parse(text(name), name + ".json");
    }

    /** The network description with overrides. */
    public static NetworkConfig config(String name, NetworkFile.Overrides overrides) {
        return NetworkFile.parse(document(name), overrides);
    }
}
