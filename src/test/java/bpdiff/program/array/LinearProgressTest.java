package bpdiff.program.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A matrix product tells of each row as it is done, so that a caller's time limit holds inside one product: a
 * {@link Progress} that throws stops it there.
 */
class LinearProgressTest {

    private static NdArray ones(int rows, int columns) {
        double[] data = new double[rows * columns];
        java.util.Arrays.fill(data, 1);
        return new NdArray(new int[] {rows, columns}, data);
    }

    @Test
    void eachRowIsToldItsOperationsAndAllAddUpToTheWork() {
        List<Long> told = new ArrayList<>();
        NdArray a = ones(5, 4);
        NdArray b = ones(4, 3);
        NdArray c = Op.MATMUL.apply(OpArgs.NONE, told::add, a, b);
        // a row of a 5x4 by 4x3 product: 3 sums of 4 products, 2 * 3 * 4 operations
        assertEquals(List.of(24L, 24L, 24L, 24L, 24L), told);
        assertEquals(Op.MATMUL.work(OpArgs.NONE, a, b), told.stream().mapToLong(Long::longValue).sum());
        assertArrayEquals(new double[] {4, 4, 4}, java.util.Arrays.copyOf(c.data(), 3));
    }

    @Test
    void aProgressThatThrowsStopsTheProductWithinARow() {
        int[] rows = {0};
        class Stop extends RuntimeException {
            private static final long serialVersionUID = 1L;
        }
        Progress stopAtThird = operations -> {
            if (++rows[0] == 3) {
                throw new Stop();
            }
        };
        assertThrows(Stop.class, () -> Linear.matmul(ones(1000, 1000), ones(1000, 1000), stopAtThird));
        assertEquals(3, rows[0]);
    }

    @Test
    void anotherOperationIsToldItsWorkOnceDone() {
        List<Long> told = new ArrayList<>();
        NdArray a = ones(2, 3);
        Op.ADD.apply(OpArgs.NONE, told::add, a, a);
        assertEquals(List.of(6L), told);
    }
}
