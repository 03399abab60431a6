package org.neurite.morphology.io;

import jakarta.xml.bind.JAXBElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.ion.CalciumDecay;
import org.neurite.channels.ion.ChannelType;
import org.neurite.channels.ion.Gate;
import org.neurite.channels.ion.GateRate;
import org.neurite.morphology.io.neuroml.jaxb.ConcentrationModel;
import org.neurite.morphology.io.neuroml.jaxb.HHFunction;
import org.neurite.morphology.io.neuroml.jaxb.HHGate;
import org.neurite.morphology.io.neuroml.jaxb.IonChannel;
import org.neurite.morphology.io.neuroml.jaxb.LemsCase;
import org.neurite.morphology.io.neuroml.jaxb.LemsComponentType;
import org.neurite.morphology.io.neuroml.jaxb.LemsConditionalDerivedVariable;
import org.neurite.morphology.io.neuroml.jaxb.LemsConstant;
import org.neurite.morphology.io.neuroml.jaxb.LemsDerivedVariable;
import org.neurite.morphology.io.neuroml.jaxb.LemsDynamics;
import org.neurite.morphology.io.neuroml.jaxb.NeuroMLDocument;
import org.neurite.morphology.io.neuroml.jaxb.Q10Settings;

/**
 * Turns the NeuroML ion channels and concentration models of a set of documents into neurite's
 * channel types and pools (see {@link NeuromlChannels}). Gates (NeuroML's meaning):
 * <ul>
 *   <li>{@code gateHHrates}: forward α and reverse β rates; x∞ = α/(α+β), τ = 1/(α+β)</li>
 *   <li>{@code gateHHtauInf}: steady state x∞ and time course τ</li>
 *   <li>{@code gateHHratesInf}: x∞ from the steady state, τ = 1/(α+β)</li>
 *   <li>{@code gateHHratesTau}: x∞ = α/(α+β), τ from the time course</li>
 *   <li>{@code gateHHInstantaneous}: x = x∞ at once</li>
 * </ul>
 * (the older {@code <gate type="…">} form too), with {@code instances} as the power. Rates are the
 * standard {@code HHExpRate}, {@code HHSigmoidRate}, {@code HHExpLinearRate} (per time), steady
 * states {@code HHExpVariable}, {@code HHSigmoidVariable}, {@code HHExpLinearVariable}, time
 * courses {@code fixedTimeCourse}; any other type name must be a LEMS {@code ComponentType} of the
 * documents whose exposed {@code r} [per time], {@code x} or {@code t} [time] is computed from
 * {@code v}, {@code caConc} and {@code temperature} by {@code DerivedVariable}s and
 * {@code ConditionalDerivedVariable}s ({@link LemsExpression}). A gate whose functions read
 * {@code caConc} (and not {@code v}) is a calcium-concentration gate; one whose functions read both
 * (in one function or across its functions, e.g. a BK-type rate of v and caConc) is a gate on both
 * inputs ({@link Gate.Input#VOLTAGE_AND_CONCENTRATION}). {@code q10Settings}:
 * {@code q10ExpTemp} (q10Factor from experimentalTemp) or {@code q10Fixed} (fixedQ10).
 * Concentration models: {@code decayingPoolConcentrationModel} (spherical shell of
 * shellThickness) and {@code fixedFactorConcentrationModel} (ρ), see {@link CalciumDecay}.
 */
final class NeuromlChannelReader {
    private final Map<String, LemsComponentType> componentTypes = new HashMap<>();
    private final Map<String, String> typeFile = new HashMap<>();

    private NeuromlChannelReader() {
    }

    /** What a gate function returns. */
    private enum Role {
        RATE("r"), VARIABLE("x"), TIME("t");

        final String exposure;

        Role(String exposure) {
            this.exposure = exposure;
        }
    }

    /**
     * A compiled function and the inputs it reads: {@code rate} of its one input (null when it reads
     * both), and {@code both}, the same function of (V, [Ca]ᵢ) for gates on both inputs.
     */
    private record Fn(GateRate rate, GateRate.VoltageCalcium both, boolean voltage, boolean concentration) {
        Fn(GateRate rate, boolean voltage, boolean concentration) {
            this(rate, ofBoth(rate, !concentration), voltage, concentration);
        }

