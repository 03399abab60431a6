package org.neurite.morphology.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The SAX reader under {@link NeuromlReader}'s JAXB binding. JAXB does not check {@code
 * use="required"} (a missing {@code diameter} would silently become 0) and throws a bare
 * {@code NumberFormatException} for {@code diameter="abc"}; this reader fails on a missing required
 * attribute of the subset schema ({@code src/main/xsd/neuroml2-subset.xsd}) with the line, and
 * remembers where the parser is so that conversion failures can name the line too.
 */
final class NeuromlXmlReader extends XMLFilterImpl {
    static final String NS = "http://www.neuroml.org/schema/neuroml2";

    /** Required attributes by "parent/element", as the subset schema declares them. */
    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("neuroml/include", List.of("href")),
            Map.entry("neuroml/cell", List.of("id")),
            Map.entry("morphology/segment", List.of("id")),
            Map.entry("segment/parent", List.of("segment")),
            Map.entry("segment/proximal", List.of("x", "y", "z", "diameter")),
            Map.entry("segment/distal", List.of("x", "y", "z", "diameter")),
            Map.entry("morphology/segmentGroup", List.of("id")),
            Map.entry("segmentGroup/member", List.of("segment")),
            Map.entry("segmentGroup/include", List.of("segmentGroup")),
            Map.entry("path/from", List.of("segment")),
            Map.entry("path/to", List.of("segment")),
            Map.entry("subTree/from", List.of("segment")),
            Map.entry("subTree/to", List.of("segment")),
            Map.entry("membraneProperties/channelDensity", List.of("id", "ionChannel")),
            Map.entry("membraneProperties/spikeThresh", List.of("value")),
            Map.entry("membraneProperties/specificCapacitance", List.of("value")),
            Map.entry("membraneProperties/initMembPotential", List.of("value")),
            Map.entry("intracellularProperties/resistivity", List.of("value")),
            Map.entry("membraneProperties/channelDensityNernst", List.of("id", "ionChannel")),
            Map.entry("segmentGroup/inhomogeneousParameter", List.of("id", "variable", "metric")),
            Map.entry("inhomogeneousParameter/proximal", List.of("translationStart")),
            Map.entry("inhomogeneousParameter/distal", List.of("normalizationEnd")),
            Map.entry("membraneProperties/channelDensityNonUniform", List.of("id", "ionChannel", "erev", "ion")),
            Map.entry("membraneProperties/channelDensityNonUniformNernst", List.of("id", "ionChannel", "ion")),
            Map.entry("channelDensityNonUniform/variableParameter", List.of("parameter", "segmentGroup")),
            Map.entry("channelDensityNonUniformNernst/variableParameter", List.of("parameter", "segmentGroup")),
            Map.entry("variableParameter/inhomogeneousValue", List.of("inhomogeneousParameter", "value")),
            Map.entry("intracellularProperties/species", List.of("id", "concentrationModel", "initialConcentration",
                    "initialExtConcentration")),
            Map.entry("neuroml/ionChannel", List.of("id")),
            Map.entry("neuroml/ionChannelHH", List.of("id")),
            Map.entry("neuroml/ionChannelPassive", List.of("id")),
            Map.entry("neuroml/decayingPoolConcentrationModel", List.of("id", "ion", "restingConc", "decayConstant")),
            Map.entry("neuroml/fixedFactorConcentrationModel", List.of("id", "ion", "restingConc", "decayConstant")),
            Map.entry("neuroml/ComponentType", List.of("name")),
            Map.entry("ComponentType/Constant", List.of("name", "value")),
            Map.entry("Dynamics/DerivedVariable", List.of("name", "value")),
            Map.entry("Dynamics/ConditionalDerivedVariable", List.of("name")),
            Map.entry("ConditionalDerivedVariable/Case", List.of("value")));

    /** Gate elements and the parts of a gate: required attributes whatever channel element holds them. */
    private static final List<String> GATES = List.of("gate", "gateHHrates", "gateHHtauInf", "gateHHratesInf", "gateHHratesTau",
            "gateHHInstantaneous");
    private static final List<String> GATE_PARTS = List.of("forwardRate", "reverseRate", "timeCourse", "steadyState");

    private final Deque<String> open = new ArrayDeque<>();
    private Locator locator;

    private NeuromlXmlReader(XMLReader parent) {
        super(parent);
    }

    /** A reader over a fresh namespace-aware, secure-processing parser. */
    static NeuromlXmlReader create() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new NeuromlXmlReader(f.newSAXParser().getXMLReader());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("no XML parser: " + e.getMessage(), e);
        }
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String parent = open.isEmpty() ? "" : open.peek();
        String name = NS.equals(uri) ? localName : "";
        if (!name.isEmpty()) {
            for (String a : required(parent, name)) {
                if (atts.getValue("", a) == null) {
                    throw new SAXParseException("<" + name + "> needs the attribute " + a, locator);
                }
            }
        }
        open.push(name);
        super.startElement(uri, localName, qName, atts);
    }

    private static List<String> required(String parent, String name) {
        if (GATES.contains(name) && parent.startsWith("ionChannel")) {
            return List.of("id", "instances");
        }
        if (GATES.contains(parent)) {
            return GATE_PARTS.contains(name) || name.equals("q10Settings") ? List.of("type") : List.of();
        }
        return REQUIRED.getOrDefault(parent + "/" + name, List.of());
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        open.pop();
        super.endElement(uri, localName, qName);
    }

    /** The line the parser is on (1-based), or 0 before parsing. */
    int line() {
        return locator == null ? 0 : locator.getLineNumber();
    }
}
