package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import bpdiff.program.ProgramLimits;
import bpdiff.program.syntax.Program;
import bpdiff.testing.CPythonAst;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every limit stops a program with a clear message at the line where it was reached. */
class LimitsTest {

    /**
     * A limit is no exception of the program: {@code except} does not catch it, {@code finally} and
     * {@code __exit__} do not run after it ({@code uncatchable-limits/*.py}, read as CPython reads them).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "01-endless-loop-in-try | a loop ran more than 1000 times",
        "02-endless-recursion-in-try | calls are nested more than 100 deep",
        "03-huge-list-in-try | bpdiff's limit of 1000000",
        "04-finally-after-a-limit | a loop ran more than 1000 times",
        "05-exit-that-suppresses | a loop ran more than 1000 times",
    })
    void noHandlerCatchesALimit(String name, String message) throws IOException {
        Path tree = Path.of("reference-results/python-semantics/uncatchable-limits",
                name + ".ast.json");
        String text = Files.readString(Path.of("src/test/resources/uncatchable-limits",
                name + ".py"));
        Program program = CPythonAst.program(text, name + ".py",
                new ObjectMapper().readTree(tree.toFile()).get("module"));
        List<String> printed = new ArrayList<>();
        ProgramLimits limits = new ProgramLimits(10_000_000, 1_000, 1_000_000, 100, 60, 2_000_000);
        BadProgramException e = assertThrows(BadProgramException.class, () -> Interpreter.run(program,
                new RunOptions(Set.of(), n -> false, limits, printed::add)));
        assertTrue(e.problems().get(0).message().contains(message), e.problems().get(0).message());
        assertEquals(List.of(), printed);
    }

    private static Problem failure(String text, ProgramLimits limits) {
        BadProgramException e = assertThrows(BadProgramException.class, () -> Programs.run(text, limits));
        assertEquals(1, e.problems().size());
        return e.problems().get(0);
    }

    @Test
    void anEndlessLoopStopsAtTheStatementLimit() {
        Problem p = failure("x = 0\nwhile True:\n    x = x + 1\n", ProgramLimits.DEFAULT.withStatements(100_000));
        assertTrue(p.message().startsWith("the program ran more than 100000 statements, bpdiff's limit"), p.message());
        assertEquals(Problem.Kind.RUNTIME, p.kind());
        assertEquals(3, p.line());
    }

    @Test
    void anEndlessLoopWithAnEmptyBodyStopsAtTheLoopLimit() {
        Problem p = failure("while True:\n    pass\n", ProgramLimits.DEFAULT);
        assertTrue(p.message().startsWith("a loop ran more than 1000000 times"), p.message());
        assertEquals("p.py:1:1", p.where());
    }

    @Test
    void theClockStopsALongRun() {
        Problem p = failure("import numpy as np\nx = np.zeros((300, 300))\nfor i in range(1000000):\n    y = x @ x\n",
                ProgramLimits.DEFAULT.withSeconds(0.5));
        assertTrue(p.message().contains("longer than 0.5 seconds"), p.message());
    }

    /**
     * The clock is read inside a product, row by row: seven products of a 1000 x 1000 matrix on one line (14e9
     * operations, seconds of work) stop at that line's time limit, not after the line.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "import numpy as np\\nx = np.ones((1000, 1000))\\ny = x @ x @ x @ x @ x @ x @ x @ x\\n",
        "import torch\\nx = torch.ones(1000, 1000)\\ny = x @ x @ x @ x @ x @ x @ x @ x\\n",
    })
    void theClockStopsAProductInsideItsLine(String text) {
        Problem p = failure(text.replace("\\n", "\n"), ProgramLimits.DEFAULT.withSeconds(0.5));
        assertTrue(p.message().startsWith("the program ran longer than 0.5 seconds"), p.message());
        assertEquals("p.py:3:5", p.where());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "import numpy as np\\nW = np.zeros((100000, 100000))\\n | 2",
        "x = [0] * 10 ** 9\\n | 1",
        "s = 'ab'\\nfor i in range(40):\\n    s = s + s\\n | 3",
        "import numpy as np\\nW = np.random.randn(5000, 5000)\\n | 2",
    })
    void aHugeArrayListOrStringIsRefused(String text, int line) {
        Problem p = failure(text.replace("\\n", "\n"), ProgramLimits.DEFAULT);
        assertTrue(p.message().contains("bpdiff's limit of 1000000"), p.message());
        assertEquals(line, p.line());
    }

    @Test
    void endlessRecursionStopsAtTheDepthLimit() {
        Problem p = failure("def f(n):\n    return f(n + 1)\nf(0)\n", ProgramLimits.DEFAULT);
        assertTrue(p.message().startsWith("calls are nested more than 100 deep"), p.message());
    }

    @Test
    void theTapeIsBounded() {
        ProgramLimits small = new ProgramLimits(10_000_000, 1_000_000, 1_000_000, 100, 60, 1000);
        Problem p = failure("w = 0.5\nfor i in range(10000):\n    w = w * 1.0001\n", small);
        assertTrue(p.message().contains("more than 1000 recorded operations"), p.message());
    }

    @Test
    void aTensorProductIsChargedAsAnArraysIs() {
        // torch operations used to compute without charging the work or reading the clock: 16 products of a 1000 x
        // 1000 matrix in a loop ran past a time limit of 2 s by 15 s, and no number of them reached the work limit
        ProgramLimits small = ProgramLimits.DEFAULT.withBudgets(ProgramLimits.DEFAULT.characters(),
                ProgramLimits.DEFAULT.elements(), 1_000_000);
        Problem p = failure("import torch\nx = torch.ones(100, 100)\ny = x @ x\n", small);
        assertTrue(p.message().contains("array arithmetic reached 2.00e+06 floating-point operations"), p.message());
        assertEquals("p.py:3:5", p.where());
    }

    /**
     * A program's own {@code backward()} runs on the engine, natively, in one call: it is charged three times the
     * work of the forward pass it replays before it runs, so calling it again and again reaches the work limit.
     */
    @Test
    void aProgramsOwnBackwardIsChargedItsWork() {
        ProgramLimits small = ProgramLimits.DEFAULT.withBudgets(ProgramLimits.DEFAULT.characters(),
                ProgramLimits.DEFAULT.elements(), 100_000);
        Problem p = failure("import torch\nw = torch.ones(10, 10, requires_grad=True)\nloss = (w @ w).sum()\n"
                + "for i in range(100):\n    loss.backward(retain_graph=True)\n", small);
        assertTrue(p.message().contains("array arithmetic reached") && p.message().contains("limit of 1.00e+05"),
                p.message());
        assertEquals("p.py:5:5", p.where());
    }

