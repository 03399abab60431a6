package org.neurite.morphology.io;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.neurite.channels.io.AtomicFile;
import org.neurite.morphology.io.neuroml.jaxb.Cell;
import org.neurite.morphology.io.neuroml.jaxb.GroupInclude;
import org.neurite.morphology.io.neuroml.jaxb.Member;
import org.neurite.morphology.io.neuroml.jaxb.NeuroMLDocument;
import org.neurite.morphology.io.neuroml.jaxb.ObjectFactory;
import org.neurite.morphology.io.neuroml.jaxb.Point3DWithDiam;
import org.neurite.morphology.io.neuroml.jaxb.Segment;
import org.neurite.morphology.io.neuroml.jaxb.SegmentGroup;
import org.neurite.morphology.io.neuroml.jaxb.SegmentParent;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * Writes a morphology as a NeuroML2 {@code <cell>} (e.g. to convert SWC to NeuroML): one segment
 * per piece between consecutive points (zero-length pieces, i.e. diameter steps, become the next
 * segment's proximal diameter), a section's first segment hanging from the parent segment at the
 * right {@code fractionAlong}; one "cable" group per section (NeuroLex sao864921383) and the
 * standard groups {@code soma_group}, {@code axon_group}, {@code dendrite_group} (with
 * {@code basal_dendrite_group} and {@code apical_dendrite_group} inside it) and {@code all}.
 * Custom SWC types become groups {@code custom<k>_group} (read back as dendrites).
 */
public final class NeuromlWriter {
    private static final String NS = "http://www.neuroml.org/schema/neuroml2";

    private NeuromlWriter() {
    }

    /** Writes the cell to a file (whole or not at all). */
    public static void write(Morphology m, String cellId, List<String> notes, Path file) {
        NeuroMLDocument doc = document(m, cellId, notes);
        AtomicFile.write(file, tmp -> {
            try (var out = Files.newOutputStream(tmp)) {
                Marshaller mar = NeuromlReader.context().createMarshaller();
                mar.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
                mar.marshal(new ObjectFactory().createNeuroml(doc), out);
            } catch (JAXBException e) {
                throw new java.io.IOException("cannot write NeuroML: " + e.getMessage(), e);
            }
        });
    }

    private static <T> JAXBElement<T> el(String name, Class<T> type, T value) {
        return new JAXBElement<>(new QName(NS, name), type, value);
    }

    private static Point3DWithDiam point(Morphology m, int s, int j) {
        Point3DWithDiam p = new Point3DWithDiam();
        p.setX(m.x(s, j));
        p.setY(m.y(s, j));
        p.setZ(m.z(s, j));
        p.setDiameter(2 * m.radius(s, j));
        return p;
    }

    /** The document object for a morphology. */
    static NeuroMLDocument document(Morphology m, String cellId, List<String> notes) {
        NeuroMLDocument doc = new NeuroMLDocument();
        doc.setId(cellId);
        for (String n : notes) {
            doc.getNotesOrIncludeOrMorphology().add(el("notes", String.class, n));
        }
        Cell cell = new Cell();
        cell.setId(cellId);
        org.neurite.morphology.io.neuroml.jaxb.Morphology morph = new org.neurite.morphology.io.neuroml.jaxb.Morphology();
        morph.setId(cellId + "_morphology");
        List<Object> items = morph.getNotesOrSegmentOrSegmentGroup();
        int[][] segOf = new int[m.sectionCount()][]; // per section, segment id of each piece (−1 for zero-length)
        Map<String, List<Integer>> cables = new LinkedHashMap<>();
        Map<Integer, List<String>> byType = new LinkedHashMap<>();
        int next = 0;
        for (int s = 0; s < m.sectionCount(); s++) {
            int np = m.pointCount(s);
            segOf[s] = new int[np - 1];
            List<Integer> members = new ArrayList<>();
            boolean first = true;
            for (int j = 1; j < np; j++) {
                if (!(m.arc(s, j) > m.arc(s, j - 1))) {
                    segOf[s][j - 1] = -1;
                    continue;
                }
                Segment seg = new Segment();
                seg.setId(next);
                seg.setName(m.name(s).replace('[', '_').replace("]", "") + "_" + members.size());
                if (first && m.parent(s) >= 0) {
                    int p = m.parent(s);
                    double at = m.parentX(s) * m.length(p);
                    int k = 1;
                    while (k + 1 < m.pointCount(p) && (m.arc(p, k) < at - 1e-12 || segOf[p][k - 1] < 0)) {
                        k++;
                    }
                    SegmentParent sp = new SegmentParent();
                    sp.setSegment(segOf[p][k - 1]);
                    double h = m.arc(p, k) - m.arc(p, k - 1);
                    double f = h > 0 ? (at - m.arc(p, k - 1)) / h : 1.0;
                    sp.setFractionAlong(Math.max(0, Math.min(1, f)));
                    seg.setParent(sp);
                } else if (!first) {
                    SegmentParent sp = new SegmentParent();
                    sp.setSegment(next - 1);
                    seg.setParent(sp);
                }
                seg.setProximal(point(m, s, j - 1));
                seg.setDistal(point(m, s, j));
                items.add(el("segment", Segment.class, seg));
                segOf[s][j - 1] = next;
                members.add(next);
                next++;
                first = false;
            }
            String cable = m.name(s).replace('[', '_').replace("]", "");
            cables.put(cable, members);
            byType.computeIfAbsent(m.tag(s), k -> new ArrayList<>()).add(cable);
        }
        for (Map.Entry<String, List<Integer>> e : cables.entrySet()) {
            SegmentGroup g = new SegmentGroup();
            g.setId(e.getKey());
            g.setNeuroLexId("sao864921383");
            for (int seg : e.getValue()) {
                Member mem = new Member();
                mem.setSegment(seg);
                g.getNotesOrMemberOrInclude().add(el("member", Member.class, mem));
            }
            items.add(el("segmentGroup", SegmentGroup.class, g));
        }
        List<String> dendrites = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : byType.entrySet()) {
            int t = e.getKey();
            String id;
            String lex = null;
            switch (t) {
                case SwcType.SOMA:
                    id = "soma_group";
                    lex = "GO:0043025";
                    break;
                case SwcType.AXON:
                    id = "axon_group";
                    lex = "GO:0030424";
                    break;
                case SwcType.BASAL:
                    id = "basal_dendrite_group";
                    dendrites.add(id);
                    break;
                case SwcType.APICAL:
                    id = "apical_dendrite_group";
                    dendrites.add(id);
                    break;
                default:
                    id = "custom" + t + "_group";
            }
            items.add(el("segmentGroup", SegmentGroup.class, includes(id, lex, e.getValue())));
        }
        if (!dendrites.isEmpty()) {
            items.add(el("segmentGroup", SegmentGroup.class, includes("dendrite_group", "GO:0030425", dendrites)));
        }
        items.add(el("segmentGroup", SegmentGroup.class, includes("all", null, new ArrayList<>(cables.keySet()))));
        cell.getNotesOrMorphologyOrBiophysicalProperties().add(el("morphology",
                org.neurite.morphology.io.neuroml.jaxb.Morphology.class, morph));
        doc.getNotesOrIncludeOrMorphology().add(el("cell", Cell.class, cell));
        return doc;
    }

    private static SegmentGroup includes(String id, String lex, List<String> groups) {
        SegmentGroup g = new SegmentGroup();
        g.setId(id);
        g.setNeuroLexId(lex);
        for (String inc : groups) {
            GroupInclude gi = new GroupInclude();
            gi.setSegmentGroup(inc);
            g.getNotesOrMemberOrInclude().add(el("include", GroupInclude.class, gi));
        }
        return g;
    }
}
