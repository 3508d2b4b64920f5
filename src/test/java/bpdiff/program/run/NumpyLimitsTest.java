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
 * numpy's refusals and bpdiff's element limit, checked before anything is allocated: each stops the program at its
 * line with one message, never an internal error. The numpy messages are numpy 1.24's (copied from CPython's
 * traceback of the same line).
 */
class NumpyLimitsTest {

    private static Problem failure(String text) {
        BadProgramException e = assertThrows(BadProgramException.class,
                () -> Programs.run("import numpy as np\n" + text.replace("\\n", "\n"), ProgramLimits.DEFAULT));
        assertEquals(1, e.problems().size());
        return e.problems().get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "np.outer(np.ones(65536), np.ones(65536))",
        "np.ones((100000, 1)) * np.ones((1, 100000))",
        "np.zeros((2 ** 40, 2 ** 40))",
        "np.eye(100000)",
        "np.diagflat(np.ones(100000))",
        "np.arange(10 ** 12)",
        "a = np.zeros(3)\\nb = a[range(10 ** 10)]",
        "i = np.zeros((3000, 1), dtype=int)\\nb = np.zeros((3, 3))[i, i.T]",
        "np.random.randint(0, 2, size=(10 ** 5, 10 ** 5))",
        "np.concatenate([np.zeros(800000), np.zeros(800000)])",
        // a list sharing its rows: 3,000 items made, a billion numbers (the heap ran out building them)
        "x = [0.0] * 1000\\ny = [x] * 1000\\nb = np.array([y] * 1000)",
        "import torch\\nx = [0.0] * 1000\\ny = [x] * 1000\\nb = torch.tensor([y] * 1000)",
    })
    void aResultPastTheElementLimitIsRefusedBeforeItIsMade(String text) {
        Problem p = failure(text);
        assertTrue(p.message().contains("more than bpdiff's limit of 1000000"), p.message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "np.zeros(-1) | negative dimensions are not allowed",
        // refused at the first row unlike the first, before 3,000 rows of a million numbers are made
        "np.array([[0.0]] + [[[0.0] * 1000] * 1000] * 3000) | setting an array element with a sequence. The "
                + "requested array has an inhomogeneous shape after 1 dimensions",
        "np.ones((2, -3)) | negative dimensions are not allowed",
        "np.random.seed(-1) | Seed must be between 0 and 2**32 - 1",
        "np.arange(3)[[5]] | index 5 is out of bounds for axis 0 with size 3",
        "np.zeros(3)[np.array([True, False])] | boolean index did not match indexed array along dimension 0; "
                + "dimension is 3 but corresponding boolean dimension is 2",
        "np.eye(3)[np.arange(3), [0, 1]] | shape mismatch: indexing arrays could not be broadcast together with "
                + "shapes (3,) (2,)",
        "np.arange(3) ** -1 | Integers to negative integer powers are not allowed.",
        "np.max(np.zeros((0, 3))) | zero-size array to reduction operation maximum which has no identity",
        "np.argmax([]) | attempt to get argmax of an empty sequence",
        "np.random.choice(3, 5, replace=False) | Cannot take a larger sample than population when 'replace=False'",
        "np.concatenate([np.zeros(2), np.zeros((2, 2))]) | ValueError: all the input arrays must have same number of "
                + "dimensions, but the array at index 0 has 1 dimension(s) and the array at index 1 has 2 dimension(s)",
        "np.squeeze(np.zeros((1, 2)), axis=5) | axis 5 is out of bounds for array of dimension 2",
        "np.array([1.0])[np.array([0.0])] | arrays used as indices must be of integer (or boolean) type",
        "a = np.array([1, 2])\\na += 0.5 | Cannot cast ufunc output from dtype('float64') to dtype('int64') with "
                + "casting rule 'same_kind'",
    })
    void numpysRefusalsSayWhatNumpySays(String text, String message) {
        Problem p = failure(text);
        assertTrue(p.message().startsWith("the program fails: " + message), p.message());
        assertEquals(Problem.Kind.RUNTIME, p.kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "np.linalg.inv(np.eye(2)) | np.linalg.inv is not supported: bpdiff's np.linalg has only norm",
        "np.set_printoptions(threshold=5) | np.set_printoptions(threshold=…) is not supported: bpdiff follows "
                + "precision, suppress and linewidth",
        "np.linalg.norm(np.eye(2), 2) | the matrix 2-norm is not supported: np.linalg.norm(W) gives the Frobenius",
        "np.sum(np.eye(2), axis=(0, 1)) | a tuple of several axes is not supported: reduce one axis at a time",
        "np.diagflat([1.0, 2.0], 1) | np.diagflat(v, k) with k other than 0 is not supported: use np.diagflat(v)",
        "np.zeros(6, dtype='uint8') | dtype uint8 is not supported: bpdiff's integer arrays are int64 (numpy's uint8 "
                + "wraps around and promotes by its own rules); class labels work the same as dtype=int",
    })
    void whatStaysRefusedSaysWhatToWriteInstead(String text, String message) {
        Problem p = failure(text);
        assertTrue(p.message().startsWith("the program fails: " + message), p.message());
    }
}
