package bpdiff.network;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The loss, as a function of the outputs {@code o} and targets {@code y} of all samples at once.
 *
 * <p>Each constant gives the value and the hand-written derivative \( \partial L / \partial o \). With
 * {@code N} samples of {@code K} outputs:
 *
 * <ul>
 *   <li>{@code half-sse}: \( L = \tfrac12 \sum_{n,k} (o_{nk} - y_{nk})^2 \), the lecture's loss;
 *   <li>{@code mse-mean}: \( L = \tfrac{1}{NK} \sum (o - y)^2 \), PyTorch's {@code MSELoss()};
 *   <li>{@code mse-sum}: \( L = \sum (o - y)^2 \), {@code MSELoss(reduction='sum')};
 *   <li>{@code mse-per-output}: \( L = \sum_k \tfrac1N \sum_n (o_{nk} - y_{nk})^2 \), one
 *       {@code MSELoss()} call per output, summed, as students often write it;
 *   <li>{@code djl-l2}: \( L = \tfrac{1}{2NK} \sum (o - y)^2 \), DJL's {@code L2Loss};
 *   <li>{@code softmax-ce}: \( L = -\tfrac1N \sum_n \sum_k y_{nk} \log \mathrm{softmax}(o_n)_k \),
 *       PyTorch's {@code CrossEntropyLoss} with class-probability targets and the outputs as logits;
 *   <li>{@code bce}: \( L = -\tfrac{1}{NK} \sum [y \log o + (1-y) \log(1-o)] \), PyTorch's
 *       {@code BCELoss()}, logs clamped at −100 and the denominator at 1e-12 as PyTorch does.
 * </ul>
 */
public enum LossFunction {
    /** \( \tfrac12 \sum (o - y)^2 \): the homework's loss. */
    HALF_SSE("half-sse"),
    /** \( \mathrm{mean} (o - y)^2 \): {@code torch.nn.MSELoss()}. */
    MSE_MEAN("mse-mean"),
    /** \( \sum (o - y)^2 \): {@code torch.nn.MSELoss(reduction='sum')}. */
    MSE_SUM("mse-sum"),
    /** \( \sum_k \mathrm{MSELoss}(o_k, y_k) \): one call per output, summed. */
    MSE_PER_OUTPUT("mse-per-output"),
    /** \( \tfrac12 \mathrm{mean} (o - y)^2 \): DJL's {@code L2Loss}. */
    DJL_L2("djl-l2"),
    /** Softmax cross-entropy with probability targets: {@code torch.nn.CrossEntropyLoss()}. */
    SOFTMAX_CE("softmax-ce"),
    /** Binary cross-entropy per output: {@code torch.nn.BCELoss()}. */
    BCE("bce");

    /** PyTorch clamps {@code log} in {@code BCELoss} at this value. */
    private static final double LOG_FLOOR = -100.0;
    /** PyTorch's {@code BCELoss} backward divides by {@code max(o(1-o), EPSILON)}. */
    private static final double BCE_EPSILON = 1e-12;

    private final String id;

    LossFunction(String id) {
        this.id = id;
    }

    /** @return the name used on the command line and in network files */
    public String id() {
        return id;
    }

    /**
     * The loss of a batch.
     *
     * @param outputs {@code o[n][k]}, the network's outputs for sample {@code n}
     * @param targets {@code y[n][k]}
     * @return the loss \( L \)
     */
    public double value(double[][] outputs, double[][] targets) {
        int n = outputs.length;
        int k = outputs[0].length;
        double sum = 0;
        for (int s = 0; s < n; s++) {
            double[] o = outputs[s];
            double[] y = targets[s];
            switch (this) {
                case SOFTMAX_CE -> {
                    double logSumExp = logSumExp(o);
                    for (int j = 0; j < k; j++) {
                        sum -= y[j] * (o[j] - logSumExp);
                    }
                }
                case BCE -> {
                    for (int j = 0; j < k; j++) {
                        sum -= y[j] * Math.max(Math.log(o[j]), LOG_FLOOR)
                                + (1 - y[j]) * Math.max(Math.log(1 - o[j]), LOG_FLOOR);
                    }
                }
                default -> {
                    for (int j = 0; j < k; j++) {
                        double e = o[j] - y[j];
                        sum += e * e;
                    }
                }
            }
        }
        return sum * scale(n, k);
    }

