package org.neurite.morphology.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurite.channels.io.BadInputException;

/** LEMS expressions against the same arithmetic written in Java (precedence, functions, comparisons). */
class LemsExpressionTest {
    private static double eval(String text, double v, double ca) {
        Map<String, Double> constants = Map.of("VOLT_SCALE", 1.0, "K", 2.5);
        LemsExpression.Node n = LemsExpression.parse(text, name -> switch (name) {
            case "v" -> (x, c, t) -> x;
            case "caConc" -> (x, c, t) -> c;
            default -> {
                Double k = constants.get(name);
                if (k == null) {
                    throw new BadInputException("unknown " + name);
                }
                yield LemsExpression.constant(k);
            }
        }, "test");
        return n.eval(v, ca, 300);
    }

    @Test
    void arithmeticFollowsTheUsualPrecedence() {
        double v = -0.0523;
        assertEquals(2 * 9.93908245804491 * Math.exp(-55.5555555555556 * v), eval("(2 * 9.93908245804491 * (exp (-55.5555555555556*v)))", v, 0), 1e-12);
        assertEquals(2 * 4000.0 / (0.0100518357446336 * Math.exp(-200.0 * v) + 1.0),
                eval("(2 * 4000.0/(0.0100518357446336* (exp (-200.0*v)) + 1.0))", v, 0), 1e-9);
        assertEquals(1 - 2 * 3 + Math.pow(2, 3) / 4, eval("1 - 2*3 + 2^3/4", 0, 0), 1e-15);
        assertEquals(-Math.pow(2, 2), eval("-2^2", 0, 0), 0, "unary minus binds weaker than ^");
        assertEquals(Math.sqrt(2.5) + Math.abs(-3) + Math.log(10) + Math.tanh(0.3), eval("sqrt(K) + abs(-3) + ln(10) + tanh(0.3)", 0, 0), 1e-15);
        assertEquals(5e-3 * 1e2, eval("5e-3*1E+2", 0, 0), 1e-15);
    }

    @Test
    void comparisonsAndLogicGiveOneOrZero() {
        assertEquals(1.0, eval("caConc .lt. ( 500.0 )", 0, 499.9));
        assertEquals(0.0, eval("caConc .lt. ( 500.0 )", 0, 500));
        assertEquals(1.0, eval("v .gt. (-0.06) .and. caConc .geq. 1", -0.05, 1));
        assertEquals(1.0, eval("v .gt. 1 .or. .not. caConc .neq. 2", 0, 2));
        assertEquals(1.0, eval("H(v)", 0.1, 0));
        assertEquals(0.0, eval("H(v)", 0.0, 0));
    }

    @Test
    void badTextIsOneErrorNamingIt() {
        BadInputException unknown = assertThrows(BadInputException.class, () -> eval("foo(v)", 0, 0));
        assertTrue(unknown.getMessage().contains("unknown function foo()"), unknown.getMessage());
        BadInputException open = assertThrows(BadInputException.class, () -> eval("(1 + 2", 0, 0));
        assertTrue(open.getMessage().contains("missing \")\""), open.getMessage());
        BadInputException trailing = assertThrows(BadInputException.class, () -> eval("1 2", 0, 0));
        assertTrue(trailing.getMessage().contains("unexpected"), trailing.getMessage());
    }
}
