package bpdiff.program.array;

/**
 * One entry of a subscript {@code a[i, 1:3, None, idx, mask]}: an integer, a slice, a new axis, an array of
 * integers or a boolean mask.
 */
public sealed interface Index permits Index.At, Index.Range, Index.NewAxis, Index.Positions, Index.Mask {

    /**
     * An integer index; negative counts from the end.
     *
     * @param position the index
     */
    record At(long position) implements Index {}

    /**
     * {@code start:stop:step}; a missing part is {@code null}.
     *
     * @param start the start, or {@code null}
     * @param stop the end (excluded), or {@code null}
     * @param step the step, or {@code null} for 1
     */
    record Range(Long start, Long stop, Long step) implements Index {

        /**
         * Python's {@code slice.indices}: the positions a slice selects in a sequence of some length.
         *
         * @param length the sequence's length
         * @return the positions, in order
         * @throws ShapeException if the step is 0
         */
        public int[] positions(int length) {
            long s = step == null ? 1 : step;
            if (s == 0) {
                throw new ShapeException("slice step cannot be zero");
            }
            long lower = s < 0 ? -1 : 0;
            long upper = s < 0 ? length - 1 : length;
            long from = start == null ? (s < 0 ? upper : lower) : clamp(start, length, lower, upper);
            long to = stop == null ? (s < 0 ? lower : upper) : clamp(stop, length, lower, upper);
            int count = (int) Math.max(0, s > 0 ? (to - from + s - 1) / s : (from - to - s - 1) / -s);
            int[] positions = new int[count];
            for (int k = 0; k < count; k++) {
                positions[k] = (int) (from + k * s);
            }
            return positions;
        }

        private static long clamp(long value, int length, long lower, long upper) {
            long v = value < 0 ? value + length : value;
            return Math.max(lower, Math.min(upper, v));
        }
    }

    /** {@code None} or {@code np.newaxis}: a new dimension of length 1. */
    record NewAxis() implements Index {}

    /**
     * An integer array ({@code a[[0, 2]]}, {@code a[np.arange(N), y]}): numpy's advanced indexing; negative
     * entries count from the end.
     *
     * @param shape the index array's shape
     * @param values its entries, row-major
     */
    record Positions(int[] shape, long[] values) implements Index {}

    /**
     * A boolean array ({@code a[a > 0]}): selects the positions where it is true, in row-major order; it stands
     * for as many axes of the indexed array as it has dimensions.
     *
     * @param shape the mask's shape, at least one dimension
     * @param values its entries, row-major
     */
    record Mask(int[] shape, boolean[] values) implements Index {}
}
