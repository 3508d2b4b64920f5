package bpdiff.check;

import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.Expr;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A wrong formula as the guesses that edit it see it, the same for a formula list's line ({@link WrongLine}) and a
 * program's claim: the formula as written, autograd's value, and the value of the formula with parts of it replaced,
 * computed in the values the line saw (the wrong lines or claims above it put right).
 */
public interface WrongFormula {

    /** @return the formula as written, or {@code null} when the claim has none */
    Expr formula();

    /** @return autograd's value */
    NdArray trueValue();

    /**
     * @param replacements parts of the formula (by identity) and what replaces each
     * @param extra more variables the replacements read, or an empty map
     * @return the changed formula's value, or {@code null} if it cannot be computed
     */
    NdArray value(Map<Expr, Expr> replacements, Map<String, NdArray> extra);

    /**
     * @param replacements parts of the formula (by identity) and what replaces each
     * @param extra more variables the replacements read, or an empty map
     * @param code the kind of mistake
     * @param finding what the mistake is, if the guess fits
     * @return the guess that the changed formula is the right one
     */
    default Guess edited(Map<Expr, Expr> replacements, Map<String, NdArray> extra, MistakeCode code, String finding) {
        return new Guess(code, finding, value(replacements, extra), trueValue());
    }

    /**
     * @param at one part of the formula
     * @param replacement what replaces it
     * @param code the kind of mistake
     * @param finding what the mistake is, if the guess fits
     * @return the guess that the formula with that part replaced is the right one
     */
    default Guess edited(Expr at, Expr replacement, MistakeCode code, String finding) {
        Map<Expr, Expr> replacements = new IdentityHashMap<>();
        replacements.put(at, replacement);
        return edited(replacements, Map.of(), code, finding);
    }
}
