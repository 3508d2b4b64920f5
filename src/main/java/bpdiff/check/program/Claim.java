package bpdiff.check.program;

import bpdiff.program.array.NdArray;
import bpdiff.program.run.Scope;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Span;
import java.util.List;

/**
 * A value the program claims is \( \partial L / \partial \,target \) at one epoch: the value an update
 * subtracts (divided by the learning rate), or a value assigned to a name such as {@code d_w5}.
 *
 * @param kind how the claim is made
 * @param name the variable ({@code d_w5}) or, for an update, the updated parameter
 * @param span the statement that computes the value
 * @param expr the expression computing it, or {@code null} (a value unpacked from a call)
 * @param scope the variables the expression saw
 * @param valueNode the value's tape node, or −1
 * @param value the value
 * @param targetNode the node of the variable it is the derivative of
 * @param target that variable's name
 * @param order the tape's size when the value was computed
 * @param updateLine for a named claim that an update subtracts, the update's line, else 0
 * @param learningRate for an update, how the learning rate was found ({@code "step"}, {@code "0.5"}), else {@code null}
 * @param exprScale what {@code expr}'s value is divided by to give {@code value} (the learning rate, when
 *     {@code expr} is the whole subtracted value), else 1
 * @param readings every variable the name can be read as the derivative of that the line could see, the
 *     {@code target} among them, in the order {@link ClaimNames#targets} tries them; one for an update
 * @param scale what the claim holds times \( \partial L / \partial target \): 1, or for an intermediate value read by
 *     a course's convention −1 (the descent direction, {@code error = y - out}) or the number of samples (the
 *     gradient of the loss summed over them where the loss averages, as {@code dZ2 = A2 - Y} in deeplearning.ai)
 */
record Claim(Kind kind, String name, Span span, Expr expr, Scope scope, int valueNode, NdArray value, int targetNode,
        String target, int order, int updateLine, String learningRate, double exprScale, List<Reading> readings,
        double scale) {

    /**
     * One variable a claim's name can be read as the derivative of.
     *
     * @param name the variable
     * @param node its tape node where the claim was made
     * @param sign 1, or −1 when the variable is read through its negation: the node is {@code (-H) @ W}, which is
     *     \( -z \) for the pre-activation \( z = H W \) a sigmoid {@code 1/(1+np.exp(-H @ W))} is applied to
     *     (Python binds {@code -} tighter than {@code @}), so \( \partial L / \partial z = -\partial L / \partial node \)
     */
    record Reading(String name, int node, double sign) {

        Reading(String name, int node) {
            this(name, node, 1);
        }
    }

    /** Makes the list unmodifiable. */
    Claim {
        readings = List.copyOf(readings);
    }

    /**
     * A claim of the derivative itself (scale 1).
     *
     * @param kind how the claim is made
     * @param name the variable, or the updated parameter
     * @param span the statement
     * @param expr the expression computing the value, or {@code null}
     * @param scope the variables the expression saw
     * @param valueNode the value's node
     * @param value the value
     * @param targetNode the node of what it is the derivative of
     * @param target that variable's name
     * @param order the tape's size then
     * @param updateLine the line of an update that subtracts it, or 0
     * @param learningRate how the learning rate was found, or {@code null}
     * @param exprScale what {@code expr}'s value is divided by to give {@code value}
     * @param readings the readings of the name
     */
    Claim(Kind kind, String name, Span span, Expr expr, Scope scope, int valueNode, NdArray value, int targetNode,
            String target, int order, int updateLine, String learningRate, double exprScale, List<Reading> readings) {
        this(kind, name, span, expr, scope, valueNode, value, targetNode, target, order, updateLine, learningRate,
                exprScale, readings, 1);
    }

    /** How a claim is made. */
    enum Kind {
        /** A name such as {@code d_w5}, {@code dW2}, {@code delta_h1}. */
        NAMED,
        /** The value subtracted in {@code w = w - lr * g}. */
        UPDATE
    }

    /**
     * @param line the line of an update that subtracts this value
     * @return a copy that says so
     */
    Claim subtractedAt(int line) {
        return new Claim(kind, name, span, expr, scope, valueNode, value, targetNode, target, order, line,
                learningRate, exprScale, readings, scale);
    }

    /**
     * @param reading one of {@link #readings}
     * @return the same claim read as the derivative of that variable
     */
    Claim readAs(Reading reading) {
        return readAs(reading, 1);
    }

    /**
     * @param reading one of {@link #readings}
     * @param times the claim's {@link #scale} under this reading
     * @return the same claim read as that multiple of the derivative of that variable
     */
    Claim readAs(Reading reading, double times) {
        return new Claim(kind, name, span, expr, scope, valueNode, value, reading.node(), reading.name(), order,
                updateLine, learningRate, exprScale, readings, times);
    }

    /** @return whether the name could be read as the derivative of more than one variable */
    boolean ambiguous() {
        return readings.size() > 1;
    }
}
