package bpdiff.network;

import java.util.ArrayList;

import bpdiff.Identified;
import java.util.Arrays;
import java.util.List;

/**
 * The activation of a layer's neurons, with its derivative written beside it: the one home of both for every hand
 * path, the finite differences, the saturation check, the engine graph and the checkers of a student's formulas and
 * programs.
 *
 * <p>{@link #SIGMOID} is the homework's own \( \sigma(z) = 1 / (1 + e^{-z}) \); {@link #BUILTIN_SIGMOID} is the same
 * function as the engine's built-in kernel ({@code torch.sigmoid}); the hand derivative of both is
 * \( \sigma'(z) = \sigma(z)(1 - \sigma(z)) \), {@code torch.sigmoid}'s backward kernel. {@link #TANH} is
 * {@code torch.tanh} with derivative \( 1 - out^2 \), {@code tanh_backward}'s formula. {@link #RELU} is
 * \( \max(0, z) \) with derivative 1 for \( z &gt; 0 \) and 0 otherwise, including at \( z = 0 \), exactly as
 * PyTorch's {@code threshold_backward}. {@link #LEAKY_RELU} is {@code torch.nn.LeakyReLU()}: \( z \) for
 * \( z &gt; 0 \), else \( 0.01 z \), with derivative 1 for \( z &gt; 0 \) and 0.01 otherwise, including at
 * \( z = 0 \), as {@code leaky_relu_backward} (in float32 the engine's slope is {@code 0.01f}). {@link #IDENTITY} is
 * no activation at all (a linear output: logits, a regression): \( z \), derivative 1.
 */
public enum Activation implements Identified {
    /** The hand-written sigmoid \( 1 / (1 + e^{-z}) \), as in the homework. */
    SIGMOID("sigmoid"),
    /** The engine's built-in sigmoid ({@code torch.sigmoid}); the hand side computes the same formula. */
    BUILTIN_SIGMOID("builtin-sigmoid"),
    /** The rectifier \( \max(0, z) \); its derivative at 0 is taken as 0, like PyTorch. */
    RELU("relu"),
    /** The hyperbolic tangent ({@code torch.tanh}); derivative \( 1 - out^2 \). */
    TANH("tanh"),
    /** The leaky rectifier of {@code torch.nn.LeakyReLU()}, slope {@value #LEAKY_SLOPE} below 0 and at 0. */
    LEAKY_RELU("leaky-relu"),
    /** No activation: \( out = in \), a linear layer. */
    IDENTITY("identity");

    /** {@code torch.nn.LeakyReLU()}'s default {@code negative_slope}. */
    public static final double LEAKY_SLOPE = 0.01;

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

        /**
         * @param x an array
         * @return the engine's own hyperbolic tangent ({@code torch.tanh})
         */
        T tanh(T x);

        /**
         * @param x an array
         * @param negativeSlope the slope below 0, {@link #LEAKY_SLOPE}
         * @return the engine's own leaky rectifier ({@code torch.nn.functional.leaky_relu})
         */
        T leakyRelu(T x, double negativeSlope);
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
     * @return the neuron's output {@code out}: \( 1 / (1 + e^{-z}) \) for both sigmoids, \( \max(0, z) \) for ReLU,
     *     \( \tanh z \), \( z \) or \( 0.01 z \) for the leaky ReLU, \( z \) for the identity
     */
    public double apply(double z) {
        return switch (this) {
            case SIGMOID, BUILTIN_SIGMOID -> 1.0 / (1.0 + Math.exp(-z));
            case RELU -> z > 0 ? z : 0.0;
            case TANH -> Math.tanh(z);
            // PyTorch's leaky_relu kernel: a > 0 ? a : a * negval
            case LEAKY_RELU -> z > 0 ? z : z * LEAKY_SLOPE;
            case IDENTITY -> z;
        };
    }

