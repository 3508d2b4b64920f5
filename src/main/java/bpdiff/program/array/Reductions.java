package bpdiff.program.array;

import java.util.Arrays;

/**
 * {@code sum}, {@code mean} and {@code prod} over all elements or one axis, with numpy's {@code keepdims}, and
 * numpy's order of additions: pairwise summation ({@code pairwise_sum}: blocks of 8 partial sums, halved above
 * 128 elements) along the innermost axis and over all elements, in chunks of 8192 (numpy's buffer), one row after
 * another along an outer axis. The same order gives the same last bit; a float32 array is summed in float32, every
 * partial sum rounded, as numpy's {@code pairwise_sum_FLOAT} keeps its accumulators in the array's type.
 */
public final class Reductions {

    /** numpy's {@code PW_BLOCKSIZE}. */
    private static final int BLOCK = 128;
    /** numpy's default buffer size: a reduction's inner loop sees at most this many elements at once. */
    private static final int BUFFER = 8192;

    private Reductions() {}

    /**
     * @param a the array
     * @param axis the axis to sum over (negative counts from the end), or {@code null} for all
     * @param keepDims whether the summed axes stay, with length 1
     * @return \( \sum \) over the axis; bool elements are summed as int64
     * @throws ShapeException if the axis does not exist
     */
    public static NdArray sum(NdArray a, Integer axis, boolean keepDims) {
        DType type = a.dtype().accumulated();
        boolean single = type == DType.FLOAT32;
        if (axis == null) {
            return new NdArray(keepDims ? ones(a.ndim()) : new int[0],
                    new double[] {inner(a.raw(), 0, a.size(), single)}, type);
        }
        Layout l = Layout.of(a, axis);
        double[] out = new double[l.outer() * l.inner()];
        for (int o = 0; o < l.outer(); o++) {
            if (l.inner() == 1) {
                out[o] = inner(a.raw(), o * l.length(), l.length(), single);
                continue;
            }
            for (int j = 0; j < l.length(); j++) {
                for (int i = 0; i < l.inner(); i++) {
                    out[o * l.inner() + i] = add(out[o * l.inner() + i], a.raw()[(o * l.length() + j) * l.inner() + i],
                            single);
                }
            }
        }
        return new NdArray(l.reduced(keepDims), out, type);
    }

    /**
     * @param a the array
     * @param axis the axis to average over, or {@code null} for all
     * @param keepDims whether the averaged axes stay, with length 1
     * @return the sum divided by the number of summed elements, in float64 for integers
     * @throws ShapeException if the axis does not exist
     */
    public static NdArray mean(NdArray a, Integer axis, boolean keepDims) {
        NdArray sum = sum(a, axis, keepDims);
        int count = axis == null ? a.size() : a.dim(axis(a, axis));
        double[] out = sum.data();
        for (int k = 0; k < out.length; k++) {
            out[k] = a.dtype().floating().cast(out[k] / count);
        }
        return new NdArray(sum.shape(), out, a.dtype().floating());
    }

    /**
     * numpy's {@code prod}: \( \prod \) over the axis, multiplied in order from 1.
     *
     * @param a the array
     * @param axis the axis, or {@code null} for all
     * @param keepDims whether the axis stays, with length 1
     * @return the products; bool elements multiply as int64
     * @throws ShapeException if the axis does not exist
     */
    public static NdArray prod(NdArray a, Integer axis, boolean keepDims) {
        DType type = a.dtype().accumulated();
        if (axis == null) {
            double product = 1;
            for (double v : a.raw()) {
                product *= v;
            }
            return new NdArray(keepDims ? ones(a.ndim()) : new int[0], new double[] {product}, type);
        }
        Layout l = Layout.of(a, axis);
        double[] out = new double[l.outer() * l.inner()];
        Arrays.fill(out, 1);
        for (int o = 0; o < l.outer(); o++) {
            for (int j = 0; j < l.length(); j++) {
                for (int i = 0; i < l.inner(); i++) {
                    out[o * l.inner() + i] *= a.raw()[(o * l.length() + j) * l.inner() + i];
                }
            }
        }
        return new NdArray(l.reduced(keepDims), out, type);
    }

