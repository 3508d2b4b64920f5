package bpdiff.program.array;

/** {@code sum} and {@code mean} over all elements or one axis, with numpy's {@code keepdims}. */
public final class Reductions {

    private Reductions() {}

    /**
     * @param a the array
     * @param axis the axis to sum over (negative counts from the end), or {@code null} for all
     * @param keepDims whether the summed axes stay, with length 1
     * @return \( \sum \) over the axis
     * @throws ShapeException if the axis does not exist
     */
    public static NdArray sum(NdArray a, Integer axis, boolean keepDims) {
        if (axis == null) {
            double sum = 0;
            for (double v : a.raw()) {
                sum += v;
            }
            int[] shape = keepDims ? ones(a.ndim()) : new int[0];
            return new NdArray(shape, new double[] {sum});
        }
        int ax = axis(a, axis);
        int[] shape = a.shape();
        int outer = 1;
        for (int k = 0; k < ax; k++) {
            outer *= shape[k];
        }
        int length = shape[ax];
        int inner = a.size() / Math.max(1, outer * length);
        double[] out = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < length; j++) {
                for (int i = 0; i < inner; i++) {
                    out[o * inner + i] += a.raw()[(o * length + j) * inner + i];
                }
            }
        }
        return new NdArray(reducedShape(shape, ax, keepDims), out);
    }

    /**
     * @param a the array
     * @param axis the axis to average over, or {@code null} for all
     * @param keepDims whether the averaged axes stay, with length 1
     * @return the sum divided by the number of summed elements
     * @throws ShapeException if the axis does not exist
     */
    public static NdArray mean(NdArray a, Integer axis, boolean keepDims) {
        NdArray sum = sum(a, axis, keepDims);
        int count = axis == null ? a.size() : a.dim(axis(a, axis));
        return Elementwise.unary(sum, v -> v / count);
    }

    /**
     * @param a an array
     * @param axis an axis, negative from the end
     * @return it as an index {@code 0..ndim-1}
     * @throws ShapeException if it does not exist
     */
    public static int axis(NdArray a, int axis) {
        int ax = axis < 0 ? axis + a.ndim() : axis;
        if (ax < 0 || ax >= a.ndim()) {
            throw new ShapeException("axis " + axis + " is out of bounds for an array of dimension " + a.ndim());
        }
        return ax;
    }

    private static int[] reducedShape(int[] shape, int ax, boolean keepDims) {
        if (keepDims) {
            int[] kept = shape.clone();
            kept[ax] = 1;
            return kept;
        }
        int[] reduced = new int[shape.length - 1];
        for (int k = 0, r = 0; k < shape.length; k++) {
            if (k != ax) {
                reduced[r++] = shape[k];
            }
        }
        return reduced;
    }

    private static int[] ones(int n) {
        int[] shape = new int[n];
        java.util.Arrays.fill(shape, 1);
        return shape;
    }
}