        /** This function's rate for a gate with the given input. */
        GateRate of(Gate.Input in) {
            return in == Gate.Input.VOLTAGE_AND_CONCENTRATION ? both : rate;
        }

        /** A function of one input as a function of (V, [Ca]ᵢ) that reads that input. */
        private static GateRate.VoltageCalcium ofBoth(GateRate r, boolean voltage) {
            String d = r.toString();
            if (r instanceof GateRate.Thermal t) {
                java.util.function.DoubleBinaryOperator f = t.function();
                return voltage ? new GateRate.VoltageCalcium(d, (v, c, celsius) -> f.applyAsDouble(v, celsius), t.celsius())
                        : new GateRate.VoltageCalcium(d, (v, c, celsius) -> f.applyAsDouble(c, celsius), t.celsius());
            }
            return voltage ? new GateRate.VoltageCalcium(d, (v, c, celsius) -> r.at(v), 6.3)
                    : new GateRate.VoltageCalcium(d, (v, c, celsius) -> r.at(c), 6.3);
        }
    }

    static NeuromlChannels read(Map<Path, NeuroMLDocument> docs) {
        NeuromlChannelReader r = new NeuromlChannelReader();
        for (Map.Entry<Path, NeuroMLDocument> e : docs.entrySet()) {
            for (Object o : e.getValue().getNotesOrIncludeOrMorphology()) {
                Object v = o instanceof JAXBElement<?> j ? j.getValue() : o;
                if (v instanceof LemsComponentType ct) {
                    r.componentTypes.put(ct.getName(), ct);
                    r.typeFile.put(ct.getName(), e.getKey().toString());
                }
            }
        }
        Map<String, ChannelType> channels = new LinkedHashMap<>();
        Map<String, CalciumDecay> pools = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (Map.Entry<Path, NeuroMLDocument> e : docs.entrySet()) {
            String file = e.getKey().toString();
            for (Object o : e.getValue().getNotesOrIncludeOrMorphology()) {
                if (!(o instanceof JAXBElement<?> j)) {
                    continue;
                }
                String element = j.getName().getLocalPart();
                Object v = j.getValue();
                try {
                    if (v instanceof IonChannel ch) {
                        channels.put(ch.getId(), r.channel(ch, element, file + ": " + element + " " + ch.getId()));
                    } else if (v instanceof ConcentrationModel cm) {
                        pools.put(cm.getId(), pool(cm, element, file + ": " + element + " " + cm.getId()));
                    }
                } catch (BadInputException ex) {
                    String id = v instanceof IonChannel ch ? ch.getId() : v instanceof ConcentrationModel cm ? cm.getId() : element;
                    problems.put(id, ex.getMessage());
                }
            }
        }
        return new NeuromlChannels(channels, pools, problems);
    }

    private static CalciumDecay pool(ConcentrationModel cm, String element, String where) {
        if (!"ca".equals(cm.getIon()) && !"ca2".equals(cm.getIon())) {
            throw new BadInputException(where + ": only calcium concentration models are supported, got ion \"" + cm.getIon() + "\"");
        }
        double rest = NeuromlUnits.parse(cm.getRestingConc(), NeuromlUnits.Dimension.CONCENTRATION, where + " restingConc");
        double tau = NeuromlUnits.parse(cm.getDecayConstant(), NeuromlUnits.Dimension.TIME, where + " decayConstant");
        if (element.equals("decayingPoolConcentrationModel")) {
            double shell = NeuromlUnits.parse(cm.getShellThickness(), NeuromlUnits.Dimension.LENGTH, where + " shellThickness");
            return new CalciumDecay(cm.getId(), CalciumDecay.Geometry.SPHERICAL_SHELL, shell, tau, rest, false, where);
        }
        double rho = NeuromlUnits.parse(cm.getRho(), NeuromlUnits.Dimension.RHO, where + " rho");
        return new CalciumDecay(cm.getId(), CalciumDecay.Geometry.FIXED_FACTOR, rho, tau, rest, false, where);
    }

