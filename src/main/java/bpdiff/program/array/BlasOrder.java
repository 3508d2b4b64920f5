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
     * One row of a product: \( out_c = \sum_j a_j b_{jc} \) for every column {@code c}, each summed over {@code j}
     * in this order (the loops run over {@code j} outside so that a row of {@code b} is read in order).
     *
     * @param a the left operand's elements
     * @param from where the row starts in {@code a}
     * @param b the right operand's elements, {@code inner} rows of {@code k}
     * @param out the product's elements
     * @param to where the row starts in {@code out}
     * @param inner the summed length
     * @param k the number of columns
     */
    void row(double[] a, int from, double[] b, double[] out, int to, int inner, int k) {
        if (this == GEMV) {
            out[to] = lanes(a, from, b, inner);
            return;
        }
        for (int j = 0; j < inner; j++) {
            double aj = a[from + j];
            int bj = j * k;
            switch (this) {
                case GEMM -> {
                    for (int c = 0; c < k; c++) {
                        out[to + c] = Math.fma(aj, b[bj + c], out[to + c]);
                    }
                }
                case GEMM_SINGLE -> {
                    for (int c = 0; c < k; c++) {
                        out[to + c] = Math.fma((float) aj, (float) b[bj + c], (float) out[to + c]);
                    }
                }
                case PLAIN_SINGLE -> {
                    for (int c = 0; c < k; c++) {
                        out[to + c] = (float) out[to + c] + (float) (aj * b[bj + c]);
                    }
                }
                default -> {
                    for (int c = 0; c < k; c++) {
                        out[to + c] += aj * b[bj + c];
                    }
                }
            }
        }
    }

    /** OpenBLAS's float64 {@code gemv} kernel for one row: four fused lanes, then the tail. */
    private static double lanes(double[] a, int from, double[] b, int n) {
        double l0 = 0;
        double l1 = 0;
        double l2 = 0;
        double l3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            l0 = Math.fma(a[from + j], b[j], l0);
            l1 = Math.fma(a[from + j + 1], b[j + 1], l1);
            l2 = Math.fma(a[from + j + 2], b[j + 2], l2);
            l3 = Math.fma(a[from + j + 3], b[j + 3], l3);
        }
        double t = (l0 + l2) + (l1 + l3);
        if (j + 1 < n) {
            t += Math.fma(a[from + j], b[j], a[from + j + 1] * b[j + 1]);
            j += 2;
        }
        return j < n ? Math.fma(a[from + j], b[j], t) : t;
    }
}
