package org.neurite.morphology.io;

import jakarta.xml.bind.JAXBElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.neurite.channels.io.BadInputException;
import org.neurite.morphology.io.neuroml.jaxb.ChannelDensityNonUniform;
import org.neurite.morphology.io.neuroml.jaxb.InhomogeneousParameter;
import org.neurite.morphology.io.neuroml.jaxb.InhomogeneousValue;
import org.neurite.morphology.io.neuroml.jaxb.SegmentGroup;
import org.neurite.morphology.io.neuroml.jaxb.VariableParameter;

/**
 * Reads NeuroML's non-uniform channel densities: the {@code <inhomogeneousParameter>}s declared in
 * segment groups, and each {@code <variableParameter>} of a {@code <channelDensityNonUniform>} or
 * {@code <channelDensityNonUniformNernst>} with its value compiled (by {@link LemsExpression}) as a
 * function of the parameter's variable. Everything that cannot be painted is refused here, with the
 * file, the line and the density's id: a metric other than {@code "Path Length from root"}, a
 * parameter other than {@code condDensity}, a missing
 * {@code <inhomogeneousValue>}, an unknown segment group or inhomogeneous parameter, a name in the
 * value other than the variable, an expression that does not parse.
 */
final class NeuromlNonUniform {
    /** S/m² → S/cm², from the reader's one unit table. */
    private static final double S_PER_M2 = NeuromlUnits.parse("1 S_per_m2", NeuromlUnits.Dimension.CONDUCTANCE_DENSITY, "S_per_m2");

    private NeuromlNonUniform() {
    }

    /** Every inhomogeneous parameter by id, with the group that declares it. */
    static Map<String, NeuromlCell.InhomogeneousParameter> parameters(Map<String, SegmentGroup> groups, String file, String text) {
        Map<String, NeuromlCell.InhomogeneousParameter> out = new LinkedHashMap<>();
        for (Map.Entry<String, SegmentGroup> g : groups.entrySet()) {
            for (Object o : g.getValue().getNotesOrMemberOrInclude()) {
                if (o instanceof JAXBElement<?> j && j.getValue() instanceof InhomogeneousParameter ip) {
                    if (ip.getMetric() == null) {
                        // JAXB binds a value outside the schema's enumeration to null
                        throw BadInputException.at(file, lineOf(text, "<inhomogeneousParameter", "id", ip.getId()),
                                "inhomogeneousParameter " + ip.getId() + ": metric must be \"Path Length from root\" (the only one NeuroML defines)");
                    }
                    if (out.containsKey(ip.getId())) {
                        throw BadInputException.at(file, lineOf(text, "<inhomogeneousParameter", "id", ip.getId()),
                                "inhomogeneousParameter " + ip.getId() + " defined twice");
                    }
                    out.put(ip.getId(), new NeuromlCell.InhomogeneousParameter(ip.getId(), ip.getVariable(), g.getKey(),
                            ip.getProximal() == null ? Double.NaN : finite(ip.getProximal().getTranslationStart(), ip, "translationStart", file, text),
                            ip.getDistal() == null ? Double.NaN : finite(ip.getDistal().getNormalizationEnd(), ip, "normalizationEnd", file, text)));
                }
            }
        }
        return out;
    }

    private static double finite(double v, InhomogeneousParameter ip, String what, String file, String text) {
        if (!Double.isFinite(v)) {
            throw BadInputException.at(file, lineOf(text, "<inhomogeneousParameter", "id", ip.getId()),
                    "inhomogeneousParameter " + ip.getId() + ": " + what + " must be finite, got " + v);
        }
        return v;
    }

    /**
     * The densities of one {@code <channelDensityNonUniform[Nernst]>}, one per variableParameter.
     *
     * @param element the element's name
     * @param nu the element
     * @param parameters inhomogeneous parameters by id
     * @param groupIds the segment groups of the cell (and {@code all})
     * @param file the file, for messages
     * @param text its text, for line numbers
     */
    static List<NeuromlCell.NonUniformDensity> densities(String element, ChannelDensityNonUniform nu,
                                                         Map<String, NeuromlCell.InhomogeneousParameter> parameters,
                                                         Set<String> groupIds, String file, String text) {
        boolean nernst = element.equals("channelDensityNonUniformNernst");
        int line = lineOf(text, "<" + element, "id", nu.getId());
        String name = element + " " + nu.getId();
        double erev = Double.NaN;
        if (!nernst) {
            if (nu.getErev() == null) {
                throw BadInputException.at(file, line, name + ": needs the attribute erev");
            }
            erev = NeuromlUnits.parse(nu.getErev(), NeuromlUnits.Dimension.VOLTAGE, BadInputException.at(file, line, name + " erev").getMessage());
        }
        List<NeuromlCell.NonUniformDensity> out = new ArrayList<>();
        for (VariableParameter vp : nu.getVariableParameter()) {
            if (!"condDensity".equals(vp.getParameter())) {
                throw BadInputException.at(file, line, name + ": variableParameter \"" + vp.getParameter()
                        + "\" is not supported (only condDensity)");
            }
            if (!groupIds.contains(vp.getSegmentGroup())) {
                throw BadInputException.at(file, line, name + ": unknown segment group \"" + vp.getSegmentGroup() + "\"");
            }
            InhomogeneousValue iv = vp.getInhomogeneousValue();
            if (iv == null) {
                throw BadInputException.at(file, line, name + ": variableParameter condDensity has no <inhomogeneousValue>");
            }
            NeuromlCell.InhomogeneousParameter ip = parameters.get(iv.getInhomogeneousParameter());
            if (ip == null) {
                throw BadInputException.at(file, line, name + ": unknown inhomogeneousParameter \"" + iv.getInhomogeneousParameter()
                        + "\"" + (parameters.isEmpty() ? " (no segment group declares one)" : " (declared: " + parameters.keySet() + ")"));
            }
            out.add(new NeuromlCell.NonUniformDensity(nu.getId(), nu.getIonChannel(), erev, nu.getIon(), nernst, vp.getSegmentGroup(), ip,
                    iv.getValue(), compile(iv.getValue(), ip.variable(), BadInputException.at(file, line, name + " value").getMessage())));
        }
        return out;
    }

    /**
     * The value as a function of the variable [µm] giving S/cm²: the expression reads the variable
     * through the first input of {@link LemsExpression.Node#eval} (the other two are unused).
     */
    static DoubleUnaryOperator compile(String value, String variable, String where) {
        LemsExpression.Node node = LemsExpression.parse(value, n -> {
            if (n.equals(variable)) {
                return (x, ca, t) -> x;
            }
            throw new BadInputException(where + ": unknown variable \"" + n + "\" in \"" + value.strip()
                    + "\" (the inhomogeneous parameter's variable is \"" + variable + "\")");
        }, where);
        return x -> S_PER_M2 * node.eval(x, 0, 0);
    }

    private static int lineOf(String text, String tag, String attribute, String value) {
        return NeuromlReader.lineOf(text, tag, attribute, value);
    }
}
