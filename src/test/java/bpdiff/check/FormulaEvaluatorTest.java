package bpdiff.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bpdiff.program.syntax.Expr;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Division by zero and values that are not finite stop a formula with a message naming the sub-expression. */
class FormulaEvaluatorTest {

    private static Expr parse(String expression) {
        return DerivationParser.parse("v = " + expression, "t.py").assignments().get(0).expression();
    }

    @Test
    void divisionByZeroNamesTheDivisor() {
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> FormulaEvaluator.evaluate(parse("a / (b - b)"), Map.of("a", 1.0, "b", 2.0)));
        assertEquals("division by zero: b - b is 0", e.getMessage());
    }

    @Test
    void nonFiniteValueNamesTheExpression() {
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> FormulaEvaluator.evaluate(parse("1 + log(-a)"), Map.of("a", 1.0)));
        assertEquals("non-finite value: log(-a) is NaN", e.getMessage());
        EvaluationException overflow = assertThrows(EvaluationException.class,
                () -> FormulaEvaluator.evaluate(parse("exp(a) * 2"), Map.of("a", 1000.0)));
        assertEquals("non-finite value: exp(a) is Infinity", overflow.getMessage());
    }
}
