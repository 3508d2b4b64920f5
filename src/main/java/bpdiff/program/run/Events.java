package bpdiff.program.run;

import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Span;
import java.util.List;

/**
 * What the interpreter observes while the program runs, for the check: the loss being computed, a variable
 * being updated by gradient descent, and a value assigned to a watched name. Each event knows the tape's
 * size when it happened ({@code order}): every node with a smaller id was computed before it.
 */
public final class Events {

    private Events() {}

    /**
     * A value assigned to a variable with a loss's name, or a scalar tensor {@code backward()} was called on
     * ({@code l.sum().backward()}): the loss autograd differentiates, whatever its variable is called.
     *
     * @param name the variable, or the text of the expression {@code backward()} was called on
     * @param span the assignment statement, or the {@code backward()} statement
     * @param node the loss's tape node
     * @param value its value
     * @param scope the variables just before the assignment, or after the backward pass
     * @param order the tape's size then
     * @param backward whether it is the tensor of a {@code backward()} call rather than a named variable
     */
    public record Loss(String name, Span span, int node, NdArray value, Scope scope, int order, boolean backward) {}

    /**
     * A gradient-descent update: {@code w = w - s} or {@code w -= s}, where {@code s} is the subtracted value; or
     * {@code w += s} with {@code s} the negated step ({@code W += H.T.dot(error) * lr} with {@code error = y - out}).
     *
     * @param target the updated parameter, keys evaluated ({@code w5}, {@code w[2]}, {@code params['W1']})
     * @param span the statement
     * @param subtracted the expression of {@code s}
     * @param factors the factors of {@code s} ({@code lr * g / m} gives {@code lr}, {@code g} and the divisor {@code m})
     * @param subtractedValue the value of {@code s}
     * @param subtractedNode its tape node, or {@link Value#NO_NODE}
     * @param oldNode the tape node of the variable's value before the update
     * @param oldValue that value
     * @param newNode the tape node after the update
     * @param scope the variables before the update
     * @param order the tape's size before the update
     * @param added whether {@code s} is added ({@code w += s}): the step is {@code -s}
     */
    public record Update(String target, Span span, Expr subtracted, List<Factor> factors, NdArray subtractedValue,
            int subtractedNode, int oldNode, NdArray oldValue, int newNode, Scope scope, int order, boolean added) {

        /** Makes the list unmodifiable. */
        public Update {
            factors = List.copyOf(factors);
        }

        /**
         * An update that subtracts.
         *
         * @param target the updated parameter
         * @param span the statement
         * @param subtracted the expression of {@code s}
         * @param factors the factors of {@code s}
         * @param subtractedValue the value of {@code s}
         * @param subtractedNode its tape node
         * @param oldNode the node before
         * @param oldValue the value before
         * @param newNode the node after
         * @param scope the variables before
         * @param order the tape's size before
         */
        public Update(String target, Span span, Expr subtracted, List<Factor> factors, NdArray subtractedValue,
                int subtractedNode, int oldNode, NdArray oldValue, int newNode, Scope scope, int order) {
            this(target, span, subtracted, factors, subtractedValue, subtractedNode, oldNode, oldValue, newNode, scope,
                    order, false);
        }
    }

    /**
     * One factor of an update's subtracted value.
     *
     * @param expr as written
     * @param node its tape node, or {@link Value#NO_NODE}
     * @param value its value
     * @param divisor whether it divides ({@code / m}) rather than multiplies
     */
    public record Factor(Expr expr, int node, NdArray value, boolean divisor) {}

    /**
     * A number or array assigned to a watched variable (a name that may claim a derivative).
     *
     * @param name the variable
     * @param span the statement
     * @param expr the expression assigned to it, or {@code null} when it came out of an unpacked call
     * @param node the value's tape node, or {@link Value#NO_NODE}
     * @param value the value
     * @param scope the variables the expression saw (before the assignment)
     * @param order the tape's size after the value was computed
     */
    public record Assignment(String name, Span span, Expr expr, int node, NdArray value, Scope scope, int order) {}

    /**
     * A value compared with a tensor's {@code .grad} ({@code torch.allclose(d_w1, net.fc1.weight.grad)},
     * {@code torch.equal}, {@code torch.isclose}): the program says the value is that tensor's gradient.
     *
     * @param hand the compared value's tape node
     * @param leaf the tape node of the tensor whose {@code .grad} it is compared with
     * @param name what the tensor is called: the variable it was first assigned to, else the expression before
     *     {@code .grad} ({@code net.fc1.weight})
     * @param span the comparison
     * @param order the tape's size at the comparison
     */
    public record Comparison(int hand, int leaf, String name, Span span, int order) {}

    /**
     * Told of each event as the program makes it, so that a check can judge epoch by epoch while the program runs
     * instead of holding the whole run.
     */
    public interface Listener {

        /**
         * The run starts.
         *
         * @param program the program
         * @param tape the tape it records on
         */
        void started(bpdiff.program.syntax.Program program, bpdiff.program.tape.Tape tape);

        /** @param loss a loss was assigned */
        void loss(Loss loss);

        /** @param assignment a watched name was assigned a number */
        void assignment(Assignment assignment);

        /** @param update a gradient-descent update was made */
        void update(Update update);

        /** @param comparison a value was compared with a tensor's {@code .grad} */
        default void comparison(Comparison comparison) {}

        /**
         * The program's own assertion failed ({@code assert abs(d_w1 - w1.grad.item()) < 1e-6}, an
         * {@code AssertionError} the program did not catch): the run ends there, as CPython's does.
         *
         * @param failure the failure, at the line that raised it
         * @return whether the listener takes the run as ended there ({@link #finished()} follows, what was recorded
         *     before is checked) rather than as a failure (the exception is thrown)
         */
        default boolean assertionFailed(bpdiff.program.BadProgramException failure) {
            return false;
        }

        /** The program ended normally. */
        void finished();
    }
}
