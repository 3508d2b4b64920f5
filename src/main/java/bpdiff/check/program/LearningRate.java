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
 * ({@code step}, {@code lr}) if there is one, else a number written in the code; without either it is 1.
 * Divisors stay in the gradient ({@code lr * dW / m} claims \( dW / m \)), and so do numbers when a named
 * learning rate exists ({@code lr * 2 * g} claims \( 2g \)).
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
        for (Events.Factor f : u.factors()) {
            boolean constant = !Ancestry.dependsOn(tape, f.node(), parameterNodes);
            divisors |= f.divisor();
            if (!constant) {
                dependent++;
                only = f;
            } else if (!f.divisor() && f.value().size() == 1) {
                if (rate == null && (f.expr() instanceof Expr.Name || f.expr() instanceof Expr.Attribute)) {
                    rate = f;
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
        if (dependent == 1 && !divisors && u.factors().size() == 2) {
            return new LearningRate(program.text(chosen.expr().span()), eta,
                    Elementwise.unary(only.value(), v -> sign * v).withDType(only.value().dtype()), only.node(),
                    derivative);
        }
        NdArray gradient = Elementwise.unary(u.subtractedValue(), v -> v / eta).withDType(u.subtractedValue().dtype());
        return new LearningRate(program.text(chosen.expr().span()), eta, gradient, u.subtractedNode(), derivative);
    }
}
