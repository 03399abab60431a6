package org.neurite.meanfield.auto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.channels.io.AtomicFile;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.meanfield.tf.Coefficients;
import org.neurite.meanfield.tf.FitFile;
import org.neurite.meanfield.tf.TfData;
import org.neurite.meanfield.tf.TransferFunctionFit;

/**
 * A folder of automatically characterised transfer functions, one JSON file per characterisation.
 * An entry is a {@code fit.json} ({@link FitFile}; so it can also be given to {@code --tf}) with
 * two more members: {@code cache} — the key it was made for (cell model, parameters, integrator,
 * step, membrane, input kinds and their rate ranges, template, fluctuation form, sampling
 * settings, neurite version), its SHA-256, the scan's grid and output rates, and how long the
 * characterisation took — and {@code checksum_sha256} over everything else. The file is named
 * after the model and the key's hash; it is written through a temporary file and a rename, so it
 * is whole or absent. An entry that cannot be read, whose checksum does not match or whose key
 * differs is reported and replaced, never trusted.
 *
 * <p>The folder: {@code --tf-cache DIR}, else {@value #ENV}, else
 * {@code $XDG_CACHE_HOME/neurite/tf}, else {@code ~/.cache/neurite/tf}.
 */
public final class TfCache {
    /** Environment variable naming the cache folder. */
    public static final String ENV = "NEURITE_TF_CACHE";
    /** Revision of the automatic characterisation; part of every key. */
    static final String REVISION = "neurite-tf-cache/1";

    private final Path dir;

    private TfCache(Path dir) {
        this.dir = dir;
    }

