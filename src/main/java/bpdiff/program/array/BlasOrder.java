package bpdiff.program.array;

/**
 * The order and rounding in which OpenBLAS (numpy 1.24's and PyTorch's BLAS here, x86-64 with AVX-512) sums one
 * element \( \sum_j a_j b_j \) of a matrix product, so that a printed product has numpy's last digit. Held to
 * {@code /usr/bin/python3}'s numpy ({@code program-semantics/35-blas-order.py}) on random operands, every element
 * to its last bit: for summed lengths up to 3 (the lecture's is 2) in every form, and up to 6 for a matrix times a
 * matrix and a float64 matrix times a vector. Above those the kernels split the sum in ways not followed here,
 * and some last bits differ (as they did with one plain sum for all).
 *
 * <ul>
 *   <li>{@link #GEMM}: a matrix times a matrix, each with more than one row and column: a fused multiply-add chain
 *       \( t \leftarrow \operatorname{fma}(a_j, b_j, t) \), {@code j} in order;
 *   <li>{@link #GEMV}: a float64 matrix (more than one row) times a vector: four fused lanes over each block of
 *       four, summed \( (l_0 + l_2) + (l_1 + l_3) \); a remaining pair \( \operatorname{fma}(a_j, b_j,
 *       a_{j+1} b_{j+1}) \) added; a last single term fused;
 *   <li>{@link #PLAIN}: anything else (a vector dot, a row times a matrix, a float32 matrix times a vector,
 *       integers): the products added in order.
 * </ul>
 * Each product, sum and fused step is rounded to float32 when both operands are float32.
 */
enum BlasOrder {
    GEMM, GEMV, PLAIN, GEMM_SINGLE, PLAIN_SINGLE;

    /**
     * @param type the product's type (numpy's promotion of the operands')
     * @param rows whether the left operand is a matrix with more than one row
     * @param columns whether the right operand is a matrix with more than one column
     * @return how numpy's BLAS sums each element of that product
     */
    static BlasOrder of(DType type, boolean rows, boolean columns) {
        boolean single = type == DType.FLOAT32;
        if (single || type == DType.FLOAT64) {
            if (rows && columns) {
                return single ? GEMM_SINGLE : GEMM;
            }
            if (rows && !single) {
                return GEMV;
            }
        }
        return single ? PLAIN_SINGLE : PLAIN;
    }

    /**
     * @param a a row of the left operand
     * @param b a column of the right operand, as long as {@code a}
     * @return \( \sum_j a_j b_j \) summed in this order
     */
    double dot(double[] a, double[] b) {
        return switch (this) {
            case GEMM -> {
                double t = 0;
                for (int j = 0; j < a.length; j++) {
                    t = Math.fma(a[j], b[j], t);
                }
                yield t;
            }
            case GEMM_SINGLE -> {
                float t = 0;
                for (int j = 0; j < a.length; j++) {
                    t = Math.fma((float) a[j], (float) b[j], t);
                }
                yield t;
            }
            case GEMV -> lanes(a, b);
            case PLAIN -> {
                double t = 0;
                for (int j = 0; j < a.length; j++) {
                    t += a[j] * b[j];
                }
                yield t;
            }
            case PLAIN_SINGLE -> {
                float t = 0;
                for (int j = 0; j < a.length; j++) {
                    t += (float) a[j] * (float) b[j];
                }
                yield t;
            }
        };
    }

    /** OpenBLAS's float64 {@code gemv} kernel: four fused lanes, then the tail. */
    private static double lanes(double[] a, double[] b) {
        double[] lane = new double[4];
        int j = 0;
        for (; j + 3 < a.length; j += 4) {
            for (int q = 0; q < 4; q++) {
                lane[q] = Math.fma(a[j + q], b[j + q], lane[q]);
            }
        }
        double t = (lane[0] + lane[2]) + (lane[1] + lane[3]);
        if (j + 1 < a.length) {
            t += Math.fma(a[j], b[j], a[j + 1] * b[j + 1]);
            j += 2;
        }
        return j < a.length ? Math.fma(a[j], b[j], t) : t;
    }
}
