package bpdiff.network;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The activation applied by every neuron, with its derivative written beside it.
 *
 * <p>{@link #SIGMOID} is the homework's own {@code 1 / (1 + exp(-z))}; {@link #BUILTIN_SIGMOID} is the
 * same function as the engine's built-in kernel ({@code torch.sigmoid}); the hand derivative of both is
 * \( \sigma'(z) = \sigma(z)(1 - \sigma(z)) \). {@link #RELU} is \( \max(0, z) \) with derivative 1 for
 * \( z &gt; 0 \) and 0 otherwise, including at \( z = 0 \), exactly as PyTorch's {@code threshold_backward}.
 */
public enum Activation {
    /** The hand-written sigmoid \( 1 / (1 + e^{-z}) \), as in the homework. */
    SIGMOID("sigmoid"),
    /** The engine's built-in sigmoid ({@code torch.sigmoid}); the hand side computes the same formula. */
    BUILTIN_SIGMOID("builtin-sigmoid"),
    /** The rectifier \( \max(0, z) \); its derivative at 0 is taken as 0, like PyTorch. */
    RELU("relu");

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** @return the name used on the command line and in network files */
    public String id() {
        return id;
    }

    /**
     * Applies the activation.
     *
     * @param z the neuron's input {@code in}
     * @return the neuron's output {@code out}
     */
    public double apply(double z) {
        if (this == RELU) {
            return z > 0 ? z : 0.0;
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /**
     * The derivative \( d\,out / d\,in \), written in terms of the output where the lecture does.
     *
     * @param z the neuron's input {@code in}
     * @param out the neuron's output {@code apply(z)}
     * @return \( \sigma(z)(1-\sigma(z)) \) for the sigmoids, \( [z &gt; 0] \) for ReLU
     */
    public double derivative(double z, double out) {
        if (this == RELU) {
            return z > 0 ? 1.0 : 0.0;
        }
        return out * (1 - out);
    }

    /**
     * Whether a sigmoid's output has rounded to exactly 0 or 1: there the computed function is a step at the
     * resolution of doubles and \( out(1 - out) = 0 \), so finite differences across it measure the rounding,
     * not the slope.
     *
     * @param out the neuron's output
     * @return true for a sigmoid output of exactly 0 or 1; false for ReLU (see {@link #hasKink()})
     */
    public boolean saturatedAt(double out) {
        return this != RELU && (out == 0 || out == 1);
    }

    /** @return whether the derivative jumps somewhere (finite differences across a kink are unreliable) */
    public boolean hasKink() {
        return this == RELU;
    }

    /**
     * Finds an activation by its id.
     *
     * @param id {@code sigmoid}, {@code builtin-sigmoid} or {@code relu}
     * @param where where the id was written, for the error message
     * @return the activation
     * @throws bpdiff.BadInputException if the id is unknown
     */
    public static Activation parse(String id, String where) {
        for (Activation a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new bpdiff.BadInputException(
                "unknown activation '" + id + "', expected one of " + ids(), where);
    }

    /** @return the ids, comma separated */
    public static String ids() {
        return Arrays.stream(values()).map(Activation::id).collect(Collectors.joining(", "));
    }
}