    /**
     * Values share their parts, so a few thousand items made can hold a billion to compare or hash (CPython walks them
     * all too): the clock is read inside one comparison or hash, which stops at its own line.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "r = z1 == z2",
        "r = z2 in [z1, z2]",
        "r = sorted([z2, z1, z2, z1])",
        "r = max(z1, z2)",
        "r = tuple(z1) == tuple(z2)",
        "r = [z1, z1, z2].index(z2)",
        "r = {1: z1} == {1: z2}",
        "r = hash(((((0,) * 100,) * 100,) * 100,) * 10000)",
    })
    void theClockStopsAComparisonOfSharedPartsInsideItsLine(String statement) {
        String shared = "x1 = [0] * 1000\nx2 = [0] * 1000\ny1 = [x1] * 1000\ny2 = [x2] * 1000\nz1 = [y1] * 1000\n"
                + "z2 = [y2] * 1000\n";
        Problem p = failure(shared + statement + "\n", ProgramLimits.DEFAULT.withSeconds(0.3));
        assertTrue(p.message().startsWith("the program ran longer than 0.3 seconds"), p.message());
        assertEquals(7, p.line());
    }

    /** The lcm of many integers is one call (CPython: 16 s for these): the clock is read inside it. */
    @Test
    void theClockStopsAnLcmOfManyIntegersInsideItsLine() {
        Problem p = failure("import math\nr = math.lcm(*range(1, 100000))\n", ProgramLimits.DEFAULT.withSeconds(0.3));
        assertTrue(p.message().startsWith("the program ran longer than 0.3 seconds"), p.message());
        assertEquals("p.py:2:5", p.where());
    }
}
