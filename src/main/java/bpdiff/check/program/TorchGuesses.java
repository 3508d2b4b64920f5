package bpdiff.check.program;

import bpdiff.check.Guess;
import bpdiff.check.MistakeCode;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.Tape;
import bpdiff.program.tape.TapeNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The mistakes of programs that let autograd compute the gradient and use it wrongly, read from the
 * {@link Op#GRAD} nodes a claim is made of (each the gradient a {@code backward()} gave, and the weights it was
 * taken at):
 *
 * <ul>
 *   <li>the gradients of several epochs added up: {@code .grad} was never zeroed, so the claim is this epoch's
 *       gradient plus the earlier ones' (its code in {@code bpdiff grade}: {@code accumulated-grad}); or this
 *       epoch's gradient taken twice ({@code backward(retain_graph=True)}, then {@code backward()} again);
 *   <li>another parameter's gradient ({@code w5.data -= lr * w6.grad}; {@code wrong-variable});
 *   <li>no gradient taken at this epoch's weights: the update runs before this epoch's {@code backward()} and
 *       subtracts the last epoch's gradient, or a gradient zeroed since ({@code update-before-backward}); a
 *       gradient of this epoch zeroed before the update subtracts it ({@code zero_grad()} between {@code backward()}
 *       and {@code step()}) is told as such.
 * </ul>
 */
final class TorchGuesses {

    private TorchGuesses() {}

    /**
     * @param c the wrong claim
     * @return the guesses that fit its structure, each with its value against autograd's
     */
    static List<Guess> all(WrongClaim c) {
        Tape tape = c.tape();
        int value = c.claim.valueNode();
        if (value < 0 || tape.isReleased(value)) {
            return List.of();
        }
        List<Integer> grads = grads(tape, value, c.parameters.nodes());
        if (grads.isEmpty()) {
            return List.of();
        }
        Integer current = null;
        Set<Integer> weights = new HashSet<>();
        for (int g : grads) {
            int at = tape.node(g).inputs()[0];
            weights.add(at);
            if (at == c.claim.targetNode()) {
                current = g;
            }
        }
        String name = c.claim.target();
        int atThese = 0;
        for (int g : grads) {
            atThese += tape.node(g).inputs()[0] == c.claim.targetNode() ? 1 : 0;
        }
        List<Guess> guesses = new ArrayList<>();
        if (current != null && zero(c.student) && !zero(c.truth)) {
            guesses.add(new Guess(MistakeCode.UPDATE_BEFORE_BACKWARD, "the gradient is zeroed before the update at "
                    + "line " + c.claim.span().line() + " subtracts it (optimizer.zero_grad() or " + name
                    + ".grad.zero_() runs between backward() and the update), so it subtracts 0: zero the gradients "
                    + "after the update, or before backward()", c.truth, c.truth));
        } else if (current != null && weights.size() == 1 && atThese > 1) {
            guesses.add(new Guess(MistakeCode.ACCUMULATED_GRAD, name + ".grad holds the sum of " + atThese
                    + " backward() calls of this epoch's loss (backward(retain_graph=True), then backward() again): "
                    + "backward() adds to what .grad holds, so call it once per update, or zero " + name
                    + ".grad between the calls", tape.node(current).value(), c.truth));
        } else if (current != null && weights.size() > 1) {
            guesses.add(new Guess(MistakeCode.ACCUMULATED_GRAD, name + ".grad holds the sum of this and the previous epochs' gradients: zero it after "
                    + "each update (" + name + ".grad.zero_() or optimizer.zero_grad()); backward() adds to what .grad "
                    + "holds", tape.node(current).value(), c.truth));
        } else if (current == null && other(c, weights, name) != null) {
            String other = other(c, weights, name);
            guesses.add(new Guess(MistakeCode.WRONG_VARIABLE, "it subtracts " + other + ".grad, the gradient of "
                    + "another parameter: the update of " + name + " subtracts " + name + ".grad", c.truth, c.truth));
        } else if (current == null) {
            guesses.add(new Guess(MistakeCode.UPDATE_BEFORE_BACKWARD, "the update at line " + c.claim.span().line() + " runs before backward() of this "
                    + "epoch's loss: it subtracts the gradient backward() took at the weights before (or one zeroed "
                    + "since), not the gradient at these weights; call backward() first, then update", c.truth,
                    c.truth));
        }
        return guesses;
    }

    private static boolean zero(bpdiff.program.array.NdArray v) {
        for (int k = 0; k < v.size(); k++) {
            if (v.get(k) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The one other parameter whose gradient a claim is made of, or {@code null}. */
    private static String other(WrongClaim c, Set<Integer> weights, String name) {
        if (weights.size() != 1) {
            return null;
        }
        String other = c.parameters.nameOf(weights.iterator().next());
        return other == null || other.equals(name) ? null : other;
    }

    /** The gradient nodes a value is made of, not looking past them or past parameters' values. */
    private static List<Integer> grads(Tape tape, int value, Set<Integer> parameters) {
        List<Integer> found = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(value);
        seen.add(value);
        while (!todo.isEmpty()) {
            int id = todo.pop();
            if (tape.isReleased(id)) {
                continue;
            }
            TapeNode node = tape.node(id);
            if (node.op() == Op.GRAD) {
                found.add(id);
                continue;
            }
            if (id != value && parameters.contains(id)) {
                continue;
            }
            for (int input : node.inputs()) {
                if (seen.add(input)) {
                    todo.push(input);
                }
            }
        }
        return found;
    }
}
