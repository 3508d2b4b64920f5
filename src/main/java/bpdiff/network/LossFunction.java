package bpdiff.network;

import bpdiff.Identified;

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
 *   <li>{@code bce}: \( L = -\tfrac{1}{NK} \sum [y \max(\log o, -100) + (1-y) \max(\log(1-o), -100)] \),
 *       PyTorch's {@code BCELoss()} with its clamps: the logs at −100 in the forward kernel, and in the backward
 *       kernel the denominator \( \max((1-o)\,o, \varepsilon) \) with \( \varepsilon \) = {@code 1e-12f}, a float
 *       widened to the working dtype (9.999999960041972e-13 in double). Where the clamp is active
 *       (\( o(1-o) &lt; \varepsilon \)) PyTorch's gradient is not the derivative of its loss, and the hand side
 *       follows PyTorch, not calculus.
 * </ul>
 *
 * <p>Domains: {@code bce} reads outputs and targets as probabilities in [0, 1] (PyTorch raises "all elements of
 * input should be between 0 and 1" and, from 2.x, the same for the target); {@code softmax-ce} reads the outputs as
 * logits (any real) and the targets as class probabilities in [0, 1].
 */
public enum LossFunction implements Identified {
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
    /**
     * PyTorch's {@code BCELoss} backward divides by {@code max((1-o)·o, EPSILON)}, where aten declares
     * {@code constexpr float EPSILON = 1e-12}: the float nearest 1e-12, widened to the working dtype.
     */
    public static final double BCE_EPSILON = 1e-12f;

    private final String id;

    LossFunction(String id) {
        this.id = id;
    }

    /** @return the name used on the command line and in network files */
    @Override
    public String id() {
        return id;
    }

    /** @return {@link #id()}, so that picocli lists and reads the ids */
    @Override
    public String toString() {
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
        double sum = 0;
        for (int s = 0; s < outputs.length; s++) {
            sum = addTerms(sum, outputs[s], targets[s]);
        }
        return sum * scale(outputs.length, outputs[0].length);
    }

    /** Adds one sample's terms of the sum that defines the loss, in order, to a running sum. */
    private double addTerms(double sum, double[] o, double[] y) {
        switch (this) {
            case SOFTMAX_CE -> {
                double logSumExp = logSumExp(o);
                for (int j = 0; j < o.length; j++) {
                    sum -= y[j] * (o[j] - logSumExp);
                }
            }
            case BCE -> {
                for (int j = 0; j < o.length; j++) {
                    sum -= y[j] * Math.max(Math.log(o[j]), LOG_FLOOR)
                            + (1 - y[j]) * Math.max(Math.log(1 - o[j]), LOG_FLOOR);
                }
            }
            default -> {
                for (int j = 0; j < o.length; j++) {
                    double e = o[j] - y[j];
                    sum += e * e;
                }
            }
        }
        return sum;
    }

    /**
     * The hand-written derivative \( \partial L / \partial o_{nk} \).
     *
     * <p>For the squared errors it is {@code 2·scale·(o − y)}; for {@code softmax-ce} it is
     * \( \tfrac1N (\mathrm{softmax}(o)_k \sum_j y_j - y_k) \); for {@code bce} it is
     * \( \tfrac{1}{NK} (o - y) / \max((1-o)\,o, \varepsilon) \), rounded in PyTorch's order (the quotient first,
     * then divided by \( NK \)).
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
        for (int s = 0; s < n; s++) {
            sampleGradient(outputs[s], targets[s], n, k, d[s]);
        }
    }

    /** \( \partial L / \partial o \) of one sample of {@code n}, each of {@code k} outputs, into {@code d}. */
    private void sampleGradient(double[] o, double[] y, int n, int k, double[] d) {
        double scale = scale(n, k);
        switch (this) {
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
                    d[j] = (o[j] - y[j]) / Math.max((1 - o[j]) * o[j], BCE_EPSILON) / ((double) n * k);
                }
            }
            default -> {
                for (int j = 0; j < k; j++) {
                    d[j] = 2 * scale * (o[j] - y[j]);
                }
            }
        }
    }

    /**
     * The loss of one output of one sample (\( N = K = 1 \)), for a caller that works number by number (an
     * interpreter's {@code mse(o, y)}): \( \tfrac12 (o - y)^2 \) for half-sse, \( (o - y)^2 \) for the MSE losses,
     * \( \tfrac12 (o - y)^2 \) for djl-l2, \( -y \log \mathrm{softmax}(o) = 0 \) for softmax-ce with one logit, and
     * \( -[y \max(\log o, -100) + (1-y) \max(\log(1-o), -100)] \) for bce.
     *
     * @param o the output
     * @param y the target
     * @return \( L \)
     */
    public double value(double o, double y) {
        return value(new double[][] {{o}}, new double[][] {{y}});
    }

    /**
     * {@link #gradient}'s derivative \( \partial L / \partial o \) of one output of one sample (\( N = K = 1 \)):
     * \( o - y \) for half-sse and djl-l2, \( 2(o - y) \) for the MSE losses, \( y - y = 0 \) for softmax-ce with one
     * logit, \( (o - y) / \max((1-o)\,o, \varepsilon) \) for bce.
     *
     * @param o the output
     * @param y the target
     * @return \( \partial L / \partial o \)
     */
    public double derivative(double o, double y) {
        double[] d = new double[1];
        sampleGradient(new double[] {o}, new double[] {y}, 1, 1, d);
        return d[0];
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

    /**
     * Whether an output lies in the loss's domain: [0, 1] for {@code bce}, where PyTorch raises "all elements of
     * input should be between 0 and 1" otherwise; every other loss takes any output. NaN is left to the
     * non-finite check.
     *
     * @param output an output \( o \)
     * @return false only for a {@code bce} output below 0 or above 1
     */
    public boolean acceptsOutput(double output) {
        return this != BCE || !(output < 0 || output > 1);
    }

    /**
     * Whether PyTorch's backward of this loss at output {@code o} is not the derivative of its forward: for
     * {@code bce} when its denominator clamp is active, \( (1-o)\,o &lt; \varepsilon \) (this covers the log
     * clamp at −100 too, which needs \( o &lt; e^{-100} \) or \( 1 - o &lt; e^{-100} \)). Finite differences
     * measure the derivative, so they cannot referee there.
     *
     * @param output an output \( o \)
     * @return true for a {@code bce} output in the clamped region (or NaN)
     */
    public boolean clampsAt(double output) {
        return this == BCE && !((1 - output) * output >= BCE_EPSILON);
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
     * @throws bpdiff.BadInputException if the id is unknown
     */
    public static LossFunction parse(String id, String where) {
        return Identified.parse(LossFunction.class, id, "loss", where);
    }

    /** @return the ids, comma separated */
    public static String ids() {
        return Identified.ids(LossFunction.class);
    }
}
