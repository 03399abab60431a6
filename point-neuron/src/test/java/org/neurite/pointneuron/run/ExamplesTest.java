package org.neurite.pointneuron.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neurite.channels.testing.ValidationData;
import org.neurite.pointneuron.config.NetworkFile;

/** The files in examples/ are the networks shipped in the jar (so the README's examples are the validated ones). */
class ExamplesTest {
    @Test
    @DisplayName("examples/<name>.json equals the built-in network of that name and reads")
    void examplesAreTheBuiltins() throws IOException {
        Path root = ValidationData.repositoryRoot();
        for (String name : BuiltinNetworks.NAMES) {
            Path p = root.resolve("examples").resolve(name + ".json");
            assertEquals(BuiltinNetworks.text(name), Files.readString(p), p + " differs from the jar's copy");
            NetworkFile.read(p);
        }
    }
}
