package bpdiff.program.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser on the homework's own programs and on broken ones: positions, every error at once. */
class ParserTest {

    private static List<Problem> problems(String text) {
        return assertThrows(BadProgramException.class, () -> Parser.parse(text, "p.py")).problems();
    }

    @Test
    void theSeedsHomeworkProgramParses() throws Exception {
        String text = Files.readString(Path.of("examples/programs/homework2-published.py"));
        Program program = Parser.parse(text, "homework2-published.py");
        List<String> defs = program.body().stream().filter(s -> s instanceof Stmt.FunctionDef)
                .map(s -> ((Stmt.FunctionDef) s).name()).toList();
        assertEquals(List.of("sigmoid", "forward_propagate", "back_propagate", "update_w"), defs);
        Stmt.If main = (Stmt.If) program.body().get(program.body().size() - 1);
        assertTrue(main.body().stream().anyMatch(s -> s instanceof Stmt.For));
    }

    @Test
    void positionsAreLineAndColumnAndSpansQuoteTheText() {
        Program p = Parser.parse("x = 1\nif x > 0:\n    d_w1 = (x + \\\n        2) * 3\n", "p.py");
        Stmt.If branch = (Stmt.If) p.body().get(1);
        Stmt.Assign assign = (Stmt.Assign) branch.body().get(0);
        assertEquals(3, assign.span().line());
        assertEquals(5, assign.span().column());
        assertEquals("(x + \\\n        2) * 3", p.text(assign.value().span()));
    }

    @Test
    void bracketsContinueLines() {
        Program p = Parser.parse("y = f(1,\n      2) if True else [1,\n 2]\ndef f(a, b):\n    return a\n", "p.py");
        assertEquals(2, p.body().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x = 2 ** -1 | -",
        "x = -2 ** 2 | -",
        "x = a @ b.T | @",
        "x = 1 if a < b <= c else 2 | if",
    })
    void precedenceFollowsPython(String text, String ignored) {
        Parser.parse("a = b = c = 1\n" + text + "\n", "p.py");
    }

    @Test
    void minusBindsLooserThanPower() {
        Stmt.Assign a = (Stmt.Assign) Parser.parse("x = -2 ** 2\n", "p.py").body().get(0);
        Expr.Unary minus = assertInstanceOf(Expr.Unary.class, a.value());
        assertInstanceOf(Expr.Binary.class, minus.operand());
    }

    @Test
    void everySyntaxErrorOfTheFileIsReported() {
        List<Problem> problems = problems("x = (1 +\ny = 2\n"
                + "def f(:\n    return 1\n"
                + "z = 3 +\n"
                + "w = b'raw'\n");
        assertTrue(problems.size() >= 3, problems.toString());
        assertEquals(Problem.Kind.SYNTAX, problems.get(0).kind());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("bytes literal")), problems.toString());
    }

    @Test
    void everyUndefinedNameIsReportedWithItsPositionAndASuggestion() {
        List<Problem> problems = problems("out_h1 = 1\nd = outh1 * 2\ne = d_w9 + out_h1\n");
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("name 'outh1' is not defined; did you mean out_h1? (p.py:2:5)", problems.get(0).text());
        assertEquals("p.py:3:5", problems.get(1).where());
    }

    @Test
    void outsideTheSubsetSaysWhatToWriteInstead() {
        // class, lambda and torch are Python bpdiff runs now; torch.utils, np.fft and a bytes literal are not
        List<Problem> problems = problems("import torch.utils.data\nimport numpy as np\nx = np.fft.fft(1)\n"
                + "class Net:\n    pass\ny = lambda v: v\nz = b'raw'\n");
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("import torch.utils.data is not supported"), problems.get(0).message());
        assertTrue(problems.get(1).message().startsWith("np.fft is not in bpdiff's numpy subset"), problems.get(1).message());
        assertEquals("not supported: bytes literal; write a str (p.py:7:5)", problems.get(2).text());
    }

    @Test
    void fullWidthPunctuationIsNamed() {
        List<Problem> problems = problems("x = max(1， 2)\n");
        assertEquals("syntax error: '，' is a full-width character; write ',' (p.py:1:10)", problems.get(0).text());
    }

    @Test
    void bracketsNestAsDeepAsTheMessageSays() {
        // the refusal says "more than 100 levels of brackets, signs or powers"; the statement's own expression is one
        Parser.parse("x = " + "(".repeat(99) + "1" + ")".repeat(99) + "\n", "p.py");
        Parser.parse("x = " + "[".repeat(99) + "1" + "]".repeat(99) + "\n", "p.py");
        assertTrue(problems("x = " + "(".repeat(100) + "1" + ")".repeat(100) + "\n").get(0).message()
                .startsWith("the expression is nested too deeply (more than 100 levels"));
    }

    @Test
    void badIndentationIsReported() {
        List<Problem> problems = problems("def f():\n    x = 1\n  y = 2\n");
        assertTrue(problems.get(0).message().contains("indentation matches no enclosing block"), problems.toString());
        List<Problem> unexpected = problems("x = 1\n    y = 2\n");
        assertTrue(unexpected.get(0).message().contains("unexpected indentation"), unexpected.toString());
    }

    @Test
    void fStringsParseTheirFields() {
        Stmt.ExprStmt s = (Stmt.ExprStmt) Parser.parse("x = 1.5\nprint(f\"x = {x:.2f} and {x * 2!r}\")\n", "p.py")
                .body().get(1);
        Expr.Call call = (Expr.Call) s.value();
        Expr.FString f = assertInstanceOf(Expr.FString.class, call.arguments().get(0));
        assertEquals(4, f.parts().size());
        List<Problem> problems = problems("print(f\"{y}\")\n");
        assertEquals("p.py:1:10", problems.get(0).where());
    }
}
