package bpdiff.check;

import java.util.List;

/**
 * The tree of one expression of a derivation line.
 *
 * <p>Nodes remember the 1-based column where they were written so that errors point at them; nodes
 * made up by the diagnosis ({@link Corrections}) have column 0.
 */
public sealed interface Expr permits Expr.Number, Expr.Name, Expr.Negate, Expr.Binary, Expr.Call {

    /** @return the 1-based column of the node's first character, 0 if it was not written by the student */
    int column();

    /**
     * A number literal.
     *
     * @param value its value
     * @param text as written, for display
     * @param column where it starts
     */
    record Number(double value, String text, int column) implements Expr {

        /**
         * A number made up by the diagnosis.
         *
         * @param value its value
         * @return the literal, written in the shortest form that reads back the same
         */
        public static Number of(double value) {
            String text = value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Long.toString((long) value) : Double.toString(value);
            return new Number(value, text, 0);
        }
    }

    /**
     * A name: an input, target, parameter, forward quantity, the learning rate, or a line above.
     *
     * @param name the name, without any {@code np.} prefix
     * @param column where it starts
     */
    record Name(String name, int column) implements Expr {

        /**
         * A name made up by the diagnosis.
         *
         * @param name the name
         * @return the node
         */
        public static Name of(String name) {
            return new Name(name, 0);
        }
    }

    /**
     * Unary minus \( -a \).
     *
     * @param operand {@code a}
     * @param column where the minus sign is
     */
    record Negate(Expr operand, int column) implements Expr {}

    /**
     * A binary operation.
     *
     * @param operator the operator
     * @param left the left operand
     * @param right the right operand
     */
    record Binary(Operator operator, Expr left, Expr right) implements Expr {

        /** @return the column of the left operand */
        @Override
        public int column() {
            return left.column();
        }

        /**
         * An operation made up by the diagnosis.
         *
         * @param operator the operator
         * @param left the left operand
         * @param right the right operand
         * @return the node
         */
        public static Binary of(Operator operator, Expr left, Expr right) {
            return new Binary(operator, left, right);
        }
    }

    /**
     * A call of one of the {@link MathFunction}s.
     *
     * @param function the function
     * @param arguments its arguments, as many as the function takes
     * @param column where the function's name starts
     */
    record Call(MathFunction function, List<Expr> arguments, int column) implements Expr {

        /** Makes the argument list unmodifiable. */
        public Call {
            arguments = List.copyOf(arguments);
        }
    }
}
