package org.neurite.morphology.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.neurite.channels.io.BadInputException;

/**
 * The arithmetic of LEMS (the language NeuroML's component types are written in) for the
 * expressions of {@code DerivedVariable} values and {@code Case} conditions: numbers, names,
 * {@code + - * / ^}, parentheses, the functions {@code exp log ln sqrt abs sin cos tan sinh cosh
 * tanh ceil floor H} (H = Heaviside step), the comparisons {@code .gt. .lt. .geq. .leq. .eq. .neq.}
 * (also {@code .ge. .le. .ne.}) and {@code .and. .or. .not.} (true = 1, false = 0). A parsed
 * expression is a tree of {@link Node}s evaluated on three inputs in SI units — the membrane
 * potential v [V], the calcium concentration caConc [mol/m³] and the temperature [K] — without
 * allocation. Names are resolved while parsing by the caller (constants, inputs, other derived
 * variables).
 */
final class LemsExpression {
    private LemsExpression() {
    }

    /** A compiled expression. */
    interface Node {
        double eval(double v, double caConc, double temperature);
    }

    /** Which inputs an expression reads. */
    static final class Inputs {
        boolean voltage;
        boolean concentration;
        boolean temperature;
    }

    /** A number. */
    static Node constant(double c) {
        return (v, ca, t) -> c;
    }

    /**
     * Parses an expression.
     *
     * @param text the expression
     * @param names resolves a name to a node (throws for an unknown one)
     * @param where file and element, for messages
     */
    static Node parse(String text, Function<String, Node> names, String where) {
        Parser p = new Parser(tokens(text, where), names, where, text);
        Node n = p.or();
        if (p.pos < p.tokens.size()) {
            throw p.error("unexpected \"" + p.tokens.get(p.pos) + "\"");
        }
        return n;
    }

