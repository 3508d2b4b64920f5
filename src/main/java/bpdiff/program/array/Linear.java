package bpdiff.program.array;

/**
 * Products of vectors and matrices with numpy's rules: {@code @} ({@code matmul}) for 1-D and 2-D operands,
 * {@code dot} (the same, and a plain product when one side is a number), and {@code outer}.
 */
public final class Linear {

    private Linear() {}

    /**
     * numpy's {@code a @ b}: a 1-D left operand is a row, a 1-D right operand a column, and the added
     * dimension is removed again; \( (AB)_{ik} = \sum_j A_{ij} B_{jk} \).
     *
     * @param a 1-D or 2-D
     * @param b 1-D or 2-D
     * @return the product: a number for two vectors
     * @throws ShapeException for scalars, more than two dimensions or a mismatch of the summed dimension
     */
    public static NdArray matmul(NdArray a, NdArray b) {
        return matmul(a, b, Progress.NONE);
    }

    /**
     * {@link #matmul(NdArray, NdArray)}, telling {@code progress} of each row of the result as it is done (its
     * \( 2 \cdot k \cdot inner \) operations), \( 2 \cdot n \cdot k \cdot inner \) in all: a caller that stops the
     * product there stops it within a row. Each element is summed over {@code j} in order, as before the rows were
     * reported: the loops run row by row only so that a row of {@code B} is read in order.
     *
     * @param a 1-D or 2-D
     * @param b 1-D or 2-D
     * @param progress told of each row done
     * @return the product: a number for two vectors
     * @throws ShapeException for scalars, more than two dimensions or a mismatch of the summed dimension
     */
    public static NdArray matmul(NdArray a, NdArray b, Progress progress) {
        if (a.ndim() == 0 || b.ndim() == 0) {
            throw new ShapeException("matmul: an operand is a number, not an array (use * to scale)");
        }
        if (a.ndim() > 2 || b.ndim() > 2) {
            throw new ShapeException("matmul of arrays with more than two dimensions is not supported");
        }
        int n = a.ndim() == 1 ? 1 : a.dim(0);
        int inner = a.ndim() == 1 ? a.dim(0) : a.dim(1);
        int innerB = b.dim(0);
        int k = b.ndim() == 1 ? 1 : b.dim(1);
        if (inner != innerB) {
            throw new ShapeException("matmul: input operand 1 has a mismatch in its core dimension 0 (size " + innerB
                    + " is different from " + inner + "): shapes " + Shapes.text(a.rawShape()) + " and "
                    + Shapes.text(b.rawShape()));
        }
        BlasOrder order = BlasOrder.of(DType.promote(a.dtype(), b.dtype()), a.ndim() == 2 && n > 1,
                b.ndim() == 2 && k > 1);
        double[] x = a.raw();
        double[] y = b.raw();
        double[] out = new double[n * k];
        long perRow = 2L * k * inner;
        for (int i = 0; i < n; i++) {
            order.row(x, i * inner, y, out, i * k, inner, k);
            progress.done(perRow);
        }
        int[] shape;
        if (a.ndim() == 1 && b.ndim() == 1) {
            shape = new int[0];
        } else if (a.ndim() == 1) {
            shape = new int[] {k};
        } else if (b.ndim() == 1) {
            shape = new int[] {n};
        } else {
            shape = new int[] {n, k};
        }
        return new NdArray(shape, out);
    }

    /**
     * numpy's {@code outer}: both operands flattened, \( (a \otimes b)_{ij} = a_i b_j \).
     *
     * @param a any shape
     * @param b any shape
     * @return {@code [a.size, b.size]}
     */
    public static NdArray outer(NdArray a, NdArray b) {
        double[] out = new double[a.size() * b.size()];
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                out[i * b.size() + j] = a.raw()[i] * b.raw()[j];
            }
        }
        return new NdArray(new int[] {a.size(), b.size()}, out);
    }
}
