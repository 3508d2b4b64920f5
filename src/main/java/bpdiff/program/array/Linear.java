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
        double[] out = new double[n * k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double sum = 0;
                for (int j = 0; j < inner; j++) {
                    sum += a.raw()[i * inner + j] * b.raw()[j * k + c];
                }
                out[i * k + c] = sum;
            }
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
