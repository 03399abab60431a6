package org.neurite.morphology.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.neurite.channels.io.Json;
import org.neurite.morphology.io.MorphologyFile;
import org.neurite.morphology.io.SwcConvention;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * What {@code neurite morphology info} prints: sample or segment counts, sections per type, total
 * length and membrane area per type (µm, µm²), branch points, the largest path distance from the
 * soma, the soma convention used and every problem found (with file:line). As text or JSON.
 */
public final class MorphologyReport {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private MorphologyReport() {
    }

    /** The report of a file. */
    public static MorphologyReport of(MorphologyFile f) {
        MorphologyReport r = new MorphologyReport();
        Morphology m = f.morphology();
        r.fields.put("file", f.file());
        if (f.swc() != null) {
            r.fields.put("format", "SWC");
            r.fields.put("samples", f.swc().records().size());
            Map<String, Object> per = new LinkedHashMap<>();
            for (Map.Entry<Integer, Integer> e : f.swc().samplesPerType().entrySet()) {
                per.put(SwcType.label(e.getKey()), e.getValue());
            }
            r.fields.put("samples_per_type", per);
            r.fields.put("soma", f.swc().soma().description());
            r.fields.put("convention", f.swc().convention() == SwcConvention.NEURON
                    ? "NEURON (Import3d: soma one section, neurites at soma(0.5))"
                    : "STRICT (geometry as written; neurites at their parent sample)");
        } else {
            r.fields.put("format", "NeuroML2");
            r.fields.put("cell", f.neuroml().id());
            r.fields.put("segments", f.neuroml().segments());
            r.fields.put("segment_groups", new ArrayList<>(f.neuroml().groups().keySet()));
            r.fields.put("channel_densities", f.neuroml().biophysics().channelDensities().size());
            r.fields.put("includes", f.neuroml().includes());
        }
        r.fields.put("sections", m.sectionCount());
        Map<String, Integer> sections = new TreeMap<>();
        Map<String, Double> length = new TreeMap<>();
        Map<String, Double> area = new TreeMap<>();
        int branchPoints = 0;
        double maxDistance = 0;
        double totalLength = 0;
        double totalArea = 0;
        for (int s = 0; s < m.sectionCount(); s++) {
            String t = SwcType.label(m.tag(s));
            sections.merge(t, 1, Integer::sum);
            length.merge(t, m.length(s), Double::sum);
            area.merge(t, m.area(s), Double::sum);
            totalLength += m.length(s);
            totalArea += m.area(s);
            if (m.tag(s) != SwcType.SOMA) {
                int atEnd = 0;
                for (int c : m.children(s)) {
                    atEnd += m.parentX(c) >= 1.0 ? 1 : 0;
                }
                branchPoints += atEnd >= 2 ? 1 : 0;
            }
            if (m.childCount(s) == 0 || s == 0) {
                maxDistance = Math.max(maxDistance, m.pathDistance(new Location(s, 1.0)));
            }
        }
        r.fields.put("sections_per_type", sections);
        r.fields.put("length_um_per_type", round(length));
        r.fields.put("area_um2_per_type", round(area));
        r.fields.put("total_length_um", round(totalLength));
        r.fields.put("total_area_um2", round(totalArea));
        r.fields.put("branch_points", branchPoints);
        r.fields.put("trees", m.roots().length);
        r.fields.put("max_path_distance_um", round(maxDistance));
        r.fields.put("problems", f.warnings());
        return r;
    }

    private static double round(double v) {
        return Math.rint(v * 1e4) / 1e4;
    }

    private static Map<String, Double> round(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : m.entrySet()) {
            out.put(e.getKey(), round(e.getValue()));
        }
        return out;
    }

    /** The report's fields in order (plain Java values). */
    public Map<String, Object> fields() {
        return fields;
    }

    /** The report as JSON. */
    public String json() {
        return Json.write(fields) + "\n";
    }

    /** The report as aligned text, one field per line; problems listed one per line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            Object v = e.getValue();
            if (e.getKey().equals("problems")) {
                List<?> p = (List<?>) v;
                sb.append(String.format(Locale.ROOT, "%-22s %s%n", "problems", p.isEmpty() ? "none" : p.size()));
                for (Object w : p) {
                    sb.append("  - ").append(w).append('\n');
                }
                continue;
            }
            sb.append(String.format(Locale.ROOT, "%-22s %s%n", e.getKey().replace('_', ' '), format(v)));
        }
        return sb.toString();
    }

    private static String format(Object v) {
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.2f", d);
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(format(e.getValue()));
            }
            return sb.toString();
        }
        return String.valueOf(v);
    }
}
