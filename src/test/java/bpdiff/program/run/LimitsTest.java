package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import bpdiff.program.ProgramLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every limit stops a program with a clear message at the line where it was reached. */
class LimitsTest {

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
}
