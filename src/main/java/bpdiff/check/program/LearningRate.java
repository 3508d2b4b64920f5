package bpdiff.check.program;

import bpdiff.program.array.Elementwise;
import bpdiff.program.array.NdArray;
import bpdiff.program.run.Events;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Program;
import bpdiff.program.tape.Tape;
import java.util.Set;

/**
 * Splits what an update subtracts into the learning rate and the hand gradient: {@code w = w - lr * g}
 * subtracts \( \eta g \), and \( g \) is the claim about \( \partial L / \partial w \).
 *
 * <p>The learning rate is a factor of the product that depends on no parameter and is one number: a named one
 * ({@code step}, {@code lr}, {@code self.lr}, {@code config['learning_rate']}) if there is one, else a number written in the code; without either it is 1.
 * Divisors stay in the gradient ({@code lr * dW / m} claims \( dW / m \)), and so do numbers when a named
 * learning rate exists ({@code lr * 2 * g} claims \( 2g \)), except a decimal scale \( 10^{-k} \) written beside
 * it, which no derivative makes and which scales the step ({@code step * dW * 0.01} claims \( dW \) with the
 * learning rate {@code step * 0.01}). A number a tensor's {@code .grad} is divided by scales the step too
 * (d2l's {@code lr * param.grad / batch_size}, "normalize our step size by the batch size"): {@code .grad} is
 * autograd's gradient of the loss {@code backward()} was called on, so the claim is {@code .grad} itself, with the
 * learning rate {@code lr / batch_size}.
 *
 * @param text how the learning rate is written, or {@code ""} when there is none
 * @param rate its value, negated for a step that adds its value ({@code w += lr * (y - out) * x})
 * @param gradient the hand gradient
 * @param gradientNode its tape node: the one factor's, or the subtracted value's
 * @param derivative whether the gradient depends on a parameter at all (an update of a fixed amount does not)
 */
record LearningRate(String text, double rate, NdArray gradient, int gradientNode, boolean derivative) {

    /** @return what the claim's expression is divided by to give the gradient: −1 for a step that adds its value */
    double factorScale(Events.Update u) {
        return u.added() ? -1 : 1;
    }

    /**
     * @param program the program, to quote the learning rate
     * @param tape the tape
     * @param u the update
     * @param parameterNodes every node holding a parameter's value
     * @return the split
     */
    static LearningRate of(Program program, Tape tape, Events.Update u, Set<Integer> parameterNodes) {
        Events.Factor rate = null;
        Events.Factor literal = null;
        Events.Factor only = null;
        int dependent = 0;
        boolean divisors = false;
        java.util.List<Events.Factor> scales = new java.util.ArrayList<>();
        java.util.List<Events.Factor> stepDivisors = new java.util.ArrayList<>();
        boolean ofGrad = u.factors().stream().anyMatch(f -> isGrad(f.expr()));
        for (Events.Factor f : u.factors()) {
            boolean constant = !Ancestry.dependsOn(tape, f.node(), parameterNodes);
            if (ofGrad && constant && f.divisor() && f.value().size() == 1 && f.value().data()[0] != 0) {
                stepDivisors.add(f);
                continue;
            }
            divisors |= f.divisor();
            if (!constant) {
                dependent++;
                only = f;
            } else if (!f.divisor() && f.value().size() == 1) {
                // a .grad that depends on no parameter (zeroed after backward()) is the gradient, never the rate
                if (rate == null && (f.expr() instanceof Expr.Name || f.expr() instanceof Expr.Attribute
                        || isKeyed(f.expr())) && !isGrad(f.expr())) {
                    rate = f;
                } else if (f.expr() instanceof Expr.Num n && decimalScale(n.value())) {
                    scales.add(f);
                    if (literal == null) {
                        literal = f;
                    }
                } else if (literal == null && f.expr() instanceof Expr.Num) {
                    literal = f;
                }
            }
        }
        boolean derivative = Ancestry.dependsOn(tape, u.subtractedNode(), parameterNodes);
        Events.Factor chosen = rate != null ? rate : literal;
        double sign = u.added() ? -1 : 1;
        if (chosen == null) {
            return new LearningRate("", sign, Elementwise.unary(u.subtractedValue(), v -> sign * v)
                    .withDType(u.subtractedValue().dtype()), u.subtractedNode(), derivative);
        }
        double eta = sign * chosen.value().data()[0];
        String text = program.text(chosen.expr().span());
        int joined = 1;
        if (rate != null) {
            for (Events.Factor f : scales) {
                eta *= f.value().data()[0];
                text += " * " + program.text(f.expr().span());
            }
            joined += scales.size();
        }
        for (Events.Factor f : stepDivisors) {
            eta /= f.value().data()[0];
            text += " / " + program.text(f.expr().span());
        }
        joined += stepDivisors.size();
        if (dependent == 1 && !divisors && u.factors().size() == joined + 1) {
            return new LearningRate(text, eta,
                    Elementwise.unary(only.value(), v -> sign * v).withDType(only.value().dtype()), only.node(),
                    derivative);
        }
        double rateValue = eta;
        NdArray gradient = Elementwise.unary(u.subtractedValue(), v -> v / rateValue)
                .withDType(u.subtractedValue().dtype());
        return new LearningRate(text, eta, gradient, u.subtractedNode(), derivative);
    }

    /**
     * Whether an expression reads a named entry of a container: CS231n's {@code config['learning_rate']},
     * {@code hparams["lr"]}; a named learning rate as much as a variable is.
     */
    private static boolean isKeyed(Expr e) {
        return e instanceof Expr.Subscript s && s.indices().size() == 1 && s.indices().get(0) instanceof Expr.Str;
    }

    /** Whether an expression reads a tensor's gradient: {@code p.grad} or {@code p.grad.data}. */
    private static boolean isGrad(Expr e) {
        return e instanceof Expr.Attribute a && (a.attribute().equals("grad")
                || a.attribute().equals("data") && a.value() instanceof Expr.Attribute g && g.attribute().equals("grad"));
    }

    /** Whether a number is \( 10^{-k} \), \( k \ge 1 \) (0.1, 0.01, 1e-3): a scale of the step, not of a derivative. */
    private static boolean decimalScale(double v) {
        if (!(v > 0 && v < 1)) {
            return false;
        }
        double k = -Math.log10(v);
        return Math.abs(k - Math.rint(k)) < 1e-9 && Math.rint(k) <= 12;
    }
}
