package bpdiff.check.program;

import bpdiff.check.Guess;
import bpdiff.check.SumFindings;
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
    static List<Guess> all(WrongClaim c) {
        List<Guess> guesses = new ArrayList<>();
        Expr expr = c.claim.expr();
        if (expr == null) {
            return guesses;
        }
        for (SumFindings.Edit edit : SumFindings.edits(expr, sum -> c.trace.program().text(sum.span()).strip(),
                Rendering::render)) {
            guesses.add(c.edited(edit.sum(), edit.replacement(), Map.of(), edit.code(), edit.finding()));
        }
        return guesses;
    }
}
