package bpdiff.check.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The report's values in numpy's nesting, and a value shown beside a derivative of another shape. */
class ShownTest {

    @Test
    void nestsAsNumpyDoes() {
        assertEquals("[[1, 2, 3], [4, 5, 6]]", Shown.full(new double[] {1, 2, 3, 4, 5, 6}, new int[] {2, 3}));
    }

    @Test
    void aValueOfAnotherSizeIsShownFlat() {
        // a claim of shape (2, 2) judged against a derivative of shape (2, 3): its 4 numbers, not an index error
        assertEquals("[1, 2, 3, 4]", Shown.full(new double[] {1, 2, 3, 4}, new int[] {2, 3}));
    }
}