    /**
     * The hand-written derivative \( \partial L / \partial o_{nk} \).
     *
     * <p>For the squared errors it is {@code 2·scale·(o − y)}; for {@code softmax-ce} it is
     * \( \tfrac1N (\mathrm{softmax}(o)_k \sum_j y_j - y_k) \); for {@code bce} it is
     * \( \tfrac{1}{NK} (o - y) / \max(o(1-o), 10^{-12}) \).
     *
     * @param outputs {@code o[n][k]}
     * @param targets {@code y[n][k]}
     * @return {@code dL/do[n][k]}
     */
    public double[][] gradient(double[][] outputs, double[][] targets) {
        double[][] d = new double[outputs.length][outputs[0].length];
        gradientInto(outputs, targets, d);
        return d;
    }

    /**
     * {@link #gradient} written into the caller's array, so that a training step need not allocate.
     *
     * @param outputs {@code o[n][k]}
     * @param targets {@code y[n][k]}
     * @param d receives {@code dL/do[n][k]}; the same shape as {@code outputs}
     */
    public void gradientInto(double[][] outputs, double[][] targets, double[][] d) {
        int n = outputs.length;
        int k = outputs[0].length;
        double scale = scale(n, k);
        for (int s = 0; s < n; s++) {
            double[] o = outputs[s];
            double[] y = targets[s];
            switch (this) {
                case SOFTMAX_CE -> {
                    double logSumExp = logSumExp(o);
                    double targetSum = 0;
                    for (double t : y) {
                        targetSum += t;
                    }
                    for (int j = 0; j < k; j++) {
                        d[s][j] = scale * (Math.exp(o[j] - logSumExp) * targetSum - y[j]);
                    }
                }
                case BCE -> {
                    for (int j = 0; j < k; j++) {
                        d[s][j] = scale * (o[j] - y[j]) / Math.max(o[j] * (1 - o[j]), BCE_EPSILON);
                    }
                }
                default -> {
                    for (int j = 0; j < k; j++) {
                        d[s][j] = 2 * scale * (o[j] - y[j]);
                    }
                }
            }
        }
    }

    /**
     * The constant in front of the sum that defines the loss.
     *
     * @param samples {@code N}
     * @param outputs {@code K}
     * @return ½ for half-sse, 1/(NK) for mse-mean, 1 for mse-sum, 1/N for mse-per-output, 1/(2NK) for
     *     djl-l2, 1/N for softmax-ce, 1/(NK) for bce
     */
    public double scale(int samples, int outputs) {
        return switch (this) {
            case HALF_SSE -> 0.5;
            case MSE_MEAN, BCE -> 1.0 / (samples * outputs);
            case MSE_SUM -> 1.0;
            case MSE_PER_OUTPUT, SOFTMAX_CE -> 1.0 / samples;
            case DJL_L2 -> 0.5 / (samples * outputs);
        };
    }

    /** @return whether the targets are read as probabilities, so that they belong in [0, 1] */
    public boolean wantsProbabilities() {
        return this == SOFTMAX_CE || this == BCE;
    }

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

    /**
     * Finds a loss by its id.
     *
     * @param id one of {@link #ids()}
     * @param where where the id was written, for the error message
     * @return the loss
     * @throws bpdiff.BadInputException if the id is unknown
     */
    public static LossFunction parse(String id, String where) {
        for (LossFunction l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        throw new bpdiff.BadInputException("unknown loss '" + id + "', expected one of " + ids(), where);
    }

    /** @return the ids, comma separated */
    public static String ids() {
        return Arrays.stream(values()).map(LossFunction::id).collect(Collectors.joining(", "));
    }
}
