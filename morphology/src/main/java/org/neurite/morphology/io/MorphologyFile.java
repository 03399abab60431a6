package org.neurite.morphology.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Morphology;

/**
 * A morphology read from a file of either kind, chosen by extension: {@code .swc} through
 * {@link SwcLoader}, {@code .nml}/{@code .xml} through {@link NeuromlReader}.
 *
 * @param file the file as given
 * @param morphology the sections
 * @param swc the SWC reading (null for NeuroML)
 * @param neuroml the NeuroML reading (null for SWC)
 * @param warnings problems found and repaired
 */
public record MorphologyFile(String file, Morphology morphology, SwcMorphology swc, NeuromlCell neuroml, List<String> warnings) {
    /**
     * Reads a file.
     *
     * @param file SWC or NeuroML2
     * @param convention SWC convention (ignored for NeuroML)
     * @param cellId NeuroML cell id, or null for the first cell
     */
    public static MorphologyFile read(Path file, SwcConvention convention, String cellId) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".nml") || name.endsWith(".xml")) {
            NeuromlCell c = NeuromlReader.read(file, cellId);
            return new MorphologyFile(file.toString(), c.morphology(), null, c, c.warnings());
        }
        SwcMorphology s = SwcLoader.load(file, convention);
        return new MorphologyFile(file.toString(), s.morphology(), s, null, s.warnings());
    }

    /** Named regions of the file: NeuroML segment groups (empty for SWC). */
    public Map<String, Region.Cables> groups() {
        return neuroml == null ? Map.of() : neuroml.groups();
    }
}