    private static List<String> tokens(String s, String where) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                int j = i;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                if (j < s.length() && s.charAt(j) == '.' && !(j + 1 < s.length() && Character.isLetter(s.charAt(j + 1)))) {
                    j++;
                    while (j < s.length() && Character.isDigit(s.charAt(j))) {
                        j++;
                    }
                }
                if (j < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
                    int k = j + 1;
                    if (k < s.length() && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                        k++;
                    }
                    if (k < s.length() && Character.isDigit(s.charAt(k))) {
                        j = k;
                        while (j < s.length() && Character.isDigit(s.charAt(j))) {
                            j++;
                        }
                    }
                }
                out.add(s.substring(i, j));
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else if (c == '.') {
                int j = s.indexOf('.', i + 1);
                if (j < 0) {
                    throw new BadInputException(where + ": cannot read \"" + s + "\" at \"" + s.substring(i) + "\"");
                }
                out.add(s.substring(i, j + 1).toLowerCase(Locale.ROOT));
                i = j + 1;
            } else if ("+-*/^()".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else {
                throw new BadInputException(where + ": cannot read \"" + s + "\": unexpected '" + c + "'");
            }
        }
        return out;
    }

    private static final class Parser {
        final List<String> tokens;
        final Function<String, Node> names;
        final String where;
        final String text;
        int pos;

        Parser(List<String> tokens, Function<String, Node> names, String where, String text) {
            this.tokens = tokens;
            this.names = names;
            this.where = where;
            this.text = text;
        }

        BadInputException error(String msg) {
            return new BadInputException(where + ": cannot read \"" + text.strip() + "\": " + msg);
        }

        String peek() {
            return pos < tokens.size() ? tokens.get(pos) : null;
        }

        boolean take(String t) {
            if (t.equals(peek())) {
                pos++;
                return true;
            }
            return false;
        }

        Node or() {
            Node a = and();
            while (take(".or.")) {
                Node l = a;
                Node r = and();
                a = (v, ca, t) -> l.eval(v, ca, t) != 0 || r.eval(v, ca, t) != 0 ? 1.0 : 0.0;
            }
            return a;
        }

        Node and() {
            Node a = comparison();
            while (take(".and.")) {
                Node l = a;
                Node r = comparison();
                a = (v, ca, t) -> l.eval(v, ca, t) != 0 && r.eval(v, ca, t) != 0 ? 1.0 : 0.0;
            }
            return a;
        }

        Node comparison() {
            if (take(".not.")) {
                Node x = comparison();
                return (v, ca, t) -> x.eval(v, ca, t) == 0 ? 1.0 : 0.0;
            }
            Node l = sum();
            String op = peek();
            if (op == null || !op.startsWith(".")) {
                return l;
            }
            switch (op) {
                case ".gt.": case ".lt.": case ".geq.": case ".ge.": case ".leq.": case ".le.": case ".eq.": case ".neq.": case ".ne.":
                    pos++;
                    break;
                default:
                    return l;
            }
            Node r = sum();
            switch (op) {
                case ".gt.":
                    return (v, ca, t) -> l.eval(v, ca, t) > r.eval(v, ca, t) ? 1.0 : 0.0;
                case ".lt.":
                    return (v, ca, t) -> l.eval(v, ca, t) < r.eval(v, ca, t) ? 1.0 : 0.0;
                case ".geq.":
                case ".ge.":
                    return (v, ca, t) -> l.eval(v, ca, t) >= r.eval(v, ca, t) ? 1.0 : 0.0;
                case ".leq.":
                case ".le.":
                    return (v, ca, t) -> l.eval(v, ca, t) <= r.eval(v, ca, t) ? 1.0 : 0.0;
                case ".eq.":
                    return (v, ca, t) -> l.eval(v, ca, t) == r.eval(v, ca, t) ? 1.0 : 0.0;
                default:
                    return (v, ca, t) -> l.eval(v, ca, t) != r.eval(v, ca, t) ? 1.0 : 0.0;
            }
        }

        Node sum() {
            Node a = product();
            while (true) {
                if (take("+")) {
                    Node l = a;
                    Node r = product();
                    a = (v, ca, t) -> l.eval(v, ca, t) + r.eval(v, ca, t);
                } else if (take("-")) {
                    Node l = a;
                    Node r = product();
                    a = (v, ca, t) -> l.eval(v, ca, t) - r.eval(v, ca, t);
                } else {
                    return a;
                }
            }
        }

        Node product() {
            Node a = unary();
            while (true) {
                if (take("*")) {
                    Node l = a;
                    Node r = unary();
                    a = (v, ca, t) -> l.eval(v, ca, t) * r.eval(v, ca, t);
                } else if (take("/")) {
                    Node l = a;
                    Node r = unary();
                    a = (v, ca, t) -> l.eval(v, ca, t) / r.eval(v, ca, t);
                } else {
                    return a;
                }
            }
        }

        Node unary() {
            if (take("-")) {
                Node x = unary();
                return (v, ca, t) -> -x.eval(v, ca, t);
            }
            if (take("+")) {
                return unary();
            }
            Node base = primary();
            if (take("^")) {
                Node e = unary();
                return (v, ca, t) -> Math.pow(base.eval(v, ca, t), e.eval(v, ca, t));
            }
            return base;
        }

        Node primary() {
            String tok = peek();
            if (tok == null) {
                throw error("ends too early");
            }
            pos++;
            if (tok.equals("(")) {
                Node n = or();
                if (!take(")")) {
                    throw error("missing \")\"");
                }
                return n;
            }
            char c = tok.charAt(0);
            if (Character.isDigit(c) || c == '.') {
                try {
                    return constant(Double.parseDouble(tok));
                } catch (NumberFormatException e) {
                    throw error("bad number \"" + tok + "\"");
                }
            }
            if (!(Character.isLetter(c) || c == '_')) {
                throw error("unexpected \"" + tok + "\"");
            }
            if ("(".equals(peek())) {
                pos++;
                Node arg = or();
                if (!take(")")) {
                    throw error("missing \")\" after " + tok + "(");
                }
                return function(tok, arg);
            }
            return names.apply(tok);
        }

        Node function(String name, Node x) {
            switch (name) {
                case "exp":
                    return (v, ca, t) -> Math.exp(x.eval(v, ca, t));
                case "log":
                case "ln":
                    return (v, ca, t) -> Math.log(x.eval(v, ca, t));
                case "sqrt":
                    return (v, ca, t) -> Math.sqrt(x.eval(v, ca, t));
                case "abs":
                    return (v, ca, t) -> Math.abs(x.eval(v, ca, t));
                case "sin":
                    return (v, ca, t) -> Math.sin(x.eval(v, ca, t));
                case "cos":
                    return (v, ca, t) -> Math.cos(x.eval(v, ca, t));
                case "tan":
                    return (v, ca, t) -> Math.tan(x.eval(v, ca, t));
                case "sinh":
                    return (v, ca, t) -> Math.sinh(x.eval(v, ca, t));
                case "cosh":
                    return (v, ca, t) -> Math.cosh(x.eval(v, ca, t));
                case "tanh":
                    return (v, ca, t) -> Math.tanh(x.eval(v, ca, t));
                case "ceil":
                    return (v, ca, t) -> Math.ceil(x.eval(v, ca, t));
                case "floor":
                    return (v, ca, t) -> Math.floor(x.eval(v, ca, t));
                case "H":
                    return (v, ca, t) -> x.eval(v, ca, t) > 0 ? 1.0 : 0.0;
                default:
                    throw error("unknown function " + name + "()");
            }
        }
    }
}
