package bpdiff.check.program;

import bpdiff.check.Guess;
import bpdiff.check.MistakeCode;
import bpdiff.check.SumFindings;
import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Expr;
import bpdiff.program.syntax.Rendering;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Guesses about the sums of a formula: one {@code +} or {@code -} the wrong way round, or one term too many. */
final class SumGuesses {

    private SumGuesses() {}

    /**
     * @param c the wrong claim
     * @return the guesses
     */
    static List<Guess> all(DiagnosisContext c) {
        List<Guess> guesses = new ArrayList<>();
        Expr expr = c.claim.expr();
        if (expr == null) {
            return guesses;
        }
        for (Expr e : ExprEdits.find(expr, x -> x instanceof Expr.Binary b
                && (b.operator() == BinaryOperator.ADD || b.operator() == BinaryOperator.SUBTRACT))) {
            Expr.Binary sum = (Expr.Binary) e;
            String written = c.trace.program().text(sum.span()).strip();
            BinaryOperator flipped = sum.operator() == BinaryOperator.ADD ? BinaryOperator.SUBTRACT : BinaryOperator.ADD;
            Expr other = ExprEdits.binary(flipped, sum.left(), sum.right());
            guesses.add(c.edited(sum, other, Map.of(), MistakeCode.SIGN_IN_SUM,
                    SumFindings.signFlipped(written, Rendering.render(other), Rendering.render(sum.right()))));
            guesses.add(c.edited(sum, sum.left(), Map.of(), MistakeCode.EXTRA_TERM,
                    SumFindings.extraTerm(Rendering.render(sum.right()), written)));
            Expr right = sum.operator() == BinaryOperator.ADD ? sum.right() : new Expr.Unary("-", sum.right(), sum.span());
            guesses.add(c.edited(sum, right, Map.of(), MistakeCode.EXTRA_TERM,
                    SumFindings.extraTerm(Rendering.render(sum.left()), written)));
        }
        return guesses;
    }
}
