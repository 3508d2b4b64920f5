package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import bpdiff.program.ProgramLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code x ^ 2} meant as a power: the program stops with CPython's (or numpy 1.24's) TypeError of a bitwise xor,
 * copied from the traceback of the same line under {@code /usr/bin/python3}, and bpdiff's hint after it. The same
 * error caught by the program is CPython's message alone ({@code semantics/45-bitwise.py}). A shift or mask past
 * bpdiff's limits stops at its line before the result is made.
 */
class BitwiseErrorsTest {

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
        "x = 1 << (1 << 40) ; an integer of more than 1048576 bits is more than bpdiff's limit",
        "m = (np.ones(100000) > 0) & (np.ones((100000, 1)) > 0) ; an array, list or string of 10000000000 elements is "
                + "more than bpdiff's limit of 1000000",
        "m = ~np.ones(3) ; the program fails: TypeError: ufunc 'invert' not supported for the input types",
    })
    void anotherBitwiseErrorOrLimitHasNoHint(String text, String python) {
        BadProgramException e = assertThrows(BadProgramException.class,
                () -> Programs.run("import numpy as np\n" + text.replace("\\n", "\n"), ProgramLimits.DEFAULT));
        String message = e.problems().get(0).message();
        assertTrue(message.equals("the program fails: " + python) || message.startsWith(python), message);
        assertTrue(!message.contains("'**'"), message);
    }
}
