package bpdiff.check;

import bpdiff.network.Activation;
import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.MathFunction;
import java.util.Arrays;
import java.util.Map;

/**
 * Computes a formula list's expression (numbers, names, {@code + - * / **}, minus, {@link MathFunction} calls) in
 * {@code double}, the way Python computes the homework's floats.
 *
 * <p>Unlike Python (and like a careful grader) it stops at the first value that is not finite, so the
 * message names the sub-expression that went wrong rather than a NaN that appears lines later. That is why a
 * formula is not run by the program interpreter, which computes as CPython and numpy do ({@code ZeroDivisionError},
 * {@code math.exp}'s {@code OverflowError}, numpy's silent {@code nan}).
 */
public final class FormulaEvaluator {

    private FormulaEvaluator() {}

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
        if (expr instanceof Expr.Num n) {
            return n.value();
        }
        if (expr instanceof Expr.Name n) {
            Double value = values.get(n.id());
            if (value == null) {
                throw new IllegalStateException("no value for " + n.id());
            }
            return value;
        }
        if (expr instanceof Expr.Unary n) {
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
        if (b.operator() == BinaryOperator.DIVIDE && right == 0.0) {
            throw new EvaluationException("division by zero: " + ExprText.render(b.right()) + " is 0");
        }
        double value = switch (b.operator()) {
            case ADD -> left + right;
            case SUBTRACT -> left - right;
            case MULTIPLY -> left * right;
            case DIVIDE -> left / right;
            case POWER -> Math.pow(left, right);
            default -> throw new IllegalStateException("not a formula's operator: " + b.operator());
        };
        return finite(value, b);
    }

    private static double call(Expr.Call c, Map<String, Double> values) {
        double[] x = new double[c.arguments().size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = evaluate(c.arguments().get(k), values);
        }
        MathFunction function = MathFunction.byId(((Expr.Name) c.function()).id());
        double value = switch (function) {
            case EXP -> Math.exp(x[0]);
            case LOG -> Math.log(x[0]);
            case SQRT -> Math.sqrt(x[0]);
            case ABS -> Math.abs(x[0]);
            case TANH -> Activation.TANH.apply(x[0]);
            case SIGMOID -> Activation.SIGMOID.apply(x[0]);
            case RELU -> Activation.RELU.apply(x[0]);
            case LEAKY_RELU -> Activation.LEAKY_RELU.apply(x[0]);
            case MAX -> Arrays.stream(x).max().orElseThrow();
            case MIN -> Arrays.stream(x).min().orElseThrow();
        };
        return finite(value, c);
    }

    private static double finite(double value, Expr where) {
        if (!Double.isFinite(value)) {
            throw new EvaluationException(
                    "non-finite value: " + ExprText.render(where) + " is " + value);
        }
        return value;
    }
}
