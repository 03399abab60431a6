package org.neurite.morphology.io;

import java.util.List;
import java.util.Map;
import org.neurite.morphology.tree.Morphology;

/**
 * An SWC file turned into a {@link Morphology}, with what the loader decided and repaired.
 *
 * @param file the file name as given
 * @param records the parsed samples
 * @param morphology the sections
 * @param convention the convention used
 * @param soma how the file represents the soma
 * @param samplesPerType number of samples of each SWC type (sorted by type)
 * @param warnings problems repaired or worth knowing, each naming file:line
 */
public record SwcMorphology(String file, SwcRecords records, Morphology morphology, SwcConvention convention,
                            SomaStyle soma, Map<Integer, Integer> samplesPerType, List<String> warnings) {
}
