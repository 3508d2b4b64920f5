package bpdiff.check;

import java.util.Map;

/**
 * Computes an expression tree in {@code double}, the way Python computes the homework's floats.
 *
 * <p>Unlike Python (and like a careful grader) it stops at the first value that is not finite, so the
 * message names the sub-expression that went wrong rather than a NaN that appears lines later.
 */
public final class Evaluator {

    private Evaluator() {}

    /**
     * Evaluates an expression.
     *
     * @param expr the tree
     * @param values the value of every name it uses
     * @return its value, always finite
     * @throws EvaluationException on a division by zero or a value that is NaN or infinite
     * @throws IllegalStateException if a name has no value (the names are checked before evaluation)
     */
    public static double evaluate(Expr expr, Map<String, Double> values) {
        if (expr instanceof Expr.Number n) {
            return n.value();
        }
        if (expr instanceof Expr.Name n) {
            Double value = values.get(n.name());
            if (value == null) {
                throw new IllegalStateException("no value for " + n.name());
            }
            return value;
        }
        if (expr instanceof Expr.Negate n) {
            return -evaluate(n.operand(), values);
        }
        if (expr instanceof Expr.Binary b) {
            return binary(b, values);
        }
        return call((Expr.Call) expr, values);
    }

    private static double binary(Expr.Binary b, Map<String, Double> values) {
        double left = evaluate(b.left(), values);
        double right = evaluate(b.right(), values);
        if (b.operator() == Operator.DIVIDE && right == 0.0) {
            throw new EvaluationException("division by zero: " + ExprText.render(b.right()) + " is 0");
        }
        return finite(b.operator().apply(left, right), b);
    }

    private static double call(Expr.Call c, Map<String, Double> values) {
        double[] arguments = new double[c.arguments().size()];
        for (int k = 0; k < arguments.length; k++) {
            arguments[k] = evaluate(c.arguments().get(k), values);
        }
        return finite(c.function().apply(arguments), c);
    }

    private static double finite(double value, Expr where) {
        if (!Double.isFinite(value)) {
            throw new EvaluationException(
                    "non-finite value: " + ExprText.render(where) + " is " + value);
        }
        return value;
    }
}
