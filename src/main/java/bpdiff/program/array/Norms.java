package bpdiff.program.array;

/**
 * {@code np.linalg.norm} of vectors, and the Frobenius norm of matrices, as numpy computes them: the 2-norm
 * \( \sqrt{\sum x_i^2} \), the 1-norm \( \sum |x_i| \) and the max-norm \( \max |x_i| \), over all elements or
 * along one axis.
 *
 * <p>Over all elements the 2-norm is \( \sqrt{x \cdot x} \) with BLAS's dot product, which adds the squares
 * one fused multiply-add after another for fewer than 16 elements (OpenBLAS's order); along an axis it is
 * \( \sqrt{} \) of numpy's sum of \( x \cdot x \).
 */
public final class Norms {

    private Norms() {}

    /**
     * @param x the array (any type; the result is float64)
     * @param order 2, 1 or \( \infty \)
     * @param axis the axis, or {@code null} for all elements
     * @param keepDims whether the axis (or every axis) stays, with length 1
     * @return the norm
     * @throws ShapeException for a missing axis, or the max-norm of an empty array
     */
    public static NdArray norm(NdArray x, double order, Integer axis, boolean keepDims) {
        NdArray a = x.withDType(x.dtype().floating());
        if (axis == null && order == 2) {
            double squares = 0;
            for (double v : a.raw()) {
                squares = Math.fma(v, v, squares);
            }
            return new NdArray(keepDims ? Reductions.ones(a.ndim()) : new int[0], new double[] {Math.sqrt(squares)},
                    a.dtype());
        }
        if (axis == null) {
            NdArray flat = new NdArray(new int[] {a.size()}, a.raw(), a.dtype());
            NdArray norm = norm(flat, order, 0, false);
            return new NdArray(keepDims ? Reductions.ones(a.ndim()) : new int[0], norm.raw(), a.dtype());
        }
        if (order == 1) {
            return Reductions.sum(Elementwise.unary(a, Math::abs), axis, keepDims);
        }
        if (order == Double.POSITIVE_INFINITY) {
            return Extremes.extreme(Elementwise.unary(a, Math::abs), axis, keepDims, true);
        }
        NdArray sum = Reductions.sum(Elementwise.unary(a, v -> v * v), axis, keepDims);
        return Elementwise.unary(sum, Math::sqrt);
    }
}