    /**
     * The same formula as {@link #apply(double)}, built from an engine's operations: for {@link #SIGMOID} op by op,
     * \( 1 / (e^{-z} + 1) \) (neg, exp, add, div, as the homework's Python writes it, so autograd records and
     * differentiates those four operations); for the identity nothing at all; for the others the engine's own kernel.
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
            case TANH -> ops.tanh(z);
            case LEAKY_RELU -> ops.leakyRelu(z, LEAKY_SLOPE);
            case IDENTITY -> z;
        };
    }

    /**
     * The derivative \( d\,out / d\,in \), written in terms of the output where the lecture does: the one place
     * each activation's derivative is written.
     *
     * @param z the neuron's input {@code in}
     * @param out the neuron's output {@code apply(z)}
     * @return \( out(1 - out) \) for the sigmoids, \( [z &gt; 0] \) for ReLU, \( 1 - out^2 \) for tanh, 1 or 0.01
     *     for the leaky ReLU, 1 for the identity
     */
    public double derivative(double z, double out) {
        return switch (this) {
            case SIGMOID, BUILTIN_SIGMOID -> out * (1 - out);
            case RELU -> z > 0 ? 1.0 : 0.0;
            case TANH -> 1 - out * out;
            case LEAKY_RELU -> z > 0 ? 1.0 : LEAKY_SLOPE;
            case IDENTITY -> 1.0;
        };
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
     * How the lecture writes the derivative at a neuron, for messages.
     *
     * @param in the neuron's input, e.g. {@code in_h1}
     * @param out the neuron's output, e.g. {@code out_h1}
     * @return e.g. {@code out_h1·(1−out_h1)}, {@code 1−out_h1²}, {@code relu'(in_h1)}
     */
    public String derivativeText(String in, String out) {
        return switch (this) {
            case SIGMOID, BUILTIN_SIGMOID -> out + "·(1−" + out + ")";
            case RELU -> "relu'(" + in + ")";
            case TANH -> "1−" + out + "²";
            case LEAKY_RELU -> "leaky_relu'(" + in + ")";
            case IDENTITY -> "1";
        };
    }

    /**
     * The activation and its derivative in words, as {@code bpdiff check --names} lists them.
     *
     * @return e.g. {@code out = tanh(in), d out/d in = 1−out²}
     */
    public String rule() {
        return switch (this) {
            case SIGMOID -> "out = 1/(1+exp(−in)), d out/d in = out·(1−out)";
            case BUILTIN_SIGMOID -> "out = torch.sigmoid(in), d out/d in = out·(1−out)";
            case RELU -> "out = max(0, in), d out/d in = 1 for in > 0, else 0 (also at in = 0)";
            case TANH -> "out = tanh(in), d out/d in = 1−out²";
            case LEAKY_RELU -> "out = in for in > 0, else " + LEAKY_SLOPE + "·in, d out/d in = 1 for in > 0, else "
                    + LEAKY_SLOPE + " (also at in = 0)";
            case IDENTITY -> "out = in, d out/d in = 1";
        };
    }

    /** @return whether this is one of the two sigmoids, the homework's activation */
    public boolean isSigmoid() {
        return this == SIGMOID || this == BUILTIN_SIGMOID;
    }

    /**
     * Whether a bounded activation's output has rounded to exactly one of its limits (0 or 1 for a sigmoid, ±1 for
     * tanh): there the computed function is a step at the resolution of doubles and the derivative is 0, so finite
     * differences across it measure the rounding, not the slope.
     *
     * @param out the neuron's output
     * @return true for a sigmoid output of exactly 0 or 1 or a tanh output of exactly ±1; false for the others (see
     *     {@link #hasKink()})
     */
    public boolean saturatedAt(double out) {
        return switch (this) {
            case SIGMOID, BUILTIN_SIGMOID -> out == 0 || out == 1;
            case TANH -> out == 1 || out == -1;
            case RELU, LEAKY_RELU, IDENTITY -> false;
        };
    }

    /**
     * The activations whose derivative, written in place of this one's, is a different formula: the mistakes a
     * checker tries ({@code out·(1−out)} for a tanh layer, ReLU's for a leaky ReLU). The built-in sigmoid is left
     * out (its derivative is the sigmoid's), and for a sigmoid layer the other sigmoid too.
     *
     * @return every other activation with a derivative of its own, in declaration order
     */
    public List<Activation> otherDerivatives() {
        return Arrays.stream(values())
                .filter(other -> other != this && other != BUILTIN_SIGMOID && !(other.isSigmoid() && isSigmoid()))
                .toList();
    }

    /** @return whether the derivative jumps at 0 (ReLU, leaky ReLU): finite differences across it are unreliable */
    public boolean hasKink() {
        return this == RELU || this == LEAKY_RELU;
    }

    /**
     * The value the activation can produce nearest to a target: the target itself inside its range, else the range's
     * end (for the sigmoids \( (0, 1) \), whose ends are limits; ReLU \( [0, \infty) \); tanh \( (-1, 1) \); the
     * leaky ReLU and the identity every number).
     *
     * @param target a target \( y \)
     * @return the nearest output
     */
    public double nearestOutput(double target) {
        return switch (this) {
            case SIGMOID, BUILTIN_SIGMOID -> Math.min(Math.max(target, 0.0), 1.0);
            case RELU -> Math.max(target, 0.0);
            case TANH -> Math.min(Math.max(target, -1.0), 1.0);
            case LEAKY_RELU, IDENTITY -> target;
        };
    }

    /**
     * Finds an activation by its id.
     *
     * @param id {@code sigmoid}, {@code builtin-sigmoid}, {@code relu}, {@code tanh}, {@code leaky-relu} or
     *     {@code identity}
     * @param where where the id was written, for the error message
     * @throws bpdiff.BadInputException if the id is unknown
     */
    public static Activation parse(String id, String where) {
        return Identified.parse(Activation.class, id, "activation", where);
    }

    /**
     * Reads one activation name, or one per computed layer separated by commas ({@code relu,identity}), as
     * {@code --activation} and a request's {@code "activation"} take them. Every name counts, an empty one too
     * ({@code relu,} is a mistake, not {@code relu}); whether the count fits a network is the caller's to check.
     *
     * @param text e.g. {@code relu} or {@code relu,identity}
     * @param where where the text was written, for the error message
     * @return the names, in order
     * @throws bpdiff.BadInputException for an unknown (or empty) name
     */
    public static List<Activation> parseList(String text, String where) {
        List<Activation> activations = new ArrayList<>();
        for (String name : text.split(",", -1)) {
            activations.add(parse(name, where));
        }
        return List.copyOf(activations);
    }

    /** @return the ids, comma separated */
    public static String ids() {
        return Identified.ids(Activation.class);
    }
}
