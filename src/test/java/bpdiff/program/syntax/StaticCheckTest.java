package bpdiff.program.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check before the program runs: a name is undefined only if nothing in the file binds it and no Python has it
 * built in; what CPython's compiler refuses ({@code return} outside a function, {@code break} outside a loop,
 * {@code nonlocal} at module level) is refused too, with every problem of the file at once.
 */
class StaticCheckTest {

    private static List<String> problems(String text) {
        try {
            Parser.parse(text, "p.py");
            return List.of();
        } catch (BadProgramException e) {
            return e.problems().stream().map(Problem::text).toList();
        }
    }

    @Test
    void aNameBoundAnywhereInTheFileIsNeverCalledUndefined() {
        assertEquals(List.of(), problems("def f():\n    inner = 1\n    return inner\nprint(f(), inner if 0 else 1)\n"));
        assertEquals(List.of(), problems("try:\n    x = 1\nexcept ZeroDivisionError as err:\n    x = err\n"
                .replace("ZeroDivisionError", "x") + "print(err)\n"));
        assertEquals(List.of(), problems("[y for y in range(2)]\nprint(y)\nf = lambda p: p\nprint(p)\n"));
        assertEquals(List.of(), problems("if (n := 2) > 1:\n    pass\nprint(n)\ndef g():\n    global h\n    h = 1\n"
                + "print(h)\n"));
        assertEquals(List.of(), problems("q = 1\ndel q\nprint(q)\n"));
        assertEquals(List.of(), problems("x: undefined_in_an_annotation = 1\n"));
    }

    @Test
    void aNameBoundNowhereIsUndefinedWhereverItIsRead() {
        assertEquals(List.of("name 'outh1' is not defined; did you mean out_h1? (p.py:3:12)"),
                problems("out_h1 = 1\ndef f():\n    return outh1\nprint(f())\n"));
    }

    @Test
    void aStarImportOfNumpyOrMathBindsTheNamesBpdiffRuns() {
        // CPython's from numpy import * binds floor, which bpdiff's numpy lacks: the message says so
        assertEquals(List.of(), problems("from math import *\nprint(floor(1.5), pi)\n"));
        assertEquals(List.of(), problems("from numpy import *\nprint(sum(array([1.0])), exp(0.0))\n"));
        assertEquals(List.of("name 'floor' is not defined; from numpy import * binds only the numpy names bpdiff runs "
                + "(docs/python.md lists them): if floor is one of numpy's, it is not in bpdiff's subset (p.py:2:7)"),
                problems("from numpy import *\nprint(floor(1.5))\n"));
    }

    @Test
    void npMatrixIsRefusedSayingWhatToWriteInstead() {
        // np.matrix's * is a matrix product and its ** a matrix power: a program is told to write arrays and @
        String hint = " is not in bpdiff's numpy subset: write 2-D np.array's and @ (or np.dot) for the matrix "
                + "products np.matrix's * makes, repeated @ for its **, and .T as before (np.matrix is deprecated by "
                + "numpy itself)";
        assertEquals(List.of("np.matrix" + hint + " (p.py:2:8)"),
                problems("import numpy as np\nA = np.matrix([[1.0]])\nprint(A * A)\n"));
        assertEquals(List.of("np.asmatrix" + hint + " (p.py:2:5)"),
                problems("from numpy import *\nA = asmatrix([[1.0]])\nprint(A * A)\n"));
    }

    @Test
    void whatMayBindNamesUnseenTurnsTheNameCheckOff() {
        assertEquals(List.of("not supported: from random import *; import the names you use (p.py:1:1)"),
                problems("from random import *\nprint(gauss(0, 1))\n"));
        assertEquals(List.of("globals() is not supported: use the variables by name (p.py:1:1)"),
                problems("globals()['w'] = 1\nprint(w)\n"));
    }

    @Test
    void scipyIsItsSpecialExpitAndLogit() {
        assertEquals(List.of(), problems("import scipy.special\nfrom scipy.special import expit, logit\n"
                + "f = lambda x: scipy.special.expit(x)\nprint(f(0.0), logit(expit(1.0)))\n"));
        assertEquals(List.of("import scipy.optimize is not supported: bpdiff runs scipy.special's expit and logit only "
                        + "(p.py:1:8)",
                "scipy.special.softmax is not in bpdiff's scipy.special subset; docs/python.md lists what is (p.py:3:15)"),
                problems("import scipy.optimize\nimport scipy.special\nscipy.special.softmax([1.0])\n"));
    }

    @Test
    void builtInsBpdiffDoesNotRunAreNamedAsSuch() {
        assertEquals(List.of("BrokenPipeError is a Python built-in that bpdiff does not run (p.py:1:5)",
                "open is not supported: bpdiff runs the program without files; write the values into the program "
                        + "(p.py:2:1)"),
                problems("x = BrokenPipeError\nopen('f')\n"));
    }

    @Test
    void whatCPythonsCompilerRefusesIsRefused() {
        assertEquals(List.of("syntax error: 'return' outside a function (p.py:1:1)",
                "syntax error: 'return' outside a function (p.py:3:5)",
                "syntax error: 'break' outside a loop (p.py:7:5)",
                "syntax error: 'continue' outside a loop (p.py:10:9)",
                "syntax error: nonlocal declaration not allowed at module level (p.py:11:1)"),
                problems("return 1\nclass A:\n    return 2\nfor i in range(2):\n    pass\nelse:\n    break\n"
                        + "while True:\n    def f():\n        continue\nnonlocal i\n"));
    }

    @Test
    void tabsAndSpacesThatDependOnTheTabSizeAreATabError() {
        // CPython 3.11: TabError: inconsistent use of tabs and spaces in indentation, at line 3
        assertEquals(List.of("TabError: inconsistent use of tabs and spaces in indentation (p.py:3:2)"),
                problems("if True:\n        x = 1\n\ty = 2\n"));
    }
}
