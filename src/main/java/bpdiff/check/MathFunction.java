package bpdiff.check;

import bpdiff.network.Activation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The functions a derivation may call, with or without an {@code np.}, {@code math.} or {@code torch.}
 * prefix. The activations among them ({@code sigmoid}, {@code relu}, {@code tanh}, {@code leaky_relu}) are
 * {@link Activation}'s own, the formulas every gradient source computes.
 */
public enum MathFunction {
    /** \( e^x \) */
    EXP(1, 1),
    /** \( \ln x \) */
    LOG(1, 1),
    /** \( \sqrt{x} \) */
    SQRT(1, 1),
    /** \( |x| \) */
    ABS(1, 1),
    /** \( \tanh x \), {@link Activation#TANH} */
    TANH(1, 1),
    /** \( \sigma(x) = 1 / (1 + e^{-x}) \), {@link Activation#SIGMOID} */
    SIGMOID(1, 1),
    /** \( \max(0, x) \), {@link Activation#RELU} */
    RELU(1, 1),
    /** \( x \) for \( x &gt; 0 \), else \( 0.01 x \), {@link Activation#LEAKY_RELU} */
    LEAKY_RELU(1, 1),
    /** the largest argument, two or more */
    MAX(2, Integer.MAX_VALUE),
    /** the smallest argument, two or more */
    MIN(2, Integer.MAX_VALUE);

    private final int minArguments;
    private final int maxArguments;

    MathFunction(int minArguments, int maxArguments) {
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
    }

    /** @return the name as written in a derivation */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the fewest arguments it takes */
    public int minArguments() {
        return minArguments;
    }

    /** @return the most arguments it takes */
    public int maxArguments() {
        return maxArguments;
    }

    /**
     * Looks a function up by the name written in a derivation.
     *
     * @param id e.g. {@code exp}
     * @return the function, or {@code null} if there is none of that name
     */
    public static MathFunction byId(String id) {
        for (MathFunction f : values()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        return null;
    }

    /** @return every function's name */
    public static List<String> ids() {
        return Arrays.stream(values()).map(MathFunction::id).toList();
    }

    /**
     * Applies the function; the caller checks the result for NaN and infinities.
     *
     * @param x the arguments, as many as {@link #minArguments()}..{@link #maxArguments()}
     * @return the value
     */
    public double apply(double[] x) {
        return switch (this) {
            case EXP -> Math.exp(x[0]);
            case LOG -> Math.log(x[0]);
            case SQRT -> Math.sqrt(x[0]);
            case ABS -> Math.abs(x[0]);
            case TANH -> Activation.TANH.apply(x[0]);
            case SIGMOID -> Activation.SIGMOID.apply(x[0]);
            case RELU -> Activation.RELU.apply(x[0]);
            case LEAKY_RELU -> Activation.LEAKY_RELU.apply(x[0]);
            case MAX -> Arrays.stream(x).max().orElseThrow();
            case MIN -> Arrays.stream(x).min().orElseThrow();
        };
    }
}
