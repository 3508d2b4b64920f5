package bpdiff.check;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The guesses about a sum and their words, the same for a formula list and a program: one {@code +} or {@code -}
 * the wrong way round, or one term too many.
 */
public final class SumFindings {

    private SumFindings() {}

    /**
     * One candidate correction of a sum in a formula.
     *
     * @param sum the sum \( a \pm b \), a node of the formula
     * @param replacement what would replace it
     * @param code the mistake, if the correction fits
     * @param finding its words
     */
    public record Edit(Expr.Binary sum, Expr replacement, MistakeCode code, String finding) {}

    /**
     * The corrections of every sum \( a \pm b \) in a formula, in pre-order, three each: the sign of \( b \)
     * flipped, \( b \) extra (\( a \) alone), \( a \) extra (\( \pm b \) alone).
     *
     * @param formula the formula
     * @param written a sum as its reader wrote it
     * @param render a made-up expression as text
     * @return the corrections
     */
    public static List<Edit> edits(Expr formula, Function<Expr, String> written, Function<Expr, String> render) {
        List<Edit> edits = new ArrayList<>();
        for (Expr e : ExprEdits.find(formula, x -> x instanceof Expr.Binary b
                && (b.operator() == BinaryOperator.ADD || b.operator() == BinaryOperator.SUBTRACT))) {
            Expr.Binary sum = (Expr.Binary) e;
            String sumText = written.apply(sum);
            boolean plus = sum.operator() == BinaryOperator.ADD;
            Expr flipped = ExprEdits.binary(plus ? BinaryOperator.SUBTRACT : BinaryOperator.ADD, sum.left(), sum.right());
            edits.add(new Edit(sum, flipped, MistakeCode.SIGN_IN_SUM,
                    signFlipped(sumText, render.apply(flipped), render.apply(sum.right()))));
            edits.add(new Edit(sum, sum.left(), MistakeCode.EXTRA_TERM, extraTerm(render.apply(sum.right()), sumText)));
            edits.add(new Edit(sum, plus ? sum.right() : ExprEdits.negate(sum.right()), MistakeCode.EXTRA_TERM,
                    extraTerm(render.apply(sum.left()), sumText)));
        }
        return edits;
    }

    /**
     * The guesses about the sums of a wrong formula: each correction of {@link #edits} applied.
     *
     * @param c the wrong formula
     * @param written a sum as its reader wrote it
     * @param render a made-up expression as text
     * @return the guesses, none when there is no formula
     */
    public static List<Guess> guesses(WrongFormula c, Function<Expr, String> written, Function<Expr, String> render) {
        List<Guess> guesses = new ArrayList<>();
        if (c.formula() != null) {
            for (Edit edit : edits(c.formula(), written, render)) {
                guesses.add(c.edited(edit.sum(), edit.replacement(), edit.code(), edit.finding()));
            }
        }
        return guesses;
    }

    /**
     * @param written the sum as written, e.g. {@code d_o1 * w5 - d_o2 * w6}
     * @param corrected the sum with the sign flipped
     * @param term the term whose sign is flipped
     * @return e.g. {@code 'a - b' should be 'a + b': the sign of b is flipped}
     */
    public static String signFlipped(String written, String corrected, String term) {
        return "'" + written + "' should be '" + corrected + "': the sign of " + term + " is flipped";
    }

    /**
     * @param term the term too many
     * @param written the sum as written
     * @return e.g. {@code the term b in 'a + b' is extra}
     */
    public static String extraTerm(String term, String written) {
        return "the term " + term + " in '" + written + "' is extra";
    }
}