    private ChannelType channel(IonChannel ch, String element, String where) {
        String ion = ch.getSpecies() == null || ch.getSpecies().isBlank() ? "non_specific" : ch.getSpecies();
        List<Gate> gates = new ArrayList<>();
        for (Object o : ch.getNotesOrAnnotationOrGate()) {
            if (o instanceof JAXBElement<?> j && j.getValue() instanceof HHGate g) {
                gates.add(gate(g, j.getName().getLocalPart(), where + " gate " + g.getId()));
            }
        }
        String kind = element.equals("ionChannel") && ch.getType() != null ? ch.getType() : element;
        if (kind.equals("ionChannelPassive") && !gates.isEmpty()) {
            throw new BadInputException(where + ": a passive channel has no gates");
        }
        return new ChannelType(ch.getId(), ion, 0.0, 0.0, gates, "NeuroML " + where);
    }

    private Gate gate(HHGate g, String element, String where) {
        String kind = element.equals("gate") ? g.getType() : element;
        if (kind == null) {
            throw new BadInputException(where + ": <gate> needs a type (gateHHrates, gateHHtauInf, …)");
        }
        Map<String, HHFunction> parts = new HashMap<>();
        Q10Settings q10 = null;
        for (Object o : g.getNotesOrQ10SettingsOrForwardRate()) {
            if (o instanceof JAXBElement<?> j) {
                if (j.getValue() instanceof HHFunction f) {
                    parts.put(j.getName().getLocalPart(), f);
                } else if (j.getValue() instanceof Q10Settings q) {
                    q10 = q;
                }
            }
        }
        int power = g.getInstances();
        if (power < 1) {
            throw new BadInputException(where + ": instances must be >= 1, got " + power);
        }
        Gate out;
        switch (kind) {
            case "gateHHrates": {
                Fn a = function(require(parts, "forwardRate", where), Role.RATE, where + " forwardRate");
                Fn b = function(require(parts, "reverseRate", where), Role.RATE, where + " reverseRate");
                Gate.Input in = input(a, b);
                out = new Gate(g.getId(), power, Gate.Form.RATES, a.of(in), b.of(in), in, 1.0, 0.0);
                break;
            }
            case "gateHHtauInf": {
                Fn inf = function(require(parts, "steadyState", where), Role.VARIABLE, where + " steadyState");
                Fn tau = function(require(parts, "timeCourse", where), Role.TIME, where + " timeCourse");
                Gate.Input in = input(inf, tau);
                out = new Gate(g.getId(), power, Gate.Form.INF_TAU, inf.of(in), tau.of(in), in, 1.0, 0.0);
                break;
            }
            case "gateHHratesInf": {
                Fn a = function(require(parts, "forwardRate", where), Role.RATE, where + " forwardRate");
                Fn b = function(require(parts, "reverseRate", where), Role.RATE, where + " reverseRate");
                Fn inf = function(require(parts, "steadyState", where), Role.VARIABLE, where + " steadyState");
                Gate.Input in = input(a, b, inf);
                GateRate tau = combine("1/(alpha + beta)", a, b, in, (x, y) -> 1.0 / (x + y));
                out = new Gate(g.getId(), power, Gate.Form.INF_TAU, inf.of(in), tau, in, 1.0, 0.0);
                break;
            }
            case "gateHHratesTau": {
                Fn a = function(require(parts, "forwardRate", where), Role.RATE, where + " forwardRate");
                Fn b = function(require(parts, "reverseRate", where), Role.RATE, where + " reverseRate");
                Fn tau = function(require(parts, "timeCourse", where), Role.TIME, where + " timeCourse");
                Gate.Input in = input(a, b, tau);
                GateRate inf = combine("alpha/(alpha + beta)", a, b, in, (x, y) -> x / (x + y));
                out = new Gate(g.getId(), power, Gate.Form.INF_TAU, inf, tau.of(in), in, 1.0, 0.0);
                break;
            }
            case "gateHHInstantaneous": {
                Fn inf = function(require(parts, "steadyState", where), Role.VARIABLE, where + " steadyState");
                Gate.Input in = input(inf);
                out = new Gate(g.getId(), power, Gate.Form.INSTANTANEOUS, inf.of(in), null, in, 1.0, 0.0);
                break;
            }
            default:
                throw new BadInputException(where + ": gate type \"" + kind + "\" is not supported (gateHHrates, gateHHtauInf, "
                        + "gateHHratesInf, gateHHratesTau, gateHHInstantaneous)");
        }
        if (q10 != null) {
            String w = where + " q10Settings";
            switch (q10.getType()) {
                case "q10ExpTemp":
                    out = out.withQ10(NeuromlUnits.parse(q10.getQ10Factor(), NeuromlUnits.Dimension.NONE, w + " q10Factor"),
                            NeuromlUnits.parseTemperature(q10.getExperimentalTemp(), w + " experimentalTemp"));
                    break;
                case "q10Fixed":
                    out = out.withFixedFactor(NeuromlUnits.parse(q10.getFixedQ10(), NeuromlUnits.Dimension.NONE, w + " fixedQ10"));
                    break;
                default:
                    throw new BadInputException(w + ": type \"" + q10.getType() + "\" is not q10ExpTemp or q10Fixed");
            }
        }
        return out;
    }