    /**
     * A cache in the given folder, created when missing.
     *
     * @param dir the folder
     * @param what how the folder was chosen, for the message (e.g. {@code --tf-cache})
     * @throws BadInputException naming {@code what} and the folder when it cannot be created,
     *                           is not a folder, or cannot be read and written
     */
    public static TfCache open(Path dir, String what) {
        String problem = null;
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            problem = "it is not a folder";
        } else {
            try {
                Files.createDirectories(dir);
                if (!Files.isReadable(dir) || !Files.isWritable(dir) || !Files.isExecutable(dir)) {
                    problem = "it cannot be read and written";
                }
            } catch (IOException | SecurityException e) {
                problem = "it cannot be created (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
            }
        }
        if (problem != null) {
            throw BadInputException.parameter(what, "cannot use " + dir + " as the transfer-function cache: " + problem);
        }
        return new TfCache(dir);
    }

    /** The folder. */
    public Path directory() {
        return dir;
    }

    /**
     * The default folder: {@value #ENV} when set, else {@code $XDG_CACHE_HOME/neurite/tf}, else
     * {@code <home>/.cache/neurite/tf}.
     *
     * @param env the environment (e.g. {@code System.getenv()})
     * @param home the user's home folder
     */
    public static Path defaultDirectory(Map<String, String> env, String home) {
        String own = env.get(ENV);
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "neurite", "tf");
        }
        return Path.of(home, ".cache", "neurite", "tf");
    }

    /** {@link #defaultDirectory(Map, String)} of this process. */
    public static Path defaultDirectory() {
        return defaultDirectory(System.getenv(), System.getProperty("user.home"));
    }

    /**
     * The cache in {@link #defaultDirectory()}. A folder named by {@value #ENV} must be usable (an
     * error otherwise, as for an option); when the XDG/home default cannot be used, a warning is
     * added and null returned: the transfer functions are then characterised without caching.
     */
    public static TfCache openDefault(List<String> warnings) {
        return openDefault(System.getenv(), System.getProperty("user.home"), warnings);
    }

    static TfCache openDefault(Map<String, String> env, String home, List<String> warnings) {
        Path dir = defaultDirectory(env, home);
        String own = env.get(ENV);
        if (own != null && !own.isBlank()) {
            return open(dir, ENV);
        }
        try {
            return open(dir, "transfer-function cache");
        } catch (BadInputException e) {
            warnings.add(e.getMessage().replaceFirst("^parameter transfer-function cache: ", "") + "; the transfer functions are not "
                    + "cached (choose a folder with --tf-cache DIR or " + ENV + ")");
            return null;
        }
    }

    /**
     * A cache entry as read.
     *
     * @param file its file
     * @param coefficients the transfer function
     * @param rmsHz the fit's RMS error [Hz]
     * @param characterisationSeconds how long the characterisation took when it was made [s]
     */
    record Entry(Path file, Coefficients coefficients, double rmsHz, double characterisationSeconds) {
    }

    /** The file of a key. */
    Path file(String model, Map<String, Object> key) {
        String safe = model.replaceAll("[^A-Za-z0-9_.-]", "_");
        return dir.resolve(safe + "-" + sha256(Json.write(canonical(key))).substring(0, 32) + ".json");
    }

    /**
     * The entry of a key, or null when there is none; an unusable entry adds a warning and counts
     * as none.
     */
    Entry lookup(String model, Map<String, Object> key, List<String> warnings) {
        Path f = file(model, key);
        if (!Files.exists(f)) {
            return null;
        }
        String problem;
        try {
            JsonValue root = Json.read(f);
            problem = check(root, key);
            if (problem == null) {
                Coefficients c = FitFile.coefficients(root, f.toString());
                c.transferFunction(null, null); // the coefficients and membrane must make a transfer function
                JsonValue cache = root.require("cache");
                return new Entry(f, c, root.require("fit").getDouble("rms_Hz"), cache.getDouble("characterisation_s"));
            }
        } catch (RuntimeException e) { // whatever is wrong with the file, it is not trusted
            problem = e.getMessage();
        }
        warnings.add("the cached transfer function " + f + " is unusable (" + problem + "): characterising again");
        return null;
    }

    private static String check(JsonValue root, Map<String, Object> key) {
        if (!root.isObject() || !root.has("checksum_sha256") || !root.has("cache")) {
            return "not a neurite cache entry";
        }
        Map<String, Object> body = new LinkedHashMap<>(asMap(root.toJava()));
        Object sum = body.remove("checksum_sha256");
        if (!sha256(Json.write(canonical(body))).equals(sum)) {
            return "checksum mismatch";
        }
        Object stored = asMap(body.get("cache")).get("key");
        if (!Json.write(canonical(stored)).equals(Json.write(canonical(key)))) {
            return "made for another key";
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        if (!(o instanceof Map)) {
            throw new IllegalStateException("expected an object");
        }
        return (Map<String, Object>) o;
    }

    /**
     * Writes the entry of a key (atomically; replaces an existing one).
     *
     * @return the file
     */
    Path store(String model, Map<String, Object> key, String population, TransferFunctionFit.Result fit, TfData data,
               double seconds) {
        Map<String, Object> body = new LinkedHashMap<>(FitFile.toJava(fit, data));
        Map<String, Object> cache = new LinkedHashMap<>();
        cache.put("population", population);
        cache.put("characterisation_s", seconds);
        cache.put("key_sha256", sha256(Json.write(canonical(key))));
        cache.put("key", key);
        List<Object> grid = new ArrayList<>();
        for (double[] p : data.ratesHz()) {
            grid.add(p);
        }
        cache.put("grid_rates_Hz", grid);
        cache.put("output_mean_Hz", data.meanHz());
        cache.put("output_sd_Hz", data.sdHz());
        body.put("cache", cache);
        Object canon = canonical(body);
        Map<String, Object> out = new LinkedHashMap<>(asMap(canon));
        out.put("checksum_sha256", sha256(Json.write(canon)));
        Path f = file(model, key);
        AtomicFile.writeString(f, Json.write(out) + "\n");
        return f;
    }

    /** The value with every number a Double and every array a list, as it reads back from JSON. */
    static Object canonical(Object v) {
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? d : null;
        }
        if (v instanceof double[] a) {
            List<Object> l = new ArrayList<>();
            for (double d : a) {
                l.add(Double.isFinite(d) ? d : null);
            }
            return l;
        }
        if (v instanceof int[] a) {
            List<Object> l = new ArrayList<>();
            for (int d : a) {
                l.add((double) d);
            }
            return l;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(String.valueOf(e.getKey()), canonical(e.getValue()));
            }
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                out.add(canonical(o));
            }
            return out;
        }
        return v;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
