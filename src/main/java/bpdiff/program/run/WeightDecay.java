package bpdiff.program.run;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A step with L2 regularization written as weight decay, Nielsen's {@code network2.py}
 * {@code (1 - eta * (lmbda / n)) * w - (eta / len(mini_batch)) * nw}: the form \( (1 - F X') w - F S' \) (or
 * \( w - F X' w - F S' \)) with a factor F common to the decay and the subtracted term is the step
 * \( w - F (X' w + S') \), so its gradient claim is
 * \( X' w + S' \) at learning rate F ({@code (lmbda / n) * w + nw / len(mini_batch)}). The program's value is still
 * the expression it wrote; only the claim is read from the rewritten step.
 */
final class WeightDecay {

    private WeightDecay() {}

    /**
     * @param element an expression, perhaps {@code (1 - F * X') * w - F * S'} or {@code w - F * X' * w - F * S'}
     * @param written an expression's text without white space, to compare factors by
     * @return the step {@code w - F * (X' * w + S')} it is, or {@code null} if it is not of that form (or its factors
     *     call anything but {@code len}, which would be called twice)
     */
    static Expr.Binary asStep(Expr element, Function<Expr, String> written) {
        if (!(element instanceof Expr.Binary difference) || difference.operator() != BinaryOperator.SUBTRACT
                || !(difference.left() instanceof Expr.Binary left)) {
            return null;
        }
        List<Expr> decayFactors = new ArrayList<>();
        List<Boolean> decayDivisors = new ArrayList<>();
        Expr decay;
        Expr weight;
        if (left.operator() == BinaryOperator.MULTIPLY) { // (1 - F * X') * w - F * S'
            decay = decay(left.left());
            weight = left.right();
            if (decay == null) {
                decay = decay(left.right());
                weight = left.left();
            }
            if (decay == null) {
                return null;
            }
            factors(decay, false, decayFactors, decayDivisors);
        } else if (left.operator() == BinaryOperator.SUBTRACT) { // w - F * X' * w - F * S'
            weight = left.left();
            decay = left.right();
            factors(decay, false, decayFactors, decayDivisors);
            int at = -1;
            for (int k = 0; k < decayFactors.size() && at < 0; k++) {
                if (!decayDivisors.get(k) && written.apply(decayFactors.get(k)).equals(written.apply(weight))) {
                    at = k;
                }
            }
            if (at < 0) {
                return null;
            }
            decayFactors.remove(at);
            decayDivisors.remove(at);
        } else {
            return null;
        }
        if (!(weight instanceof Expr.Name || weight instanceof Expr.Subscript || weight instanceof Expr.Attribute)
                || !pure(decay) || !pure(difference.right())) {
            return null;
        }
        List<Expr> stepFactors = new ArrayList<>();
        List<Boolean> stepDivisors = new ArrayList<>();
        factors(difference.right(), false, stepFactors, stepDivisors);
        for (int i = 0; i < decayFactors.size(); i++) {
            for (int j = 0; j < stepFactors.size(); j++) {
                if (!decayDivisors.get(i) && !stepDivisors.get(j)
                        && written.apply(decayFactors.get(i)).equals(written.apply(stepFactors.get(j)))) {
                    Expr rate = decayFactors.get(i);
                    decayFactors.remove(i);
                    decayDivisors.remove(i);
                    stepFactors.remove(j);
                    stepDivisors.remove(j);
                    Expr decayed = decayFactors.isEmpty() ? weight : new Expr.Binary(BinaryOperator.MULTIPLY,
                            product(decayFactors, decayDivisors, decay), weight, decay.span());
                    Expr sum = new Expr.Binary(BinaryOperator.ADD, decayed,
                            product(stepFactors, stepDivisors, difference.right()), difference.right().span());
                    return new Expr.Binary(BinaryOperator.SUBTRACT, weight,
                            new Expr.Binary(BinaryOperator.MULTIPLY, rate, sum, element.span()), element.span());
                }
            }
        }
        return null;
    }

    /** X for {@code 1 - X}, else {@code null}. */
    private static Expr decay(Expr e) {
        return e instanceof Expr.Binary b && b.operator() == BinaryOperator.SUBTRACT && b.left() instanceof Expr.Num one
                && one.value() == 1 ? b.right() : null;
    }

    /** Names, numbers, attributes, subscripts by those, arithmetic and {@code len(…)}: evaluating twice is harmless. */
    private static boolean pure(Expr e) {
        if (e instanceof Expr.Name || e instanceof Expr.Num) {
            return true;
        }
        if (e instanceof Expr.Attribute a) {
            return pure(a.value());
        }
        if (e instanceof Expr.Subscript s) {
            return pure(s.value()) && s.indices().stream().allMatch(WeightDecay::pure);
        }
        if (e instanceof Expr.Binary b) {
            return pure(b.left()) && pure(b.right());
        }
        if (e instanceof Expr.Unary u) {
            return pure(u.operand());
        }
        return e instanceof Expr.Call c && c.function() instanceof Expr.Name f && f.id().equals("len")
                && c.keywords().isEmpty() && c.arguments().stream().allMatch(WeightDecay::pure);
    }

    /** A product's factors, {@code a / b} giving a and the divisor b (as the update's factors are read). */
    private static void factors(Expr e, boolean divisor, List<Expr> out, List<Boolean> divisors) {
        if (e instanceof Expr.Binary b && b.operator() == BinaryOperator.MULTIPLY) {
            factors(b.left(), divisor, out, divisors);
            factors(b.right(), divisor, out, divisors);
        } else if (e instanceof Expr.Binary b && b.operator() == BinaryOperator.DIVIDE && !divisor) {
            factors(b.left(), false, out, divisors);
            out.add(b.right());
            divisors.add(true);
        } else {
            out.add(e);
            divisors.add(divisor);
        }
    }

    /** The product of factors (divisors dividing), 1 if none is left. */
    private static Expr product(List<Expr> factors, List<Boolean> divisors, Expr at) {
        Expr result = null;
        for (int k = 0; k < factors.size(); k++) {
            if (result == null) {
                result = divisors.get(k) ? new Expr.Binary(BinaryOperator.DIVIDE, new Expr.Num(1, true, at.span()),
                        factors.get(k), at.span()) : factors.get(k);
            } else {
                result = new Expr.Binary(divisors.get(k) ? BinaryOperator.DIVIDE : BinaryOperator.MULTIPLY, result,
                        factors.get(k), at.span());
            }
        }
        return result == null ? new Expr.Num(1, true, at.span()) : result;
    }
}
