package org.neurite.morphology.io;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.bind.Unmarshaller;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.transform.sax.SAXSource;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.io.InputFiles;
import org.neurite.morphology.io.neuroml.jaxb.BiophysicalProperties;
import org.neurite.morphology.io.neuroml.jaxb.Cell;
import org.neurite.morphology.io.neuroml.jaxb.ChannelDensity;
import org.neurite.morphology.io.neuroml.jaxb.ChannelDensityNonUniform;
import org.neurite.morphology.io.neuroml.jaxb.GroupInclude;
import org.neurite.morphology.io.neuroml.jaxb.IncludeType;
import org.neurite.morphology.io.neuroml.jaxb.IntracellularProperties;
import org.neurite.morphology.io.neuroml.jaxb.Member;
import org.neurite.morphology.io.neuroml.jaxb.MembraneProperties;
import org.neurite.morphology.io.neuroml.jaxb.NeuroMLDocument;
import org.neurite.morphology.io.neuroml.jaxb.Point3DWithDiam;
import org.neurite.morphology.io.neuroml.jaxb.Segment;
import org.neurite.morphology.io.neuroml.jaxb.SegmentGroup;
import org.neurite.morphology.io.neuroml.jaxb.SegmentPath;
import org.neurite.morphology.io.neuroml.jaxb.Species;
import org.neurite.morphology.io.neuroml.jaxb.ValueAcrossSegments;
import org.neurite.morphology.region.Region;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;
import org.xml.sax.InputSource;

/**
 * Reads a NeuroML2 cell (neurite's subset schema, JAXB): includes are resolved relative to the file
 * that names them; the cell's morphology is inline or referenced by id; segments are joined into
 * unbranched sections (a segment continues its parent's section when it hangs from the parent's
 * distal end, is its only such child, has the same type, starts where the parent ends and belongs
 * to the same "cable" group (NeuroLex sao864921383) if there are such groups; a diameter step at the
 * joint becomes two coincident points); segment groups are expanded
 * ({@code member}, {@code include}, {@code path}, {@code subTree}). Section types come from the
 * standard groups ({@code soma_group}, {@code axon_group}, {@code dendrite_group} or their NeuroLex
 * ids), else from segment names, else dendrite. Errors name the file and, where known, the line.
 */
public final class NeuromlReader {
    private static final JAXBContext CONTEXT;

