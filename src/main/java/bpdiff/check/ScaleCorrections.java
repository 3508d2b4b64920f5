package bpdiff.check;

import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import bpdiff.program.array.Elementwise;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.ShapeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Guesses that scale the whole value: a flipped sign, a constant factor, an activation derivative
 * \( act'(in_n) \) missing or extra, or another activation's derivative in its place.
 *
 * <p>The student's value \( v \) is wrong by such a factor \( c \) when \( v / c \) agrees with autograd.
 * Factors tried: −1, 2, ½, 4, ¼, 3, ⅓, and the negatives of the non-trivial ones; then, for the target's own
 * neuron first and then every other neuron, the derivative of another activation written in place of the layer's own
 * (tanh's \( 1 - out^2 \) written as the sigmoid's \( out(1 - out) \): \( v \) is autograd's value times
 * \( \sigma'/\tanh' \)), and \( act'(in_n) \) missing or extra.
 */
public final class ScaleCorrections {

    /** The constant factors tried, after the sign. */
    public static final List<Double> FACTORS = List.of(2.0, 0.5, 4.0, 0.25, 3.0, 1.0 / 3);

    private ScaleCorrections() {}

    /**
     * The activation-derivative guesses.
     *
     * @param c the wrong line
     * @return the guesses, the target's own neuron first
     */
    static List<Guess> activation(WrongLine c) {
        List<Guess> candidates = new ArrayList<>();
        NetworkSpec spec = c.names().spec();
        List<int[]> neurons = new ArrayList<>();
        if (c.target().hasNeuron()) {
            neurons.add(new int[] {c.target().layer(), c.target().neuron()});
        }
        for (int l = spec.layerCount(); l >= 1; l--) {
            for (int j = 0; j < spec.layerSizes()[l]; j++) {
                if (!c.target().hasNeuron() || l != c.target().layer() || j != c.target().neuron()) {
                    neurons.add(new int[] {l, j});
                }
            }
        }
        for (int[] n : neurons) {
            candidates.addAll(otherDerivative(c, n[0], n[1]));
        }
        NdArray student = NdArray.scalar(c.student());
        NdArray truth = NdArray.scalar(c.truth());
        for (int[] n : neurons) {
            candidates.addAll(activationFactor(Wiring.activationFactor(c.names(), n[0], n[1]),
                    NdArray.scalar(c.point().activationDerivative(c.names(), n[0], n[1])), student, truth));
        }
        return candidates;
    }

    /**
     * An activation derivative \( act'(z) \) missing or extra, the same for a formula list's number and a
     * program's array: the student's value times it, and divided by it, against autograd's.
     *
     * @param factor how the derivative is written, e.g. {@code out_h1·(1−out_h1)}
     * @param derivative its value
     * @param student the student's value
     * @param truth autograd's value
     * @return the two guesses, none when the derivative is 0 or 1 everywhere (it would explain nothing)
     */
    public static List<Guess> activationFactor(String factor, NdArray derivative, NdArray student, NdArray truth) {
        if (isConstant(derivative)) {
            return List.of();
        }
        return List.of(
                new Guess(MistakeCode.MISSING_ACTIVATION_DERIVATIVE, "the activation-derivative factor " + factor
                        + " is missing", times(student, derivative, false), truth),
                new Guess(MistakeCode.EXTRA_ACTIVATION_DERIVATIVE, "the activation-derivative factor " + factor
                        + " is extra", times(student, derivative, true), truth));
    }

    /**
     * @param derivative an activation derivative's values
     * @return whether it is 0 everywhere or 1 everywhere: a factor that explains nothing
     */
    public static boolean isConstant(NdArray derivative) {
        double first = derivative.get(0);
        for (int k = 0; k < derivative.size(); k++) {
            if (derivative.get(k) != first) {
                return false;
            }
        }
        return first == 0 || first == 1;
    }

    /**
     * @param value a value
     * @param factor a factor, broadcast as numpy does
     * @param divide whether to divide by it (a zero divisor gives NaN, which fits nothing)
     * @return the product or quotient, element by element, or {@code null} if the shapes do not broadcast
     */
    public static NdArray times(NdArray value, NdArray factor, boolean divide) {
        try {
            return Elementwise.binary(value, factor, divide ? (a, b) -> b == 0 ? Double.NaN : a / b : (a, b) -> a * b);
        } catch (ShapeException e) {
            return null;
        }
    }

    /**
     * Another activation's derivative written in place of the layer's own at one neuron, in the formula list's words.
     *
     * @param c the wrong line
     * @param layer {@code 1..L}
     * @param j the neuron
     * @return the guesses of {@link #otherDerivative(Activation, NdArray, NdArray, Function, NdArray, NdArray)}
     */
    private static List<Guess> otherDerivative(WrongLine c, int layer, int j) {
        Activation right = c.names().spec().activation(layer);
        String inName = c.names().in(layer, j);
        String outName = c.names().out(layer, j);
        String neuron = c.names().spec().neuronName(layer, j);
        return otherDerivative(right, NdArray.scalar(c.point().forward().in()[layer - 1][j]),
                NdArray.scalar(c.point().forward().out()[layer - 1][j]),
                wrong -> "the activation derivative of " + neuron + " is wrong: " + neuron + " is " + right.id()
                        + ", whose derivative is " + right.derivativeText(inName, outName) + ", but the line uses "
                        + wrong.derivativeText(inName, outName) + ", the derivative of " + wrong.id(),
                NdArray.scalar(c.student()), NdArray.scalar(c.truth()));
    }

    /**
     * Another activation's derivative written in place of the right one, the same for a formula list's number and a
     * program's array: the student's value is autograd's times \( wrong'(z)/right'(z) \), element by element (a
     * reconstructed mistake, compared with the student's value). An activation whose derivative is 0 or 1 everywhere
     * is not tried (a wrong factor of 1 is a missing one, and a wrong 0 would explain any value 0), nor one whose
     * derivative is the right one's.
     *
     * @param right the activation the network or program uses
     * @param in its input \( z \)
     * @param out its output \( act(z) \)
     * @param finding the words of the mistake, for the activation whose derivative is written
     * @param student the student's value
     * @param truth autograd's value
     * @return one guess per other activation tried
     */
    public static List<Guess> otherDerivative(Activation right, NdArray in, NdArray out,
            Function<Activation, String> finding, NdArray student, NdArray truth) {
        List<Guess> guesses = new ArrayList<>();
        NdArray rightDerivative = Elementwise.binary(in, out, right::derivative);
        for (Activation wrong : right.otherDerivatives()) {
            NdArray wrongDerivative = Elementwise.binary(in, out, wrong::derivative);
            if (isConstant(wrongDerivative) || Arrays.equals(wrongDerivative.data(), rightDerivative.data())) {
                continue;
            }
            NdArray ratio = Elementwise.binary(wrongDerivative, rightDerivative, (w, r) -> r == 0 ? Double.NaN : w / r);
            guesses.add(new Guess(MistakeCode.WRONG_ACTIVATION_DERIVATIVE, finding.apply(wrong),
                    times(truth, ratio, false), student));
        }
        return guesses;
    }

    /**
     * The sign and constant-factor guesses, the same for a formula list's number and a program's array: the student's
     * value divided by −1, by each of {@link #FACTORS}, and by each negated, against autograd's.
     *
     * @param student the student's value
     * @param truth autograd's value
     * @return the guesses, the sign first
     */
    public static List<Guess> constant(NdArray student, NdArray truth) {
        List<Guess> guesses = new ArrayList<>();
        guesses.add(new Guess(MistakeCode.SIGN, "the sign is flipped", scaled(student, -1), truth));
        for (double factor : FACTORS) {
            guesses.add(new Guess(MistakeCode.FACTOR, factorFinding(factor), scaled(student, 1 / factor), truth));
        }
        for (double factor : FACTORS) {
            guesses.add(new Guess(MistakeCode.SIGN_AND_FACTOR, "the sign is flipped and " + factorFinding(factor),
                    scaled(student, -1 / factor), truth));
        }
        return guesses;
    }

    private static NdArray scaled(NdArray value, double factor) {
        return Elementwise.unary(value, v -> v * factor);
    }

    /**
     * What a constant factor too many or too few means.
     *
     * @param factor the value divided by the true one, one of {@link #FACTORS}
     * @return e.g. {@code the value is half the true one: a factor 2 is missing}
     */
    public static String factorFinding(double factor) {
        if (factor == 2) {
            return "the value is twice the true one: a factor 2 too many (the 2 of the square cancels the ½ of "
                    + "½(o−y)²)";
        }
        if (factor == 0.5) {
            return "the value is half the true one: a factor 2 is missing";
        }
        if (factor > 1) {
            return "the value is " + (int) factor + " times the true one";
        }
        return "the value is 1/" + Math.round(1 / factor) + " of the true one: a factor " + Math.round(1 / factor)
                + " is missing";
    }
}
