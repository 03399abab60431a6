package org.neurite.channels.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.neurite.channels.io.BadInputException;

/** Finds plugins through {@link ServiceLoader}. */
public final class Plugins {
    private static volatile List<Plugin> cache;

    private Plugins() {
    }

    /** Every plugin on the class path, sorted by kind then name. */
    public static List<Plugin> all() {
        List<Plugin> c = cache;
        if (c == null) {
            List<Plugin> found = new ArrayList<>();
            for (Plugin p : ServiceLoader.load(Plugin.class, Plugins.class.getClassLoader())) {
                found.add(p);
            }
            found.sort(Comparator.comparing(Plugin::kind).thenComparing(Plugin::name));
            c = List.copyOf(found);
            cache = c;
        }
        return c;
    }

    /**
     * Every implementation of a service interface on the class path (e.g. {@link BenchWorkload},
     * {@link ValidationCase}), sorted by the given name.
     */
    public static <T> List<T> services(Class<T> service, java.util.function.Function<T, String> name) {
        List<T> found = new ArrayList<>();
        for (T t : ServiceLoader.load(service, Plugins.class.getClassLoader())) {
            found.add(t);
        }
        found.sort(Comparator.comparing(name));
        return found;
    }

    /** The plugins of one type (e.g. {@code ReceptorPlugin.class}). */
    public static <T extends Plugin> List<T> of(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Plugin p : all()) {
            if (type.isInstance(p)) {
                out.add(type.cast(p));
            }
        }
        return out;
    }

    /**
     * The plugin of a type with a name.
     *
     * @throws BadInputException naming the unknown name and the known ones
     */
    public static <T extends Plugin> T find(Class<T> type, String name) {
        List<T> candidates = of(type);
        for (T p : candidates) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        String kind = candidates.isEmpty() ? type.getSimpleName() : candidates.get(0).kind().title();
        throw new BadInputException("unknown name \"" + name + "\" among " + kind + " (known: "
                + candidates.stream().map(Plugin::name).collect(Collectors.joining(", ")) + ")");
    }
}
