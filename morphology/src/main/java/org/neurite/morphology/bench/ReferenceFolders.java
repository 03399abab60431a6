package org.neurite.morphology.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds a folder of the validation data for a bench workload: {@code DIR/<name>} when the system
 * property {@code neurite.refs} names DIR, else {@code ../shared/validation/<name>} above the working
 * directory; null when neither exists.
 */
final class ReferenceFolders {
    private ReferenceFolders() {
    }

    static Path find(String name) {
        String prop = System.getProperty("neurite.refs");
        if (prop != null && Files.isDirectory(Paths.get(prop, name))) {
            return Paths.get(prop, name);
        }
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path p = d.resolve("../shared/validation").resolve(name).normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }
}
