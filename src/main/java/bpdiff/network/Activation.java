package bpdiff.network;

import bpdiff.Identified;

/**
 * The activation applied by every neuron, with its derivative written beside it: the one home of both for every
 * hand path, the finite differences, the saturation check, the engine graph and the checker of a student's formulas.
 *
 * <p>{@link #SIGMOID} is the homework's own \( \sigma(z) = 1 / (1 + e^{-z}) \); {@link #BUILTIN_SIGMOID} is the same
 * function as the engine's built-in kernel ({@code torch.sigmoid}); the hand derivative of both is
 * \( \sigma'(z) = \sigma(z)(1 - \sigma(z)) \), {@code torch.sigmoid}'s backward kernel. {@link #RELU} is
 * \( \max(0, z) \) with derivative 1 for \( z &gt; 0 \) and 0 otherwise, including at \( z = 0 \), exactly as
 * PyTorch's {@code threshold_backward}.
 */
public enum Activation implements Identified {
    /** The hand-written sigmoid \( 1 / (1 + e^{-z}) \), as in the homework. */
    SIGMOID("sigmoid"),
    /** The engine's built-in sigmoid ({@code torch.sigmoid}); the hand side computes the same formula. */
    BUILTIN_SIGMOID("builtin-sigmoid"),
    /** The rectifier \( \max(0, z) \); its derivative at 0 is taken as 0, like PyTorch. */
    RELU("relu");

    /**
     * The operations an activation is built from, so that an engine records the same formula op by op, as the
     * homework's program does. {@link #apply(Object, Operations)} writes each activation with them.
     *
     * @param <T> the engine's arrays
     */
    public interface Operations<T> {
        /** @return the constant 1 */
        T one();

        /**
         * @param x an array
         * @return \( -x \)
         */
        T negate(T x);

        /**
         * @param x an array
         * @return \( e^{x} \)
         */
        T exp(T x);

        /**
         * @param a an array
         * @param b another
         * @return \( a + b \)
         */
        T add(T a, T b);

        /**
         * @param a the dividend
         * @param b the divisor
         * @return \( a / b \)
         */
        T divide(T a, T b);

        /**
         * @param x an array
         * @return the engine's own sigmoid kernel ({@code torch.sigmoid})
         */
        T builtinSigmoid(T x);

        /**
         * @param x an array
         * @return the engine's own rectifier ({@code torch.relu})
         */
        T relu(T x);
    }

    private final String id;

    Activation(String id) {
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
     * Applies the activation to one number.
     *
     * @param z the neuron's input {@code in}
     * @return the neuron's output {@code out}: \( 1 / (1 + e^{-z}) \) for both sigmoids, \( \max(0, z) \) for ReLU
     */
    public double apply(double z) {
        if (this == RELU) {
            return z > 0 ? z : 0.0;
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /**
     * The same formula as {@link #apply(double)}, built from an engine's operations: for {@link #SIGMOID} op by op,
     * \( 1 / (e^{-z} + 1) \) (neg, exp, add, div, as the homework's Python writes it, so autograd records and
     * differentiates those four operations); for the others the engine's own kernel.
     *
     * @param z the neurons' inputs
     * @param ops the engine's operations
     * @param <T> the engine's arrays
     * @return the neurons' outputs
     */
    public <T> T apply(T z, Operations<T> ops) {
        return switch (this) {
            case SIGMOID -> ops.divide(ops.one(), ops.add(ops.exp(ops.negate(z)), ops.one()));
            case BUILTIN_SIGMOID -> ops.builtinSigmoid(z);
            case RELU -> ops.relu(z);
        };
    }

    /**
     * The derivative \( d\,out / d\,in \), written in terms of the output where the lecture does: the one place
     * \( \sigma' \) is written.
     *
     * @param z the neuron's input {@code in}
     * @param out the neuron's output {@code apply(z)}
     * @return \( out(1 - out) \) for the sigmoids, \( [z &gt; 0] \) for ReLU
     */
    public double derivative(double z, double out) {
        if (this == RELU) {
            return z > 0 ? 1.0 : 0.0;
        }
        return out * (1 - out);
    }

    /**
     * The derivative at one input, for a caller that has only \( z \) (an interpreter's {@code sigmoid'(z)}).
     *
     * @param z the neuron's input {@code in}
     * @return {@link #derivative(double, double)} at \( z \) and \( out = \) {@link #apply(double)}
     */
    public double derivative(double z) {
        return derivative(z, apply(z));
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
        return Identified.parse(Activation.class, id, "activation", where);
    }

    /** @return the ids, comma separated */
    public static String ids() {
        return Identified.ids(Activation.class);
    }
}
