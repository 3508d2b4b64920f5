package bpdiff.gradient;

import bpdiff.network.LossFunction;

/**
 * The loss and its hand-written derivative \( \partial L / \partial o \) into a caller's array, for
 * {@link HandStepperChainRule}: {@link LossFunction#gradient} returns a new array, a training step must not.
 *
 * <p>With {@code N} samples of {@code K} outputs and \( c \) = {@link LossFunction#scale}:
 *
 * <ul>
 *   <li>squared errors: \( \partial L / \partial o_{nk} = 2c\,(o_{nk} - y_{nk}) \);
 *   <li>{@code softmax-ce}: \( c\,(\mathrm{softmax}(o_n)_k \sum_j y_{nj} - y_{nk}) \);
 *   <li>{@code bce}: \( c\,(o - y) / \max(o(1-o), 10^{-12}) \).
 * </ul>
 *
 * <p>Each expression is {@link LossFunction}'s, operation for operation, so the numbers are the same bits.
 */
final class HandStepperLoss {

    /** PyTorch's {@code BCELoss} backward divides by {@code max(o(1-o), EPSILON)}, as in {@link LossFunction}. */
    private static final double BCE_EPSILON = 1e-12;

    private HandStepperLoss() {}

    /**
     * Computes \( L \) and writes \( \partial L / \partial o \).
     *
     * @param loss the loss function
     * @param outputs {@code o[n][k]}
     * @param targets {@code y[n][k]}
     * @param dLossDOutput receives {@code dL/do[n][k]}; same shape as {@code outputs}
     * @return \( L \), as {@link LossFunction#value}
     */
    static double valueAndGradient(LossFunction loss, double[][] outputs, double[][] targets, double[][] dLossDOutput) {
        int n = outputs.length;
        int k = outputs[0].length;
        double scale = loss.scale(n, k);
        for (int s = 0; s < n; s++) {
            double[] o = outputs[s];
            double[] y = targets[s];
            double[] d = dLossDOutput[s];
            switch (loss) {
                case SOFTMAX_CE -> {
                    double logSumExp = logSumExp(o);
                    double targetSum = 0;
                    for (double t : y) {
                        targetSum += t;
                    }
                    for (int j = 0; j < k; j++) {
                        d[j] = scale * (Math.exp(o[j] - logSumExp) * targetSum - y[j]);
                    }
                }
                case BCE -> {
                    for (int j = 0; j < k; j++) {
                        d[j] = scale * (o[j] - y[j]) / Math.max(o[j] * (1 - o[j]), BCE_EPSILON);
                    }
                }
                default -> {
                    for (int j = 0; j < k; j++) {
                        d[j] = 2 * scale * (o[j] - y[j]);
                    }
                }
            }
        }
        return loss.value(outputs, targets);
    }

    /** \( \log \sum_k e^{o_k} \), shifted by the maximum as {@link LossFunction} does. */
    private static double logSumExp(double[] o) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : o) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : o) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }
}
