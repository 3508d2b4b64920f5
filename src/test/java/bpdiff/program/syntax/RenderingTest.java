package bpdiff.program.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Trees written back as Python, with the parentheses CPython's {@code ast.unparse} writes. */
class RenderingTest {

    private static String rendered(String expression) {
        Program p = Parser.tree("x = " + expression + "\n", "p.py", new ArrayList<>(), new HashSet<>());
        return Rendering.render(((Stmt.Assign) p.body().get(0)).value());
    }

    // the second column is what python3 -c 'import ast; print(ast.unparse(ast.parse(e, mode="eval")))' prints
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a + b * c | a + b * c",
        "(a + b) * c | (a + b) * c",
        "-x ** 2 | -x ** 2",
        "(-x) ** 2 | (-x) ** 2",
        "a if b else c | a if b else c",
        "lambda x, *a, k=1, **kw: x + 1 | lambda x, *a, k=1, **kw: x + 1",
        "lambda a, /, b: a | lambda a, /, b: a",
        "{k: v for k, v in d.items() if v} | {k: v for k, v in d.items() if v}",
        "[*a, *b] | [*a, *b]",
        "{**m, \"a\": 1} | {**m, 'a': 1}",
        "f(*args, **kwargs) | f(*args, **kwargs)",
        "sum(x for x in y) | sum((x for x in y))",
        "{1, 2} | {1, 2}",
        "not a and b | not a and b",
        "a < b <= c | a < b <= c",
        "x[1:2, ::3] | x[1:2, ::3]",
        "[y := 3] | [(y := 3)]",
        "... | ...",
        "(a, b) | (a, b)",
        "f(lambda: 0) | f(lambda: 0)",
    })
    void writesWhatCPythonWrites(String expression, String unparsed) {
        assertEquals(unparsed, rendered(expression));
    }

    @Test
    void whatBpdiffDoesNotRunIsAnEllipsis() {
        assertEquals("…", rendered("b'x'"));
    }
}