    private static HHFunction require(Map<String, HHFunction> parts, String name, String where) {
        HHFunction f = parts.get(name);
        if (f == null) {
            throw new BadInputException(where + ": missing <" + name + ">");
        }
        return f;
    }

    private static Gate.Input input(Fn... fns) {
        boolean v = false;
        boolean c = false;
        for (Fn f : fns) {
            v |= f.voltage;
            c |= f.concentration;
        }
        if (v && c) {
            return Gate.Input.VOLTAGE_AND_CONCENTRATION;
        }
        return c ? Gate.Input.CONCENTRATION : Gate.Input.VOLTAGE;
    }

    /** op(a, b) as a function of the gate's input(s). */
    private static GateRate combine(String description, Fn a, Fn b, Gate.Input in, DoubleBinaryOperator op) {
        if (in == Gate.Input.VOLTAGE_AND_CONCENTRATION) {
            GateRate.VoltageCalciumFunction fa = a.both.function();
            GateRate.VoltageCalciumFunction fb = b.both.function();
            return new GateRate.VoltageCalcium(description, (v, c, t) -> op.applyAsDouble(fa.at(v, c, t), fb.at(v, c, t)), 6.3);
        }
        return combine(description, a.rate, b.rate, op);
    }

    /** op(a(x), b(x)), temperature-bound if either is. */
    private static GateRate combine(String description, GateRate a, GateRate b, DoubleBinaryOperator op) {
        if (a instanceof GateRate.Thermal || b instanceof GateRate.Thermal) {
            return new GateRate.Thermal(description, (x, c) -> op.applyAsDouble(value(a, x, c), value(b, x, c)), 6.3);
        }
        return new GateRate.Custom(description, x -> op.applyAsDouble(a.at(x), b.at(x)));
    }

    private static double value(GateRate r, double x, double celsius) {
        return r instanceof GateRate.Thermal t ? t.function().applyAsDouble(x, celsius) : r.at(x);
    }

    private Fn function(HHFunction f, Role role, String where) {
        String type = f.getType();
        switch (type) {
            case "HHExpRate":
            case "HHSigmoidRate":
            case "HHExpLinearRate":
            case "HHExpVariable":
            case "HHSigmoidVariable":
            case "HHExpLinearVariable": {
                boolean rate = type.endsWith("Rate");
                if (rate != (role == Role.RATE)) {
                    throw new BadInputException(where + ": " + type + " is a " + (rate ? "rate" : "dimensionless variable")
                            + ", not a " + role.name().toLowerCase(Locale.ROOT));
                }
                double r = NeuromlUnits.parse(f.getRate(), rate ? NeuromlUnits.Dimension.RATE : NeuromlUnits.Dimension.NONE, where + " rate");
                double mid = NeuromlUnits.parse(f.getMidpoint(), NeuromlUnits.Dimension.VOLTAGE, where + " midpoint");
                double scale = NeuromlUnits.parse(f.getScale(), NeuromlUnits.Dimension.VOLTAGE, where + " scale");
                GateRate g;
                if (type.startsWith("HHExpLinear")) {
                    g = new GateRate.ExpLinearRate(r, mid, scale);
                } else if (type.startsWith("HHSigmoid")) {
                    g = new GateRate.SigmoidRate(r, mid, scale);
                } else {
                    g = new GateRate.ExpRate(r, mid, scale);
                }
                return new Fn(g, true, false);
            }
            case "fixedTimeCourse":
                if (role != Role.TIME) {
                    throw new BadInputException(where + ": fixedTimeCourse is a time course, not a " + role.name().toLowerCase(Locale.ROOT));
                }
                return new Fn(new GateRate.Constant(NeuromlUnits.parse(f.getTau(), NeuromlUnits.Dimension.TIME, where + " tau")), false, false);
            default:
                return componentType(type, role, where);
        }
    }