    /**
     * @param a an array
     * @param axis an axis, negative from the end
     * @return it as an index {@code 0..ndim-1}
     * @throws ShapeException if it does not exist
     */
    public static int axis(NdArray a, int axis) {
        return axis(a.ndim(), axis);
    }

    /**
     * @param ndim a number of dimensions
     * @param axis an axis, negative from the end
     * @return it as an index {@code 0..ndim-1}
     * @throws ShapeException if it does not exist (numpy's {@code AxisError})
     */
    public static int axis(int ndim, int axis) {
        int ax = axis < 0 ? axis + ndim : axis;
        if (ax < 0 || ax >= ndim) {
            throw new ShapeException("axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return ax;
    }

    /** The sum of a contiguous run as numpy's reduction loop adds it: pairwise within each buffer's worth. */
    private static double inner(double[] data, int from, int n, boolean single) {
        double sum = 0;
        for (int start = 0; start < n; start += BUFFER) {
            sum = add(sum, pairwise(data, from + start, Math.min(BUFFER, n - start), single), single);
        }
        return sum;
    }

    /** \( x + y \), rounded to float32 for a float32 sum. */
    private static double add(double x, double y, boolean single) {
        return single ? (float) x + (float) y : x + y;
    }

    /** numpy's {@code pairwise_sum_DOUBLE}, or {@code pairwise_sum_FLOAT} in float32. */
    private static double pairwise(double[] a, int from, int n, boolean single) {
        if (n < 8) {
            double res = 0;
            for (int i = 0; i < n; i++) {
                res = add(res, a[from + i], single);
            }
            return res;
        }
        if (n <= BLOCK) {
            double[] r = new double[8];
            System.arraycopy(a, from, r, 0, 8);
            int i;
            for (i = 8; i < n - n % 8; i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] = add(r[j], a[from + i + j], single);
                }
            }
            double res = add(add(add(r[0], r[1], single), add(r[2], r[3], single), single),
                    add(add(r[4], r[5], single), add(r[6], r[7], single), single), single);
            for (; i < n; i++) {
                res = add(res, a[from + i], single);
            }
            return res;
        }
        int half = n / 2;
        half -= half % 8;
        return add(pairwise(a, from, half, single), pairwise(a, from + half, n - half, single), single);
    }

    static int[] ones(int n) {
        int[] shape = new int[n];
        Arrays.fill(shape, 1);
        return shape;
    }

    /**
     * An array seen as {@code outer × length × inner} around the axis a reduction runs along.
     *
     * @param shape the array's shape
     * @param axis the axis, {@code 0..ndim-1}
     * @param outer the product of the dimensions before it
     * @param length its length
     * @param inner the product of the dimensions after it
     */
    public record Layout(int[] shape, int axis, int outer, int length, int inner) {

        static Layout of(NdArray a, int axis) {
            return around(a.shape(), Reductions.axis(a, axis));
        }

        /**
         * @param shape a shape
         * @param axis one of its axes, {@code 0..ndim-1}
         * @return the shape seen around that axis
         */
        public static Layout around(int[] shape, int axis) {
            int outer = 1;
            for (int k = 0; k < axis; k++) {
                outer *= shape[k];
            }
            int inner = 1;
            for (int k = axis + 1; k < shape.length; k++) {
                inner *= shape[k];
            }
            return new Layout(shape, axis, outer, shape[axis], inner);
        }

        /** @return the result's shape: the axis gone, or of length 1 */
        int[] reduced(boolean keepDims) {
            if (keepDims) {
                int[] kept = shape.clone();
                kept[axis] = 1;
                return kept;
            }
            int[] reduced = new int[shape.length - 1];
            for (int k = 0, r = 0; k < shape.length; k++) {
                if (k != axis) {
                    reduced[r++] = shape[k];
                }
            }
            return reduced;
        }
    }
}
