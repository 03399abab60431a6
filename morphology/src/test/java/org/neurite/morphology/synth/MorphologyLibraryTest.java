package org.neurite.morphology.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.Json;
import org.neurite.channels.io.JsonValue;
import org.neurite.channels.testing.ValidationData;
import org.neurite.morphology.io.MorphologyFile;
import org.neurite.morphology.io.SwcConvention;

/**
 * The committed morphologies/ folder is exactly what the generator writes, and each file loads.
 * Regenerate with {@code NEURITE_WRITE_MORPHOLOGIES=1 mvn -pl morphology -am test -Dtest=MorphologyLibraryTest}.
 */
class MorphologyLibraryTest {
    @Test
    void committedFilesEqualGeneratorOutput() throws IOException {
        Path dir = ValidationData.repositoryRoot().resolve("morphologies");
        if (System.getenv("NEURITE_WRITE_MORPHOLOGIES") != null) {
            // regenerate: NEURITE_WRITE_MORPHOLOGIES=1 mvn -pl morphology -am test -Dtest=MorphologyLibraryTest
            MorphologyLibrary.main(new String[] {dir.toString()});
        }
        Map<String, String> files = MorphologyLibrary.files();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            assertTrue(Files.isRegularFile(p), "missing " + p + " (run MorphologyLibrary.main)");
            assertEquals(f.getValue(), Files.readString(p), f.getKey() + " differs from the generator's output");
        }
        JsonValue index = Json.read(dir.resolve("index.json"));
        for (JsonValue c : index.require("cells").elements()) {
            MorphologyFile m = MorphologyFile.read(dir.resolve(c.require("file").asString()), SwcConvention.NEURON, null);
            assertEquals(c.require("sections").asInt(), m.morphology().sectionCount(), c.require("file").asString());
            assertTrue(m.warnings().isEmpty(), m.warnings().toString());
        }
    }

    @Test
    void pyramidalHasAboutTwoThousandCompartmentsAndIsDeterministic() {
        JsonValue index = Json.parse(MorphologyLibrary.files().get("index.json"), "index.json");
        for (JsonValue c : index.require("cells").elements()) {
            if (c.require("name").asString().equals("pyramidal")) {
                int n = c.require("compartments_d_lambda_0.1").asInt();
                assertTrue(n >= 1800 && n <= 2300, "compartments " + n);
            }
        }
        assertEquals(SwcConventionText.of(CellGenerator.pyramidal(7)), SwcConventionText.of(CellGenerator.pyramidal(7)));
    }

    /** Text of generated samples, to compare two generations. */
    private static final class SwcConventionText {
        static String of(org.neurite.morphology.io.SwcRecords r) {
            return org.neurite.morphology.io.SwcWriter.text(r, java.util.List.of());
        }
    }
}