    private Fn componentType(String name, Role role, String where) {
        LemsComponentType ct = componentTypes.get(name);
        if (ct == null) {
            throw new BadInputException(where + ": \"" + name + "\" is neither a standard NeuroML rate form nor a ComponentType of the documents");
        }
        String at = typeFile.get(name) + ": ComponentType " + name;
        Map<String, Double> constants = new HashMap<>();
        Map<String, Object> derived = new LinkedHashMap<>(); // name -> LemsDerivedVariable or LemsConditionalDerivedVariable
        String exposed = null;
        for (Object o : ct.getConstantOrDynamicsOrAny()) {
            Object v = o instanceof JAXBElement<?> j ? j.getValue() : o;
            if (v instanceof LemsConstant c) {
                constants.put(c.getName(), siValue(c.getValue(), at + " Constant " + c.getName()));
            } else if (v instanceof LemsDynamics d) {
                for (Object e : d.getDerivedVariableOrConditionalDerivedVariableOrAny()) {
                    Object dv = e instanceof JAXBElement<?> j ? j.getValue() : e;
                    if (dv instanceof LemsDerivedVariable x) {
                        derived.put(x.getName(), x);
                        if (role.exposure.equals(x.getExposure())) {
                            exposed = x.getName();
                        }
                    } else if (dv instanceof LemsConditionalDerivedVariable x) {
                        derived.put(x.getName(), x);
                        if (role.exposure.equals(x.getExposure())) {
                            exposed = x.getName();
                        }
                    }
                }
            }
        }
        if (exposed == null && derived.containsKey(role.exposure)) {
            exposed = role.exposure;
        }
        if (exposed == null) {
            throw new BadInputException(at + ": exposes no \"" + role.exposure + "\" (needed for a " + role.name().toLowerCase(Locale.ROOT) + ")");
        }
        LemsExpression.Inputs used = new LemsExpression.Inputs();
        Compiler compiler = new Compiler(constants, derived, used, at);
        LemsExpression.Node node = compiler.compile(exposed);
        double scale = role == Role.RATE ? 1e-3 : role == Role.TIME ? 1e3 : 1.0; // SI → 1/ms, ms
        boolean voltage = used.voltage;
        boolean conc = used.concentration;
        String description = "NeuroML ComponentType " + name;
        if (voltage && conc) {
            GateRate.VoltageCalcium both = used.temperature
                    ? new GateRate.VoltageCalcium(description, (v, c, celsius) -> scale * node.eval(1e-3 * v, c, celsius + 273.15), 6.3)
                    : new GateRate.VoltageCalcium(description, (v, c, celsius) -> scale * node.eval(1e-3 * v, c, Double.NaN), 6.3);
            return new Fn(null, both, true, true);
        }
        GateRate rate;
        if (used.temperature) {
            rate = conc
                    ? new GateRate.Thermal(description, (x, c) -> scale * node.eval(Double.NaN, x, c + 273.15), 6.3)
                    : new GateRate.Thermal(description, (x, c) -> scale * node.eval(1e-3 * x, Double.NaN, c + 273.15), 6.3);
        } else {
            rate = conc
                    ? new GateRate.Custom(description, x -> scale * node.eval(Double.NaN, x, Double.NaN))
                    : new GateRate.Custom(description, x -> scale * node.eval(1e-3 * x, Double.NaN, Double.NaN));
        }
        return new Fn(rate, voltage, conc);
    }

