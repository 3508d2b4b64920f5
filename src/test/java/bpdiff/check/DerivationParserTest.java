package bpdiff.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.BadInputException;
import bpdiff.Position;
import bpdiff.program.syntax.Expr;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The derivation parser: Python's operators and precedence, ignored lines and prefixes, and syntax
 * errors that point at {@code file:line:column}. Expected values are Python's own results for the same
 * expressions (e.g. {@code -2**2 == -4}, {@code 2**3**2 == 512}).
 */
class DerivationParserTest {

    private static double value(String expression) {
        Derivation d = DerivationParser.parse("v = " + expression, "t.py");
        return FormulaEvaluator.evaluate(d.assignments().get(0).expression(), Map.of("a", 3.0, "b", 0.5));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        // Python 3 results of the same expressions
        "2 + 3 * 4; 14",
        "(2 + 3) * 4; 20",
        "2 * 3 ** 2; 18",
        "-2 ** 2; -4",
        "(-2) ** 2; 4",
        "2 ** -1; 0.5",
        "2 ** 3 ** 2; 512",
        "2 ^ 3; 8",
        "10 - 4 - 3; 3",
        "12 / 3 / 2; 2",
        "+a - -b; 3.5",
        "1e-3 * 1000; 1",
        "2.5E+2 / .5; 500",
        "a * (1 - a); -6",
        "max(a, b, 7) - min(a, b); 6.5",
        "relu(-a) + relu(a); 3",
        "abs(-b) + sqrt(16); 4.5",
        "log(exp(2)); 2",
        "sigmoid(0); 0.5",
        "tanh(0); 0",
    })
    void evaluatesLikePython(String expression, double expected) {
        assertEquals(expected, value(expression), 1e-15);
    }

    @Test
    void modulePrefixesAreIgnored() {
        assertEquals(1 + 2 + 0.5, value("np.exp(0) + math.sqrt(4) + torch.sigmoid(0)"), 1e-15);
        assertEquals(3.0, value("numpy.abs(-a)"), 0);
        Derivation d = DerivationParser.parse("v = np.exp(-a)", "t.py");
        assertEquals("np.exp(-a)", d.assignments().get(0).expressionText());
    }

    @Test
    void pastedPythonFunctionReadsAsItsAssignments() {
        Derivation d = DerivationParser.parse(Path.of("examples/derivations/published.py"));
        List<String> names = d.assignments().stream().map(Assignment::name).toList();
        assertEquals(List.of("d_o1", "d_o2", "d_w5", "d_w7", "d_w6", "d_w8", "d_w1", "d_w3", "d_w2", "d_w4"), names);
        Assignment first = d.assignments().get(0);
        assertEquals("d_o1 = out_o1 - y1", first.formula());
        assertEquals(6, first.line());
        assertEquals(5, first.column());
    }

    @Test
    void commentsBlankLinesDefAndReturnAreIgnored() {
        String text = "# header\n\n  def f(a, b):  # comment\n\tx = a * b  # trailing\n    return x, a\nreturn\n";
        Derivation d = DerivationParser.parse(text, "t.py");
        assertEquals(1, d.assignments().size());
        assertEquals("x = a * b", d.assignments().get(0).formula());
        assertEquals(4, d.assignments().get(0).line());
    }

    @Test
    void namesStartingWithKeywordsAreNotIgnored() {
        Derivation d = DerivationParser.parse("define = 1\nreturned = 2\ndef_x = 3\n", "t.py");
        assertEquals(3, d.assignments().size());
    }

    @Test
    void tupleAssignmentGivesOneAssignmentPerName() {
        Derivation d = DerivationParser.parse("d_w1, d_w3 = a * 2, (a + b)\n", "t.py");
        assertEquals(2, d.assignments().size());
        assertEquals("d_w1 = a * 2", d.assignments().get(0).formula());
        assertEquals("d_w3 = (a + b)", d.assignments().get(1).formula());
        assertEquals(7, d.assignments().get(1).column());
    }

    @Test
    void emptyFileHasNoAssignments() {
        assertTrue(DerivationParser.parse("# only a comment\n\n", "t.py").assignments().isEmpty());
        assertTrue(DerivationParser.parse("", "t.py").assignments().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // line text; where (line 2 of t.py); part of the message
        "d_w1 = (a + b; t.py:2:14; expected ')' to close the '(' at column 8",
        "d_w1 = a +* b; t.py:2:11; expected a number, a name or '('",
        "d_w1 a + b; t.py:2:6; expected '=' ('name = expression')",
        "= a; t.py:2:1; expected a name to assign",
        "d_w1 = a b; t.py:2:10; unexpected 'b' after the expression",
        "d_w1 = a $ b; t.py:2:10; unexpected character '$'",
        // pasted from a PDF: a mathematical italic x (U+1D465), named whole, not as half a surrogate pair
        "d_w1 = \uD835\uDC65 * w1; t.py:2:8; unexpected character '\uD835\uDC65'",
        "d_w1 = a == b; t.py:2:10; '==' compares",
        "d_w1 = 2x; t.py:2:8; a name cannot start with a digit",
        "d_w1 = 1.2.3; t.py:2:8; malformed number '1.2.3'",
        "d_w1 = exp(a, b); t.py:2:8; exp takes 1 argument, got 2",
        "d_w1 = max(a); t.py:2:8; max takes at least 2 arguments, got 1",
        "d_w1 = exp(a; t.py:2:13; expected ',' or ')' in the call of exp",
        "d_w1, d_w2 = a; t.py:2:1; 2 names but 1 values",
        "'d_w1 = '; t.py:2:8; expected a number, a name or '(', found the end of the line",
        "print(d_w1); t.py:2:6; expected '=' ('name = expression')",
        "'    d_w1 += a'; t.py:2:10; expected '=' ('name = expression'), found '+'",
    })
    void syntaxErrorsPointAtLineAndColumn(String line, String where, String message) {
        BadInputException e = assertThrows(BadInputException.class,
                () -> DerivationParser.parse("ok = 1\n" + line + "\n", "t.py"));
        assertEquals(where, e.where());
        assertTrue(e.problem().startsWith("syntax error: "), e.problem());
        assertTrue(e.problem().contains(message), e.problem());
    }

    @Test
    void unknownFunctionSuggestsTheClosest() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> DerivationParser.parse("v = np.exq(a)\n", "t.py"));
        assertEquals("t.py:1:5", e.where());
        assertEquals("unknown function 'exq'; did you mean exp?", e.problem());
    }

    @Test
    void anErrorCarriesItsLineAsTheFileHasIt() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> DerivationParser.parse("ok = 1\r\nd_w1 = a +* b  # the sum\r\n", "t.py"));
        assertEquals(new Position("t.py", 0, 2, 11, "d_w1 = a +* b  # the sum"), e.position());
        assertEquals("  d_w1 = a +* b  # the sum\n            ^\n", SourceExcerpt.at(e.position()));
    }

    @Test
    void caretSitsUnderTheColumn() {
        String excerpt = SourceExcerpt.of(List.of("ok = 1", "d_w1 = a +* b"), 2, 11);
        assertEquals("  d_w1 = a +* b\n            ^\n", excerpt);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "-a ** 2", "(a - b) / (a * b)", "a - (b - a)", "a / (b / a)", "(a ** b) ** 2", "(-a) ** 2",
        "2 ** -b", "max(a, -b) * -(a + b)", "a * (1 - a) * b",
    })
    void renderedFormulaReadsBackToTheSameValue(String expression) {
        Expr parsed = DerivationParser.parse("v = " + expression, "t.py").assignments().get(0).expression();
        String rendered = ExprText.render(parsed);
        assertEquals(value(expression), value(rendered), 1e-15, rendered);
    }
}
