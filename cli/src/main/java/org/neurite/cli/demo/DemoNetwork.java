package org.neurite.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.neurite.channels.io.AtomicFile;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.spi.ProgressListener;
import org.neurite.pointneuron.config.NetworkFile;
import org.neurite.pointneuron.run.NetworkRun;

/**
 * Step 1 of the demo: the ntwk RS-FS network with a Gaussian afferent bump
 * ({@code examples/demo_network.json}, bundled in the jar), simulated for 1.5 s; spikes, V traces
 * and population rates to {@code results.h5}.
 */
final class DemoNetwork {
    /** Name of the bundled network file (also examples/demo_network.json in the repository). */
    static final String RESOURCE = "demo_network.json";

    private DemoNetwork() {
    }

    /** The demo network's JSON text. */
    static String text() {
        return bundled(RESOURCE);
    }

    /**
     * A file bundled in the jar next to these classes (the cli pom copies them from examples/ and
     * morphologies/), as UTF-8 text.
     */
    static String bundled(String name) {
        try (InputStream in = DemoNetwork.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the demo's " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The afferent rate waveform of the demo: {times [ms], values [Hz]}. */
    static double[][] afferentRate(JsonValue config) {
        for (JsonValue d : config.require("devices").elements()) {
            if ("poisson_generator".equals(d.getString("type", "")) && d.require("rate").isObject()) {
                JsonValue r = d.require("rate");
                return new double[][] {r.require("times").asDoubleArray(), r.require("values").asDoubleArray()};
            }
        }
        throw new IllegalStateException("the demo network has no time-varying poisson_generator");
    }

    /**
     * Writes the network file into the output folder and runs it.
     *
     * @param out the demo's output folder
     * @param threads threads for the simulation
     * @param version neurite's version (recorded in results.h5)
     */
    static NetworkRun.Result run(Path out, int threads, String version, ProgressListener progress) {
        Path config = out.resolve("network.json");
        AtomicFile.writeString(config, text());
        NetworkRun.Options options = new NetworkRun.Options(NetworkFile.Overrides.NONE, threads, out.resolve("results.h5"), version);
        return NetworkRun.run(config, options, progress);
    }

    /** The parsed bundled network file. */
    static JsonValue config() {
        return Json.parse(text(), RESOURCE);
    }
}
