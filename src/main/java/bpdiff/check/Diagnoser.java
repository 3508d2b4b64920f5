package bpdiff.check;

import bpdiff.program.array.NdArray;
import java.util.ArrayList;
import java.util.List;

/**
 * Says what is likely wrong with a formula, by trying candidate corrections numerically.
 *
 * <p>A candidate is reported only when it matches within the tolerance. The candidates, in the order
 * they are preferred when several match: the back-propagated sum of a hidden neuron
 * ({@link BackPropagationCorrections}: the homework's {@code d_w5 + d_w6}, a missing weight or
 * activation derivative of the next layer, a missing path), a name from the wrong place or from after
 * the update ({@link FormulaCorrections}), a sign inside a sum or an extra term ({@link SumFindings}), an activation
 * derivative missing or extra, and last a flipped sign or constant factor ({@link ScaleCorrections}).
 */
public final class Diagnoser {

    private Diagnoser() {}

    /**
     * Diagnoses a wrong line.
     *
     * @param c the line, its value, autograd's and the tolerance
     * @return up to {@link Guess#SHOWN} findings, most specific first; empty when no candidate matches
     */
    static List<Diagnosis> diagnose(WrongLine c) {
        List<Guess> guesses = new ArrayList<>(BackPropagationCorrections.all(c));
        guesses.addAll(FormulaCorrections.names(c));
        guesses.addAll(ScaleCorrections.activation(c));
        guesses.addAll(SumFindings.guesses(c, ExprText::render, ExprText::render));
        guesses.addAll(ScaleCorrections.constant(NdArray.scalar(c.student()), NdArray.scalar(c.truth())));
        return Guess.chosen(guesses, c.tolerance());
    }
}
