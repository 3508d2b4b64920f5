package bpdiff.check.program;

import bpdiff.check.Guess;
import bpdiff.check.MistakeCode;
import bpdiff.check.ScaleCorrections;
import bpdiff.program.array.Elementwise;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.Reductions;
import bpdiff.program.array.ShapeException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Guesses that scale or reduce the claim's whole value: a flipped sign, a constant factor, the \( 1/N \) of a
 * mean over \( N \) samples (the number of rows of the data), per-sample gradients not summed, and an activation derivative
 * \( act'(z) \) missing or extra, or another activation's in its place. A value \( v \) is wrong by a factor \( c \) when \( v / c \) agrees with
 * autograd.
 */
final class ValueGuesses {

    private ValueGuesses() {}

    /**
     * A gradient added up over the epochs and never reset ({@code d_w1 += …} with {@code d_w1 = 0} before the
     * loop): at epoch \( e \) it holds \( \sum_{k \le e} \partial L_k / \partial w \), so the claim minus its value
     * at the epoch before is autograd's.
     *
     * @param c the wrong claim
     * @param previous the claim's value at the epoch before, or {@code null} at the first
     * @return the guess, if there is an epoch before
     */
    static List<Guess> accumulated(WrongClaim c, NdArray previous) {
        if (previous == null) {
            return List.of();
        }
        NdArray difference;
        try {
            difference = Elementwise.binary(c.student, previous, (a, b) -> a - b);
        } catch (ShapeException e) {
            return List.of();
        }
        // an update's claim is named after the parameter; what holds the sum is what it subtracts (p.grad)
        String holder = c.claim.kind() == Claim.Kind.UPDATE && c.claim.expr() != null
                ? c.trace.program().text(c.claim.expr().span()) : c.claim.name();
        return List.of(new Guess(MistakeCode.ACCUMULATED_GRAD, "the gradient is added up over the epochs: "
                + holder + " still holds the previous epochs' gradients (set it to 0 at the start of every "
                + "epoch, before the samples are added up)", difference, c.truth));
    }

    /**
     * The mean over samples: a factor \( 1/N \) missing or extra, where \( N \) is the first or the last dimension
     * of every array of data (samples in rows or in columns).
     *
     * @param c the wrong claim
     * @return the guesses
     */
    static List<Guess> batch(WrongClaim c) {
        TreeSet<Integer> sizes = null;
        for (int id : c.epoch.closure.nodes()) {
            int[] shape = c.tape().node(id).value().shape();
            if (c.tape().node(id).isLeaf() && !c.epoch.parameterNodes.contains(id) && shape.length >= 2) {
                // samples in rows (X is N × D) or, as deeplearning.ai keeps them, in columns (X is D × m)
                TreeSet<Integer> leading = new TreeSet<>(List.of(shape[0], shape[shape.length - 1]));
                if (sizes == null) {
                    sizes = leading;
                } else {
                    sizes.retainAll(leading);
                }
            }
        }
        if (sizes == null) {
            return List.of();
        }
        sizes.removeIf(n -> n < 2);
        List<Guess> guesses = new ArrayList<>();
        for (int n : sizes) {
            guesses.add(new Guess(MistakeCode.MISSING_MEAN,
                    "a factor 1/" + n + " is missing: the loss is a mean over " + n
                    + " samples, so each of its derivatives carries 1/" + n, scaled(c.student, 1.0 / n), c.truth));
            guesses.add(new Guess(MistakeCode.EXTRA_MEAN,
                    "a factor 1/" + n + " is extra: the loss adds the " + n + " samples up, it is no mean",
                    scaled(c.student, n), c.truth));
        }
        return guesses;
    }

    /**
     * Per-sample gradients that should be summed over an axis.
     *
     * @param c the wrong claim
     * @return the guesses
     */
    static List<Guess> notSummed(WrongClaim c) {
        List<Guess> guesses = new ArrayList<>();
        if (c.student.ndim() <= c.truth.ndim()) {
            return guesses;
        }
        for (int axis = 0; axis < c.student.ndim(); axis++) {
            NdArray summed = Reductions.sum(c.student, axis, false);
            guesses.add(new Guess(MistakeCode.NOT_SUMMED,
                    "the per-sample values are not summed over axis " + axis + " (the samples): the loss "
                    + "adds every sample's term, so its derivative is the sum of theirs", summed, c.truth));
        }
        return guesses;
    }

    /**
     * An activation derivative missing or extra: the claim times or divided by \( act'(z) \) of some
     * activation, the ones next to the claim's target first.
     *
     * @param c the wrong claim
     * @return the guesses
     */
    static List<Guess> activation(WrongClaim c) {
        List<Guess> guesses = new ArrayList<>();
        for (Activations.Activation a : nearestFirst(c)) {
            guesses.addAll(ScaleCorrections.activationFactor(a.factor(), a.derivative(), c.student, c.truth));
        }
        return guesses;
    }

    /**
     * Another activation's derivative written in place of the right one (tanh's \( 1 - A^2 \) written as the
     * sigmoid's \( A(1 - A) \), ReLU's \( [Z &gt; 0] \) for a leaky ReLU): the claim is autograd's value times
     * \( wrong'/right' \), element by element (a reconstructed mistake, compared with the claim). Tried before the
     * back-propagated paths: a leaky ReLU's \( 0.01 Z \) is a path of its own, and "that path is missing" is what
     * ReLU's derivative for it looks like there.
     *
     * @param c the wrong claim
     * @return the guesses, the activations next to the claim's target first
     */
    static List<Guess> otherActivation(WrongClaim c) {
        List<Guess> guesses = new ArrayList<>();
        for (Activations.Activation a : nearestFirst(c)) {
            guesses.addAll(otherDerivative(c, a));
        }
        return guesses;
    }

    /** The forward pass's activations, those whose input or output is the claim's target first, then the latest. */
    private static List<Activations.Activation> nearestFirst(WrongClaim c) {
        List<Activations.Activation> all = new ArrayList<>(Activations.of(c.epoch.closure));
        int target = c.claim.targetNode();
        all.sort((a, b) -> {
            boolean nearA = a.input() == target || a.output() == target;
            boolean nearB = b.input() == target || b.output() == target;
            return nearA != nearB ? (nearA ? -1 : 1) : Integer.compare(b.output(), a.output());
        });
        return all;
    }

    private static List<Guess> otherDerivative(WrongClaim c, Activations.Activation a) {
        bpdiff.network.Activation right = a.kind();
        NdArray out = c.tape().node(a.output()).value();
        List<Guess> guesses = new ArrayList<>(ScaleCorrections.otherDerivative(right, c.tape().node(a.input()).value(),
                out, wrong -> "the activation derivative of " + a.outputName() + " = "
                        + right.id() + "(" + a.inputName() + ") is wrong: it is "
                        + right.derivativeText(a.inputName(), a.outputName()) + ", but the line uses "
                        + wrong.derivativeText(a.inputName(), a.outputName()) + ", the derivative of " + wrong.id(),
                c.student, c.truth));
        if (right == bpdiff.network.Activation.TANH) {
            // tanh's 1 − A² written 1 − A: autograd's value times (1 − A)/(1 − A²) = 1/(1 + A)
            NdArray mistaken = ScaleCorrections.times(c.truth, Elementwise.unary(out, v -> 1 / (1 + v)), false);
            if (mistaken != null) {
                guesses.add(new Guess(MistakeCode.WRONG_ACTIVATION_DERIVATIVE, "the activation derivative "
                        + "of " + a.outputName() + " = tanh(" + a.inputName() + ") is 1−" + a.outputName() + "², but "
                        + "the line uses 1−" + a.outputName() + ": the square is missing", mistaken, c.student));
            }
        }
        return guesses;
    }

    private static NdArray scaled(NdArray value, double factor) {
        return Elementwise.unary(value, v -> v * factor);
    }
}
