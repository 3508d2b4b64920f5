package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import bpdiff.program.ProgramLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code x ^ 2} meant as a power: the program stops with CPython's (or numpy 1.24's) TypeError of a bitwise xor,
 * copied from the traceback of the same line under {@code /usr/bin/python3}, and bpdiff's hint after it. The same
 * error caught by the program is CPython's message alone ({@code semantics/41-bitwise.py}).
 */
class BitwiseHintTest {

    private static final String HINT = " ('^' is bitwise xor in Python: write '**' for a power)";

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "x = 1.5\\ny = x ^ 2 ; TypeError: unsupported operand type(s) for ^: 'float' and 'int' ; 3",
        "x = np.array([1.0, 2.0])\\ny = x ^ 2 ; TypeError: ufunc 'bitwise_xor' not supported for the input types, and "
                + "the inputs could not be safely coerced to any supported types according to the casting rule "
                + "''safe'' ; 3",
    })
    void aPowerWrittenAsXorStopsWithPythonsErrorAndTheHint(String text, String python, int line) {
        BadProgramException e = assertThrows(BadProgramException.class,
                () -> Programs.run("import numpy as np\n" + text.replace("\\n", "\n"), ProgramLimits.DEFAULT));
        assertEquals(1, e.problems().size());
        Problem p = e.problems().get(0);
        assertEquals("the program fails: " + python + HINT, p.message());
        assertEquals(line, p.line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "x = 1.5\\ny = x | 2 ; TypeError: unsupported operand type(s) for |: 'float' and 'int'",
        "x = 3\\ny = x << -1 ; ValueError: negative shift count",
    })
    void anotherBitwiseErrorHasNoHint(String text, String python) {
        BadProgramException e = assertThrows(BadProgramException.class,
                () -> Programs.run("import numpy as np\n" + text.replace("\\n", "\n"), ProgramLimits.DEFAULT));
        assertEquals("the program fails: " + python, e.problems().get(0).message());
    }
}
