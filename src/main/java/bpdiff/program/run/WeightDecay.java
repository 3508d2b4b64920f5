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
            Assignments.factors(decay, false, decayFactors, decayDivisors);
        } else if (left.operator() == BinaryOperator.SUBTRACT) { // w - F * X' * w - F * S'
            weight = left.left();
            decay = left.right();
            Assignments.factors(decay, false, decayFactors, decayDivisors);
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
        Assignments.factors(difference.right(), false, stepFactors, stepDivisors);
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

    /**
     * A sum whose every term is a multiple of the same factor F, as F times the sum of the rest:
     * {@code eta * (lmbda / n) * w + (eta / m) * nw} is {@code eta * ((lmbda / n) * w + nw / m)}, a step of
     * learning rate eta.
     *
     * @param subtracted what a step subtracts
     * @param written an expression's text without white space, to compare factors by
     * @return {@code F * (…)}, or {@code null} if it is no such sum (or calls anything but {@code len})
     */
    static Expr factoredOut(Expr subtracted, Function<Expr, String> written) {
        if (!(subtracted instanceof Expr.Binary sum) || sum.operator() != BinaryOperator.ADD
                && sum.operator() != BinaryOperator.SUBTRACT || !pure(subtracted)) {
            return null;
        }
        List<Expr> terms = new ArrayList<>();
        List<BinaryOperator> signs = new ArrayList<>();
        terms(subtracted, BinaryOperator.ADD, terms, signs);
        List<List<Expr>> termFactors = new ArrayList<>();
        List<List<Boolean>> termDivisors = new ArrayList<>();
        for (Expr term : terms) {
            List<Expr> f = new ArrayList<>();
            List<Boolean> d = new ArrayList<>();
            Assignments.factors(term, false, f, d);
            termFactors.add(f);
            termDivisors.add(d);
        }
        for (int i = 0; i < termFactors.get(0).size(); i++) {
            if (termDivisors.get(0).get(i) || termFactors.get(0).size() < 2) {
                continue;
            }
            String common = written.apply(termFactors.get(0).get(i));
            int[] at = new int[terms.size()];
            boolean everywhere = true;
            for (int t = 0; t < terms.size() && everywhere; t++) {
                at[t] = -1;
                for (int j = 0; j < termFactors.get(t).size() && at[t] < 0; j++) {
                    if (!termDivisors.get(t).get(j) && written.apply(termFactors.get(t).get(j)).equals(common)) {
                        at[t] = j;
                    }
                }
                everywhere = at[t] >= 0 && termFactors.get(t).size() >= 2;
            }
            if (!everywhere) {
                continue;
            }
            Expr rate = termFactors.get(0).get(i);
            Expr rest = null;
            for (int t = 0; t < terms.size(); t++) {
                List<Expr> f = new ArrayList<>(termFactors.get(t));
                List<Boolean> d = new ArrayList<>(termDivisors.get(t));
                f.remove(at[t]);
                d.remove(at[t]);
                Expr term = product(f, d, terms.get(t));
                rest = rest == null ? term : new Expr.Binary(signs.get(t), rest, term, subtracted.span());
            }
            return new Expr.Binary(BinaryOperator.MULTIPLY, rate, rest, subtracted.span());
        }
        return null;
    }

    /** The terms of a sum and the operator each is added with (the first's is {@code +}). */
    private static void terms(Expr e, BinaryOperator sign, List<Expr> out, List<BinaryOperator> signs) {
        if (e instanceof Expr.Binary b && (b.operator() == BinaryOperator.ADD || b.operator() == BinaryOperator.SUBTRACT)) {
            terms(b.left(), sign, out, signs);
            terms(b.right(), b.operator(), out, signs);
        } else {
            out.add(e);
            signs.add(sign);
        }
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