    static {
        try {
            CONTEXT = JAXBContext.newInstance(NeuroMLDocument.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private NeuromlReader() {
    }

    /** The JAXB context of the subset schema (shared with the writer). */
    static JAXBContext context() {
        return CONTEXT;
    }

    /** Reads the first cell of a file (with its includes). */
    public static NeuromlCell read(Path file) {
        return read(file, null);
    }

    /**
     * Reads a cell.
     *
     * @param file a NeuroML2 file
     * @param cellId the cell's id, or null for the first cell found
     */
    public static NeuromlCell read(Path file, String cellId) {
        Map<Path, NeuroMLDocument> docs = new LinkedHashMap<>();
        Map<Path, String> texts = new HashMap<>();
        load(file.toAbsolutePath().normalize(), file.toString(), docs, texts);
        List<String> warnings = new ArrayList<>();
        Cell cell = null;
        Path cellFile = null;
        List<String> ids = new ArrayList<>();
        Map<String, org.neurite.morphology.io.neuroml.jaxb.Morphology> topMorphologies = new HashMap<>();
        for (Map.Entry<Path, NeuroMLDocument> e : docs.entrySet()) {
            for (Object o : e.getValue().getNotesOrIncludeOrMorphology()) {
                Object v = o instanceof JAXBElement<?> j ? j.getValue() : o;
                if (v instanceof Cell c) {
                    ids.add(c.getId());
                    if (cell == null && (cellId == null || cellId.equals(c.getId()))) {
                        cell = c;
                        cellFile = e.getKey();
                    }
                } else if (v instanceof org.neurite.morphology.io.neuroml.jaxb.Morphology m && m.getId() != null) {
                    topMorphologies.put(m.getId(), m);
                }
            }
        }
        if (cell == null) {
            throw BadInputException.at(file.toString(), 0, cellId == null ? "no <cell> in the file or its includes"
                    : "no <cell id=\"" + cellId + "\"> (cells found: " + ids + ")");
        }
        if (cellId == null && ids.size() > 1) {
            warnings.add(file + ": " + ids.size() + " cells " + ids + "; reading the first, " + cell.getId());
        }
        org.neurite.morphology.io.neuroml.jaxb.Morphology morph = null;
        BiophysicalProperties bio = null;
        for (Object o : cell.getNotesOrMorphologyOrBiophysicalProperties()) {
            Object v = o instanceof JAXBElement<?> j ? j.getValue() : o;
            if (v instanceof org.neurite.morphology.io.neuroml.jaxb.Morphology m) {
                morph = m;
            } else if (v instanceof BiophysicalProperties b) {
                bio = b;
            }
        }
        String where = cellFile.equals(file.toAbsolutePath().normalize()) ? file.toString() : cellFile.toString();
        if (morph == null && cell.getMorphologyRef() != null) {
            morph = topMorphologies.get(cell.getMorphologyRef());
        }
        if (morph == null) {
            throw BadInputException.at(where, lineOf(texts.get(cellFile), "<cell", "id", cell.getId()),
                    "cell " + cell.getId() + " has no morphology");
        }
        if (bio == null && cell.getBiophysicalPropertiesRef() != null) {
            warnings.add(where + ": cell " + cell.getId() + " refers to biophysicalProperties \""
                    + cell.getBiophysicalPropertiesRef() + "\" defined elsewhere; not read");
        }
        Build b = new Build(where, texts.get(cellFile), morph, warnings);
        b.run();
        Set<String> groupIds = new HashSet<>(b.groups.keySet());
        groupIds.add("all");
        NeuromlCell.Biophysics biophysics = biophysics(bio, where, texts.get(cellFile),
                NeuromlNonUniform.parameters(b.groups, where, texts.get(cellFile)), groupIds);
        for (NeuromlCell.ChannelDensity cd : biophysics.channelDensities()) {
            b.requireGroup(cd.segmentGroup(), "channelDensity " + cd.id());
        }
        for (NeuromlCell.Species sp : biophysics.species()) {
            b.requireGroup(sp.segmentGroup(), "species " + sp.id());
        }
        NeuromlChannels channels = NeuromlChannelReader.read(docs);
        List<String> includes = new ArrayList<>();
        for (Path p : docs.keySet()) {
            if (!p.equals(file.toAbsolutePath().normalize())) {
                includes.add(p.toString());
            }
        }
        return new NeuromlCell(file.toString(), cell.getId(), b.morphology, b.segments.size(), b.regions(), b.root(), biophysics,
                channels, List.copyOf(includes), List.copyOf(warnings));
    }

    private static void load(Path file, String shown, Map<Path, NeuroMLDocument> docs, Map<Path, String> texts) {
        if (docs.containsKey(file)) {
            return;
        }
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InputFiles.cannotRead(Path.of(shown), e);
        }
        NeuroMLDocument doc;
        NeuromlXmlReader reader = NeuromlXmlReader.create();
        try {
            Unmarshaller u = CONTEXT.createUnmarshaller();
            doc = u.unmarshal(new SAXSource(reader, new InputSource(new java.io.StringReader(text))), NeuroMLDocument.class).getValue();
        } catch (NumberFormatException e) {
            // JAXB does not wrap a value it cannot convert: the reader knows the line
            throw BadInputException.at(shown, reader.line(), "not a readable NeuroML document: not a number: "
                    + firstLine(e.getMessage()).replaceFirst("^(For input string|Not a number): ", ""));
        } catch (UnmarshalException e) {
            Throwable c = e.getLinkedException() != null ? e.getLinkedException() : e;
            int line = c instanceof org.xml.sax.SAXParseException s ? s.getLineNumber() : 0;
            throw BadInputException.at(shown, line, "not a readable NeuroML document: " + firstLine(c.getMessage()));
        } catch (JAXBException e) {
            throw BadInputException.at(shown, 0, "not a readable NeuroML document: " + firstLine(e.getMessage()));
        }
        docs.put(file, doc);
        texts.put(file, text);
        for (Object o : doc.getNotesOrIncludeOrMorphology()) {
            Object v = o instanceof JAXBElement<?> j ? j.getValue() : o;
            if (v instanceof IncludeType inc) {
                Path target = file.getParent().resolve(inc.getHref()).normalize();
                if (!Files.isRegularFile(target)) {
                    throw BadInputException.at(shown, lineOf(text, "<include", "href", inc.getHref()),
                            "included file " + inc.getHref() + " not found (looked for " + target + ")");
                }
                load(target, target.toString(), docs, texts);
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "(no message)";
        }
        int k = s.indexOf('\n');
        return k < 0 ? s : s.substring(0, k);
    }

    /** 1-based line of the first element {@code tag} whose attribute has the value, or 0. */
    static int lineOf(String text, String tag, String attribute, String value) {
        if (text == null) {
            return 0;
        }
        Pattern p = Pattern.compile(Pattern.quote(tag) + "\\b[^>]*\\b" + Pattern.quote(attribute) + "\\s*=\\s*\"\\s*"
                + Pattern.quote(value) + "\\s*\"");
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * A NeuroML element inside membraneProperties that neurite does not read (channelDensityGHK,
     * channelDensityVShift, channelPopulation, …): the error, naming file:line, that painting the
     * cell's own channels gives (its channel would be missing without a word); null for elements of
     * other namespaces (annotations). Reading the morphology alone is not affected.
     */
    private static String unsupportedMembraneElement(Object e, String file, String text) {
        if (e instanceof org.w3c.dom.Element el && (el.getNamespaceURI() == null || NeuromlXmlReader.NS.equals(el.getNamespaceURI()))) {
            String tag = el.getLocalName() != null ? el.getLocalName() : el.getTagName();
            String id = el.getAttribute("id");
            int line = id.isEmpty() ? lineOfTag(text, "<" + tag) : lineOf(text, "<" + tag, "id", id);
            return BadInputException.at(file, line, "membraneProperties: <" + tag + (id.isEmpty() ? "" : " id=\"" + id + "\"")
                    + "> is not supported (neurite reads channelDensity, channelDensityNernst, channelDensityNonUniform,"
                    + " channelDensityNonUniformNernst, specificCapacitance, initMembPotential, spikeThresh): its channel would be"
                    + " missing from the cell").getMessage();
        }
        return null;
    }

    private static int lineOfTag(String text, String tag) {
        if (text == null) {
            return 0;
        }
        Matcher m = Pattern.compile(Pattern.quote(tag) + "\\b").matcher(text);
        if (!m.find()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static NeuromlCell.Biophysics biophysics(BiophysicalProperties bio, String where, String text,
                                                     Map<String, NeuromlCell.InhomogeneousParameter> inhomogeneous, Set<String> groupIds) {
        List<NeuromlCell.Value> cm = new ArrayList<>();
        List<NeuromlCell.Value> ra = new ArrayList<>();
        List<NeuromlCell.Value> vinit = new ArrayList<>();
        List<NeuromlCell.Value> thresh = new ArrayList<>();
        List<NeuromlCell.ChannelDensity> densities = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        List<NeuromlCell.NonUniformDensity> nonUniform = new ArrayList<>();
        List<NeuromlCell.Species> species = new ArrayList<>();
        if (bio != null) {
            for (Object o : bio.getNotesOrMembranePropertiesOrIntracellularProperties()) {
                Object v = o instanceof JAXBElement<?> j ? j.getValue() : o;
                if (v instanceof MembraneProperties mp) {
                    for (Object e : mp.getChannelDensityOrChannelDensityNernstOrChannelDensityNonUniform()) {
                        if (!(e instanceof JAXBElement<?> j)) {
                            String problem = unsupportedMembraneElement(e, where, text);
                            if (problem != null) {
                                unsupported.add(problem);
                            }
                            continue;
                        }
                        String name = j.getName().getLocalPart();
                        Object val = j.getValue();
                        if (val instanceof ChannelDensity cd) {
                            boolean nernst = name.equals("channelDensityNernst");
                            String w = where + ": " + name + " " + cd.getId();
                            double g = NeuromlUnits.parse(cd.getCondDensity() == null ? "0 S_per_cm2" : cd.getCondDensity(),
                                    NeuromlUnits.Dimension.CONDUCTANCE_DENSITY, w + " condDensity");
                            double erev = cd.getErev() == null || nernst ? Double.NaN
                                    : NeuromlUnits.parse(cd.getErev(), NeuromlUnits.Dimension.VOLTAGE, w + " erev");
                            densities.add(new NeuromlCell.ChannelDensity(cd.getId(), cd.getIonChannel(), g, erev,
                                    cd.getSegmentGroup(), cd.getIon(), nernst));
                        } else if (val instanceof ChannelDensityNonUniform nu) {
                            nonUniform.addAll(NeuromlNonUniform.densities(name, nu, inhomogeneous, groupIds, where, text));
                        } else if (val instanceof ValueAcrossSegments va) {
                            String w = where + ": " + name;
                            switch (name) {
                                case "specificCapacitance":
                                    cm.add(new NeuromlCell.Value(NeuromlUnits.parse(va.getValue(),
                                            NeuromlUnits.Dimension.SPECIFIC_CAPACITANCE, w), va.getSegmentGroup()));
                                    break;
                                case "initMembPotential":
                                    vinit.add(new NeuromlCell.Value(NeuromlUnits.parse(va.getValue(),
                                            NeuromlUnits.Dimension.VOLTAGE, w), va.getSegmentGroup()));
                                    break;
                                default:
                                    thresh.add(new NeuromlCell.Value(NeuromlUnits.parse(va.getValue(),
                                            NeuromlUnits.Dimension.VOLTAGE, w), va.getSegmentGroup()));
                            }
                        }
                    }
                } else if (v instanceof IntracellularProperties ip) {
                    for (Object e : ip.getResistivityOrSpeciesOrAny()) {
                        Object val = e instanceof JAXBElement<?> j ? j.getValue() : e;
                        if (val instanceof ValueAcrossSegments va) {
                            ra.add(new NeuromlCell.Value(NeuromlUnits.parse(va.getValue(),
                                    NeuromlUnits.Dimension.RESISTIVITY, where + ": resistivity"), va.getSegmentGroup()));
                        } else if (val instanceof Species sp) {
                            String w = where + ": species " + sp.getId();
                            species.add(new NeuromlCell.Species(sp.getId(), sp.getIon() == null ? sp.getId() : sp.getIon(),
                                    sp.getConcentrationModel(),
                                    NeuromlUnits.parse(sp.getInitialConcentration(), NeuromlUnits.Dimension.CONCENTRATION, w + " initialConcentration"),
                                    NeuromlUnits.parse(sp.getInitialExtConcentration(), NeuromlUnits.Dimension.CONCENTRATION, w + " initialExtConcentration"),
                                    sp.getSegmentGroup()));
                        }
                    }
                }
            }
        }
        return new NeuromlCell.Biophysics(List.copyOf(cm), List.copyOf(ra), List.copyOf(vinit), List.copyOf(thresh), List.copyOf(densities),
                List.copyOf(nonUniform), List.copyOf(species), List.copyOf(unsupported));
    }

    /** Segments → sections; groups → cables. */
    private static final class Build {
        final String file;
        final String text;
        final org.neurite.morphology.io.neuroml.jaxb.Morphology source;
        final List<String> warnings;
        final Map<Integer, Segment> segments = new LinkedHashMap<>();
        final Map<String, SegmentGroup> groups = new LinkedHashMap<>();
        final Map<Integer, List<Integer>> children = new HashMap<>();
        final Map<Integer, Integer> tag = new HashMap<>();
        final Map<Integer, String> cableOf = new HashMap<>(); // unbranched "cable" groups (NeuroLex sao864921383)
        // per segment: section index, arc of its proximal and distal points in the section
        final Map<Integer, Integer> sectionOf = new HashMap<>();
        final Map<Integer, double[]> arcOf = new HashMap<>();
        final Map<String, Set<Integer>> expanded = new HashMap<>();
        Morphology morphology;

        Build(String file, String text, org.neurite.morphology.io.neuroml.jaxb.Morphology source, List<String> warnings) {
            this.file = file;
            this.text = text;
            this.source = source;
            this.warnings = warnings;
        }

        BadInputException segmentError(int id, String message) {
            return BadInputException.at(file, lineOf(text, "<segment", "id", Integer.toString(id)), "segment " + id + ": " + message);
        }

        void run() {
            for (Object o : source.getNotesOrSegmentOrSegmentGroup()) {
                Object v = o instanceof JAXBElement<?> j ? j.getValue() : o;
                if (v instanceof Segment s) {
                    if (segments.put(s.getId(), s) != null) {
                        throw segmentError(s.getId(), "id used twice");
                    }
                } else if (v instanceof SegmentGroup g) {
                    if (groups.put(g.getId(), g) != null) {
                        throw BadInputException.at(file, lineOf(text, "<segmentGroup", "id", g.getId()), "segment group " + g.getId() + " defined twice");
                    }
                }
            }
            if (segments.isEmpty()) {
                throw BadInputException.at(file, 0, "morphology " + source.getId() + " has no segments");
            }
            List<Integer> roots = new ArrayList<>();
            for (Segment s : segments.values()) {
                if (s.getParent() == null) {
                    roots.add(s.getId());
                    continue;
                }
                int p = s.getParent().getSegment();
                if (!segments.containsKey(p)) {
                    throw segmentError(s.getId(), "parent segment " + p + " does not exist");
                }
                double f = s.getParent().getFractionAlong();
                if (!(f >= 0 && f <= 1)) {
                    throw segmentError(s.getId(), "fractionAlong must lie in [0, 1], got " + f);
                }
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(s.getId());
            }
            if (roots.isEmpty()) {
                throw BadInputException.at(file, 0, "every segment has a parent: the segments form a cycle");
            }
            if (roots.size() > 1) {
                warnings.add(file + ": " + roots.size() + " root segments " + roots + "; each is kept as its own tree");
            }
            assignTags();
            for (SegmentGroup g : groups.values()) {
                if ("sao864921383".equals(g.getNeuroLexId())) {
                    for (int seg : expand(g.getId(), new HashSet<>())) {
                        cableOf.put(seg, g.getId());
                    }
                }
            }
            buildSections(roots);
        }

        private void assignTags() {
            Map<String, Integer> standard = new LinkedHashMap<>();
            for (SegmentGroup g : groups.values()) {
                String id = g.getId();
                String lex = g.getNeuroLexId() == null ? "" : g.getNeuroLexId();
                if (id.equals("soma_group") || lex.equals("GO:0043025") || lex.equals("sao1044911821")) {
                    standard.put(id, SwcType.SOMA);
                } else if (id.equals("axon_group") || lex.equals("GO:0030424") || lex.equals("sao1770195789")) {
                    standard.put(id, SwcType.AXON);
                } else if (id.equals("apical_dendrite_group")) {
                    standard.put(id, SwcType.APICAL);
                } else if (id.equals("basal_dendrite_group") || id.equals("dendrite_group") || lex.equals("GO:0030425")
                        || lex.equals("sao1211023249")) {
                    standard.put(id, SwcType.BASAL);
                }
            }
            // apical before dendrite: a more specific group wins
            List<Map.Entry<String, Integer>> order = new ArrayList<>(standard.entrySet());
            order.sort((a, b) -> Integer.compare(rank(a.getValue()), rank(b.getValue())));
            for (Map.Entry<String, Integer> e : order) {
                for (int s : expand(e.getKey(), new HashSet<>())) {
                    tag.putIfAbsent(s, e.getValue());
                }
            }
            for (Segment s : segments.values()) {
                if (!tag.containsKey(s.getId())) {
                    String n = s.getName() == null ? "" : s.getName().toLowerCase();
                    int t = n.contains("soma") ? SwcType.SOMA : n.contains("axon") ? SwcType.AXON
                            : n.contains("apical") ? SwcType.APICAL : SwcType.BASAL;
                    tag.put(s.getId(), t);
                }
            }
        }

        private static int rank(int type) {
            return type == SwcType.SOMA ? 0 : type == SwcType.AXON ? 1 : type == SwcType.APICAL ? 2 : 3;
        }

        private double[] proximal(Segment s) {
            Point3DWithDiam p = s.getProximal();
            if (p != null) {
                return new double[] {p.getX(), p.getY(), p.getZ(), 0.5 * p.getDiameter()};
            }
            if (s.getParent() == null) {
                throw segmentError(s.getId(), "a root segment needs a <proximal> point");
            }
            Segment par = segments.get(s.getParent().getSegment());
            double f = s.getParent().getFractionAlong();
            double[] a = proximal(par);
            Point3DWithDiam d = par.getDistal();
            double[] b = {d.getX(), d.getY(), d.getZ(), 0.5 * d.getDiameter()};
            double[] out = new double[4];
            for (int k = 0; k < 4; k++) {
                out[k] = a[k] + f * (b[k] - a[k]);
            }
            return out;
        }

        private static double[] distal(Segment s) {
            Point3DWithDiam d = s.getDistal();
            return new double[] {d.getX(), d.getY(), d.getZ(), 0.5 * d.getDiameter()};
        }

        private static boolean samePlace(double[] a, double[] b) {
            return Math.abs(a[0] - b[0]) <= 1e-9 && Math.abs(a[1] - b[1]) <= 1e-9 && Math.abs(a[2] - b[2]) <= 1e-9;
        }

        private record Pending(int segment, int parentSection, int parentSegment, double fraction) {
        }

        private void buildSections(List<Integer> roots) {
            Morphology.Builder builder = Morphology.builder();
            Deque<Pending> work = new ArrayDeque<>();
            for (int k = roots.size() - 1; k >= 0; k--) {
                work.push(new Pending(roots.get(k), -1, -1, 0));
            }
            List<double[]> pts = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            while (!work.isEmpty()) {
                Pending p = work.pop();
                pts.clear();
                ids.clear();
                List<Integer> run = new ArrayList<>();
                int cur = p.segment;
                int t = tag.get(cur);
                double[] prox = proximal(segments.get(cur));
                pts.add(prox);
                ids.add(-1L);
                while (true) {
                    Segment s = segments.get(cur);
                    if (s.getDistal().getDiameter() < 0 || (s.getProximal() != null && s.getProximal().getDiameter() < 0)) {
                        throw segmentError(cur, "negative diameter");
                    }
                    double[] dist = distal(s);
                    double[] last = pts.get(pts.size() - 1);
                    double[] sp = proximal(s);
                    if (!run.isEmpty() && sp[3] != last[3]) {
                        pts.add(sp); // diameter step at the joint
                        ids.add(-1L);
                    }
                    pts.add(dist);
                    ids.add((long) cur);
                    run.add(cur);
                    List<Integer> ch = children.getOrDefault(cur, List.of());
                    int continuing = -1;
                    int atEnd = 0;
                    boolean cables = !cableOf.isEmpty();
                    for (int c : ch) {
                        if (segments.get(c).getParent().getFractionAlong() >= 1.0
                                && (!cables || java.util.Objects.equals(cableOf.get(c), cableOf.get(cur)))) {
                            atEnd++;
                            continuing = c;
                        }
                    }
                    if (atEnd == 1 && tag.get(continuing) == t && samePlace(proximal(segments.get(continuing)), dist)
                            && java.util.Objects.equals(cableOf.get(continuing), cableOf.get(cur))) {
                        cur = continuing;
                    } else {
                        break;
                    }
                }
                double[] xyzr = new double[4 * pts.size()];
                long[] pid = new long[pts.size()];
                double length = 0;
                double[] arcs = new double[pts.size()];
                for (int k = 0; k < pts.size(); k++) {
                    System.arraycopy(pts.get(k), 0, xyzr, 4 * k, 4);
                    pid[k] = ids.get(k);
                    if (k > 0) {
                        double[] a = pts.get(k - 1);
                        double[] b = pts.get(k);
                        length += Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
                    }
                    arcs[k] = length;
                }
                if (!(length > 0)) {
                    double r = pts.get(pts.size() - 1)[3];
                    if (run.size() > 1 || !(r > 0)) {
                        throw segmentError(p.segment, "zero length (proximal and distal points coincide)");
                    }
                    // NeuroML's convention: a segment whose two points coincide is a sphere of that
                    // diameter; held as a cylinder of length and diameter d (the sphere's area π d²)
                    double[] c = pts.get(0);
                    xyzr = new double[] {c[0] - r, c[1], c[2], r, c[0] + r, c[1], c[2], r};
                    pid = new long[] {-1, p.segment};
                    arcs = new double[] {0, 2 * r};
                    length = 2 * r;
                    warnings.add(file + ": segment " + p.segment + " has coinciding points: taken as a sphere of diameter " + 2 * r + " µm");
                }
                double x = 0;
                if (p.parentSection >= 0) {
                    double[] pa = arcOf.get(p.parentSegment);
                    double plen = morphologyLengthOf(p.parentSection);
                    x = Math.min(1.0, (pa[0] + p.fraction * (pa[1] - pa[0])) / plen);
                }
                int section = builder.addSection(p.parentSection, x, t, null, xyzr, pid, false);
                sectionLengths.add(length);
                // arcs of each segment's proximal and distal points
                int k = 0;
                for (int seg : run) {
                    while (pid[k] != seg) {
                        k++;
                    }
                    double end = arcs[k];
                    double segLen = run.size() == 1 && pid.length == 2 && distanceProxDist(seg) == 0 ? length : distanceProxDist(seg);
                    arcOf.put(seg, new double[] {Math.max(0, end - segLen), end});
                    sectionOf.put(seg, section);
                }
                for (int i = run.size() - 1; i >= 0; i--) {
                    int seg = run.get(i);
                    List<Integer> ch = children.getOrDefault(seg, List.of());
                    for (int j = ch.size() - 1; j >= 0; j--) {
                        int c = ch.get(j);
                        if (run.contains(c)) {
                            continue;
                        }
                        work.push(new Pending(c, section, seg, segments.get(c).getParent().getFractionAlong()));
                    }
                }
            }
            morphology = builder.build();
        }

        private final List<Double> sectionLengths = new ArrayList<>();

        private double morphologyLengthOf(int section) {
            return sectionLengths.get(section);
        }

        private double distanceProxDist(int seg) {
            double[] a = proximal(segments.get(seg));
            double[] b = distal(segments.get(seg));
            return Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
        }

        void requireGroup(String id, String user) {
            if (!id.equals("all") && !groups.containsKey(id)) {
                throw BadInputException.at(file, lineOf(text, "<channelDensity", "segmentGroup", id),
                        user + ": unknown segment group \"" + id + "\"");
            }
        }

        Set<Integer> expand(String id, Set<String> visiting) {
            Set<Integer> done = expanded.get(id);
            if (done != null) {
                return done;
            }
            SegmentGroup g = groups.get(id);
            if (g == null) {
                if (id.equals("all")) {
                    return new TreeSet<>(segments.keySet());
                }
                throw BadInputException.at(file, 0, "unknown segment group \"" + id + "\"");
            }
            if (!visiting.add(id)) {
                throw BadInputException.at(file, lineOf(text, "<segmentGroup", "id", id), "segment group " + id + " includes itself");
            }
            Set<Integer> out = new TreeSet<>();
            int line = lineOf(text, "<segmentGroup", "id", id);
            for (Object o : g.getNotesOrMemberOrInclude()) {
                if (!(o instanceof JAXBElement<?> j)) {
                    continue;
                }
                Object v = j.getValue();
                String name = j.getName().getLocalPart();
                if (v instanceof Member m) {
                    if (!segments.containsKey(m.getSegment())) {
                        throw BadInputException.at(file, line, "segment group " + id + ": member segment " + m.getSegment() + " does not exist");
                    }
                    out.add(m.getSegment());
                } else if (v instanceof GroupInclude inc) {
                    if (!groups.containsKey(inc.getSegmentGroup()) && !inc.getSegmentGroup().equals("all")) {
                        throw BadInputException.at(file, line, "segment group " + id + " includes unknown group " + inc.getSegmentGroup());
                    }
                    out.addAll(expand(inc.getSegmentGroup(), visiting));
                } else if (v instanceof SegmentPath sp) {
                    out.addAll(name.equals("path") ? path(id, line, sp) : subTree(id, line, sp));
                }
            }
            visiting.remove(id);
            expanded.put(id, out);
            return out;
        }

        private void checkExists(String id, int line, Integer seg) {
            if (seg != null && !segments.containsKey(seg)) {
                throw BadInputException.at(file, line, "segment group " + id + ": segment " + seg + " does not exist");
            }
        }

        private Set<Integer> path(String id, int line, SegmentPath sp) {
            if (sp.getFrom() == null || sp.getTo() == null) {
                throw BadInputException.at(file, line, "segment group " + id + ": <path> needs <from> and <to>");
            }
            int from = sp.getFrom().getSegment();
            int to = sp.getTo().getSegment();
            checkExists(id, line, from);
            checkExists(id, line, to);
            Set<Integer> out = new TreeSet<>();
            int cur = to;
            while (true) {
                out.add(cur);
                if (cur == from) {
                    return out;
                }
                Segment s = segments.get(cur);
                if (s.getParent() == null) {
                    throw BadInputException.at(file, line, "segment group " + id + ": segment " + from + " is not on the path from the root to " + to);
                }
                cur = s.getParent().getSegment();
            }
        }

        private Set<Integer> subTree(String id, int line, SegmentPath sp) {
            Set<Integer> out = new TreeSet<>();
            if (sp.getFrom() != null) {
                int from = sp.getFrom().getSegment();
                checkExists(id, line, from);
                Deque<Integer> stack = new ArrayDeque<>();
                stack.push(from);
                while (!stack.isEmpty()) {
                    int s = stack.pop();
                    out.add(s);
                    for (int c : children.getOrDefault(s, List.of())) {
                        stack.push(c);
                    }
                }
            } else if (sp.getTo() != null) {
                int cur = sp.getTo().getSegment();
                checkExists(id, line, cur);
                while (true) {
                    out.add(cur);
                    Segment s = segments.get(cur);
                    if (s.getParent() == null) {
                        break;
                    }
                    cur = s.getParent().getSegment();
                }
            } else {
                throw BadInputException.at(file, line, "segment group " + id + ": <subTree> needs <from> or <to>");
            }
            return out;
        }

        /** The root segment's proximal point: section 0's start, or its centre for a sphere. */
        Location root() {
            for (Map.Entry<Integer, Integer> e : sectionOf.entrySet()) {
                if (e.getValue() == 0 && segments.get(e.getKey()).getParent() == null) {
                    return new Location(0, distanceProxDist(e.getKey()) == 0 ? 0.5 : 0.0);
                }
            }
            return new Location(0, 0.0);
        }

        Map<String, Region.Cables> regions() {
            Map<String, Region.Cables> out = new TreeMap<>();
            Set<String> names = new java.util.LinkedHashSet<>(groups.keySet());
            names.add("all");
            for (String id : names) {
                List<Region.Cable> cables = new ArrayList<>();
                for (int seg : expand(id, new HashSet<>())) {
                    int s = sectionOf.get(seg);
                    double len = morphology.length(s);
                    double[] a = arcOf.get(seg);
                    cables.add(new Region.Cable(s, a[0] / len, a[1] / len));
                }
                out.put(id, new Region.Cables(id, cables));
            }
            return out;
        }
    }

    /** The ids of a document's cells (for listings). */
    static List<String> cellIds(NeuroMLDocument doc) {
        List<String> out = new ArrayList<>();
        for (Object o : doc.getNotesOrIncludeOrMorphology()) {
            Object v = o instanceof JAXBElement<?> j ? j.getValue() : o;
            if (v instanceof Cell c) {
                out.add(c.getId());
            }
        }
        return Arrays.asList(out.toArray(new String[0]));
    }
}
