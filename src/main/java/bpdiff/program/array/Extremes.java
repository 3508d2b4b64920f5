package bpdiff.program.array;

/**
 * numpy's {@code max}/{@code amax}, {@code min}/{@code amin}, {@code argmax} and {@code argmin}, over all elements
 * or one axis: a NaN wins (numpy propagates it), and among equal extremes the first position is the arg.
 */
public final class Extremes {

    private Extremes() {}

    /**
     * @param a the array
     * @param axis the axis (negative from the end), or {@code null} for all elements
     * @param keepDims whether the axis stays, with length 1
     * @param maximum {@code max} or {@code min}
     * @return the extremes, of {@code a}'s type
     * @throws ShapeException for an empty array or a missing axis
     */
    public static NdArray extreme(NdArray a, Integer axis, boolean keepDims, boolean maximum) {
        int[] positions = arg(a, axis, maximum);
        double[] out = new double[positions.length];
        int[] shape;
        if (axis == null) {
            out[0] = a.raw()[positions[0]];
            shape = keepDims ? Reductions.ones(a.ndim()) : new int[0];
        } else {
            for (int k = 0; k < out.length; k++) {
                out[k] = a.raw()[positions[k]];
            }
            shape = Reductions.Layout.of(a, axis).reduced(keepDims);
        }
        return new NdArray(shape, out, a.dtype());
    }

    /**
     * numpy's {@code argmax} / {@code argmin}.
     *
     * @param a the array
     * @param axis the axis, or {@code null} for the flat position
     * @param maximum {@code argmax} or {@code argmin}
     * @return the positions along the axis (or in the flattened array), int64
     * @throws ShapeException for an empty array or a missing axis
     */
    public static NdArray argument(NdArray a, Integer axis, boolean maximum) {
        int[] positions = arg(a, axis, maximum);
        double[] out = new double[positions.length];
        if (axis == null) {
            out[0] = positions[0];
            return new NdArray(new int[0], out, DType.INT64);
        }
        Reductions.Layout l = Reductions.Layout.of(a, axis);
        for (int k = 0; k < out.length; k++) {
            out[k] = positions[k] / l.inner() % l.length();
        }
        return new NdArray(l.reduced(false), out, DType.INT64);
    }

    /**
     * The flat position of each extreme: the element that {@code max} reports and that PyTorch's
     * {@code max(dim)} sends the gradient to.
     *
     * @param a the array
     * @param axis the axis, or {@code null} for one extreme of all elements
     * @param maximum {@code max} or {@code min}
     * @return for each result element, the flat position in {@code a} it comes from
     * @throws ShapeException for an empty array or a missing axis
     */
    public static int[] arg(NdArray a, Integer axis, boolean maximum) {
        String name = maximum ? "maximum" : "minimum";
        if (axis == null) {
            if (a.size() == 0) {
                throw new ShapeException("zero-size array to reduction operation " + name + " which has no identity");
            }
            return new int[] {best(a.raw(), 0, a.size(), 1, maximum)};
        }
        Reductions.Layout l = Reductions.Layout.of(a, axis);
        if (l.length() == 0 && l.outer() * l.inner() > 0) {
            throw new ShapeException("zero-size array to reduction operation " + name + " which has no identity");
        }
        int[] positions = new int[l.outer() * l.inner()];
        for (int o = 0; o < l.outer(); o++) {
            for (int i = 0; i < l.inner(); i++) {
                positions[o * l.inner() + i] = best(a.raw(), o * l.length() * l.inner() + i, l.length(), l.inner(),
                        maximum);
            }
        }
        return positions;
    }

    private static int best(double[] data, int from, int count, int stride, boolean maximum) {
        int best = from;
        for (int k = 1; k < count && !Double.isNaN(data[best]); k++) {
            int p = from + k * stride;
            double v = data[p];
            if (Double.isNaN(v) || (maximum ? v > data[best] : v < data[best])) {
                best = p;
            }
        }
        return best;
    }
}
