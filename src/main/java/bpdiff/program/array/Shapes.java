package bpdiff.program.array;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Shape arithmetic: sizes, strides, numpy's broadcasting rule and how numpy prints a shape. */
public final class Shapes {

    private Shapes() {}

    /**
     * @param shape a shape
     * @return the number of elements it holds
     * @throws TooLargeException if more than an {@code int} counts
     */
    public static int size(int[] shape) {
        long size = count(shape);
        if (size > Integer.MAX_VALUE) {
            throw new TooLargeException(size);
        }
        return (int) size;
    }

    /**
     * @param shape a shape
     * @return the number of elements it holds, {@link Long#MAX_VALUE} if more than that
     */
    public static long count(int[] shape) {
        long size = 1;
        for (int d : shape) {
            if (d != 0 && size > Long.MAX_VALUE / d) {
                return Long.MAX_VALUE;
            }
            size *= d;
        }
        return size;
    }

    /**
     * @param shape a shape
     * @return the row-major strides, in elements
     */
    public static int[] strides(int[] shape) {
        int[] strides = new int[shape.length];
        int stride = 1;
        for (int k = shape.length - 1; k >= 0; k--) {
            strides[k] = stride;
            stride *= shape[k];
        }
        return strides;
    }

    /**
     * numpy's broadcasting: shapes are aligned at their last dimension; each pair of dimensions must be
     * equal or one of them 1.
     *
     * @param a one shape
     * @param b the other
     * @return the broadcast shape
     * @throws ShapeException if they do not broadcast
     */
    public static int[] broadcast(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] result = new int[n];
        for (int k = 0; k < n; k++) {
            int da = k < n - a.length ? 1 : a[k - (n - a.length)];
            int db = k < n - b.length ? 1 : b[k - (n - b.length)];
            if (da != db && da != 1 && db != 1) {
                throw new ShapeException("operands could not be broadcast together with shapes " + text(a) + " "
                        + text(b));
            }
            result[k] = da == 1 ? db : da;
        }
        return result;
    }

    /**
     * For every element of a broadcast result, the element of an operand it reads.
     *
     * @param operand the operand's shape
     * @param result the broadcast shape
     * @return the operand's flat position for each flat position of the result
     */
    public static int[] broadcastIndex(int[] operand, int[] result) {
        int size = size(result);
        int[] index = new int[size];
        int offset = result.length - operand.length;
        int[] operandStrides = strides(operand);
        int[] resultStrides = strides(result);
        for (int flat = 0; flat < size; flat++) {
            int source = 0;
            for (int k = 0; k < operand.length; k++) {
                int coordinate = flat / resultStrides[k + offset] % result[k + offset];
                source += operand[k] == 1 ? 0 : coordinate * operandStrides[k];
            }
            index[flat] = source;
        }
        return index;
    }

    /**
     * @param shape a shape
     * @return how numpy prints it: {@code ()}, {@code (3,)}, {@code (2, 3)}
     */
    public static String text(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        return Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining(", ", "(", ")"));
    }
}
