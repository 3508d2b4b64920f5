package bpdiff.program.array;

/**
 * {@code softmax} and {@code log_softmax} along one axis, computed as PyTorch's kernels compute them: the maximum
 * of each slice is subtracted first, so that no exponential overflows.
 *
 * <p>\( \operatorname{softmax}(a)_i = e^{a_i - m} / \sum_j e^{a_j - m} \) and
 * \( \operatorname{log\_softmax}(a)_i = a_i - m - \ln \sum_j e^{a_j - m} \), with \( m = \max_j a_j \).
 */
public final class Softmax {

    private Softmax() {}

    /**
     * @param a the array, of at least one dimension (a 0-d array is one slice of one element)
     * @param axis the axis (negative counts from the end), or {@code null} for a 0-d array
     * @param log whether to give {@code log_softmax}
     * @return the result, of {@code a}'s shape
     * @throws ShapeException if the axis does not exist
     */
    public static NdArray of(NdArray a, Integer axis, boolean log) {
        if (a.ndim() == 0) {
            return new NdArray(new int[0], new double[] {log ? 0 : 1});
        }
        Reductions.Layout l = Reductions.Layout.of(a, axis == null ? 0 : axis);
        double[] x = a.raw();
        double[] out = new double[x.length];
        for (int o = 0; o < l.outer(); o++) {
            for (int i = 0; i < l.inner(); i++) {
                int base = o * l.length() * l.inner() + i;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < l.length(); j++) {
                    max = Math.max(max, x[base + j * l.inner()]);
                }
                double sum = 0;
                for (int j = 0; j < l.length(); j++) {
                    sum += Math.exp(x[base + j * l.inner()] - max);
                }
                double logSum = Math.log(sum);
                for (int j = 0; j < l.length(); j++) {
                    int at = base + j * l.inner();
                    out[at] = log ? x[at] - max - logSum : Math.exp(x[at] - max) / sum;
                }
            }
        }
        return new NdArray(a.shape(), out);
    }
}
