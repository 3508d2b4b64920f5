package bpdiff.program.run;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Stmt;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Losses read from the function a program calls rather than from the variable it assigns: {@code err += self.loss(y,
 * out)} adds up the loss {@code L} computed by the call when the function is named as a loss ({@code loss},
 * {@code mse}, {@code cost}, {@code cross_entropy}, {@code mean_squared_error}, {@code compute_loss} …) and not as its
 * derivative ({@code mse_prime}, {@code loss_derivative}, {@code d_loss}, {@code cost_grad} compute ∂L/∂out, no loss,
 * whatever the variable that holds it is called: Omar Aflak's {@code error = self.loss_prime(y, output)}).
 */
final class LossCalls {

    private static final Pattern LOSS = Pattern.compile(
            "(^|_)(loss|cost|mse|sse|nll)(_|$)|cross_?entropy|squared_?error|loss$|cost$");
    private static final Pattern DERIVATIVE = Pattern.compile(
            "(_prime|_derivative|_deriv|_grad|_gradient|_grads|_backward|prime|derivative|gradient)$"
                    + "|^(d_|grad_|derivative_|dloss|dcost)");

    private LossCalls() {}

    /**
     * @param call a call
     * @return the name it calls a function by ({@code loss} in {@code self.loss(…)}, {@code mse} in {@code mse(…)}), or
     *     {@code null} when it is neither a name nor an attribute
     */
    static String callee(Expr.Call call) {
        return call.function() instanceof Expr.Name n ? n.id()
                : call.function() instanceof Expr.Attribute a ? a.attribute() : null;
    }

    /**
     * @param expr an assigned expression, or {@code null}
     * @return whether it is a call of a function named as a derivative ({@code self.loss_prime(y, out)})
     */
    static boolean isDerivativeCall(Expr expr) {
        return expr instanceof Expr.Call c && callee(c) != null
                && DERIVATIVE.matcher(callee(c).toLowerCase(Locale.ROOT)).find();
    }

    /**
     * The call whose value is a computation of the loss in an accumulation {@code v += f(…)} of one variable,
     * {@code f} named as a loss and not as a derivative. A plain {@code v = f(…)} is none: a numerical gradient check's
     * {@code fp = loss_fn(W, b)} computes it at weights moved by {@code h}.
     *
     * @param s a statement
     * @return the call, or {@code null} when the statement is no such accumulation
     */
    static Expr.Call of(Stmt.AugAssign s) {
        Expr value = s.operator() == BinaryOperator.ADD && s.target() instanceof Expr.Name ? s.value() : null;
        if (!(value instanceof Expr.Call c) || callee(c) == null || isDerivativeCall(c)) {
            return null;
        }
        return LOSS.matcher(callee(c).toLowerCase(Locale.ROOT)).find() ? c : null;
    }

    /**
     * @param function the value called
     * @return whether it is a function of the program's own (a loss of a library, a torch module, is no such call)
     */
    static boolean isProgramFunction(Value function) {
        return function instanceof PyFunction || function instanceof PyBoundMethod m && m.function() instanceof PyFunction;
    }
}