    /** Compiles derived variables by name, each once, refusing cycles. */
    private static final class Compiler {
        final Map<String, Double> constants;
        final Map<String, Object> derived;
        final LemsExpression.Inputs used;
        final String at;
        final Map<String, LemsExpression.Node> done = new HashMap<>();
        final Set<String> active = new HashSet<>();

        Compiler(Map<String, Double> constants, Map<String, Object> derived, LemsExpression.Inputs used, String at) {
            this.constants = constants;
            this.derived = derived;
            this.used = used;
            this.at = at;
        }

        LemsExpression.Node name(String n) {
            switch (n) {
                case "v":
                    used.voltage = true;
                    return (v, ca, t) -> v;
                case "caConc":
                    used.concentration = true;
                    return (v, ca, t) -> ca;
                case "temperature":
                    used.temperature = true;
                    return (v, ca, t) -> t;
                default:
                    break;
            }
            Double c = constants.get(n);
            if (c != null) {
                return LemsExpression.constant(c);
            }
            if (derived.containsKey(n)) {
                return compile(n);
            }
            throw new BadInputException(at + ": unknown name \"" + n + "\" (inputs are v, caConc, temperature)");
        }

        LemsExpression.Node compile(String n) {
            LemsExpression.Node node = done.get(n);
            if (node != null) {
                return node;
            }
            if (!active.add(n)) {
                throw new BadInputException(at + ": derived variable " + n + " depends on itself");
            }
            Object d = derived.get(n);
            if (d instanceof LemsDerivedVariable x) {
                node = LemsExpression.parse(x.getValue(), this::name, at + " DerivedVariable " + n);
            } else {
                LemsConditionalDerivedVariable x = (LemsConditionalDerivedVariable) d;
                List<LemsExpression.Node> conditions = new ArrayList<>();
                List<LemsExpression.Node> values = new ArrayList<>();
                for (LemsCase c : x.getCase()) {
                    String w = at + " ConditionalDerivedVariable " + n;
                    conditions.add(c.getCondition() == null || c.getCondition().isBlank() ? null : LemsExpression.parse(c.getCondition(), this::name, w));
                    values.add(LemsExpression.parse(c.getValue(), this::name, w));
                }
                LemsExpression.Node[] cond = conditions.toArray(new LemsExpression.Node[0]);
                LemsExpression.Node[] val = values.toArray(new LemsExpression.Node[0]);
                node = (v, ca, t) -> {
                    for (int k = 0; k < cond.length; k++) {
                        if (cond[k] == null || cond[k].eval(v, ca, t) != 0) {
                            return val[k].eval(v, ca, t);
                        }
                    }
                    return Double.NaN;
                };
            }
            active.remove(n);
            done.put(n, node);
            return node;
        }
    }

    /** A LEMS constant "number unit" in SI units. */
    private static double siValue(String text, String where) {
        String s = text == null ? "" : text.strip();
        int k = 0;
        while (k < s.length() && "+-0123456789.eE".indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        double v;
        try {
            v = Double.parseDouble(s.substring(0, k).strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(where + ": \"" + text + "\" does not start with a number");
        }
        String unit = s.substring(k).strip();
        Double f = SI.get(unit);
        if (f == null) {
            throw new BadInputException(where + ": unit \"" + unit + "\" is not one of " + new java.util.TreeSet<>(SI.keySet()));
        }
        return v * f;
    }

    private static final Map<String, Double> SI = Map.ofEntries(Map.entry("", 1.0), Map.entry("s", 1.0), Map.entry("ms", 1e-3),
            Map.entry("per_s", 1.0), Map.entry("per_ms", 1e3), Map.entry("Hz", 1.0), Map.entry("V", 1.0), Map.entry("mV", 1e-3),
            Map.entry("mM", 1.0), Map.entry("mol_per_m3", 1.0), Map.entry("mol_per_cm3", 1e6), Map.entry("M", 1e3),
            Map.entry("K", 1.0), Map.entry("per_V", 1.0), Map.entry("per_mV", 1e3), Map.entry("S", 1.0), Map.entry("mS", 1e-3),
            Map.entry("A", 1.0), Map.entry("nA", 1e-9), Map.entry("m", 1.0), Map.entry("um", 1e-6), Map.entry("cm", 1e-2));
}
