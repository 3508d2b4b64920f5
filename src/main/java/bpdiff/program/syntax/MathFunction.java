package bpdiff.program.syntax;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The functions a formula list may call, with or without an {@code np.}, {@code numpy.}, {@code math.} or
 * {@code torch.} prefix, and how many arguments each takes. The activations among them ({@code sigmoid},
 * {@code relu}, {@code tanh}, {@code leaky_relu}) are computed as the network's activations are.
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
    /** \( \tanh x \) */
    TANH(1, 1),
    /** \( \sigma(x) = 1 / (1 + e^{-x}) \) */
    SIGMOID(1, 1),
    /** \( \max(0, x) \) */
    RELU(1, 1),
    /** \( x \) for \( x &gt; 0 \), else \( 0.01 x \) */
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

    /** @return the name as written in a formula */
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
     * Looks a function up by the name written in a formula.
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
}
