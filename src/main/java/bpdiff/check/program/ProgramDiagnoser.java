package bpdiff.check.program;

import bpdiff.check.ScaleCorrections;
import bpdiff.check.Guess;
import bpdiff.check.Diagnosis;
import bpdiff.check.SumFindings;
import bpdiff.diff.Tolerance;
import bpdiff.program.SourceMap;
import bpdiff.program.array.NdArray;
import bpdiff.program.run.Trace;
import bpdiff.program.syntax.Rendering;
import java.util.ArrayList;
import java.util.List;

/**
 * Says what is likely wrong with a claim that has a mistake of its own, by trying candidate corrections
 * numerically; a candidate is reported only when it matches autograd (or reconstructs the claim) within the
 * tolerance. The candidates, in the order they are preferred when several fit: autograd's gradient used wrongly
 * ({@link TorchGuesses}: never zeroed, taken before the update's epoch), the homework's
 * {@code d_w5 + d_w6}, a parameter read after its update, a gradient added up over the epochs, another activation's
 * derivative in place of the one
 * computed (tanh's written as the sigmoid's), a missing back-propagated path, a variable from
 * the wrong place, the matrix-form mistakes (transpose, {@code dot}/{@code outer}, elementwise/matrix product,
 * sum axis), an activation derivative missing or extra, a sign inside a sum or an extra term, values not
 * summed over samples, the \( 1/N \) of a mean over the samples, and last a flipped sign or a constant factor.
 */
final class ProgramDiagnoser {

    private final Trace trace;
    private final Parameters parameters;
    private final Tolerance tolerance;
    private final SourceMap lines;

    /**
     * @param trace the run
     * @param parameters its parameters
     * @param tolerance when a guess counts as right
     * @param lines where the program's lines stand in its file, for findings that name a line
     */
    ProgramDiagnoser(Trace trace, Parameters parameters, Tolerance tolerance, SourceMap lines) {
        this.trace = trace;
        this.parameters = parameters;
        this.tolerance = tolerance;
        this.lines = lines;
    }

    /**
     * @param judgement a wrong claim with a mistake of its own
     * @param epoch every judgement of its epoch
     * @param previous the claim's value at the epoch before, or {@code null} at the first
     * @return up to {@link Guess#SHOWN} findings, most specific first; empty when no candidate fits
     */
    List<Diagnosis> diagnose(Judgement judgement, List<Judgement> epoch, NdArray previous) {
        WrongClaim c = new WrongClaim(trace, judgement, epoch, parameters, tolerance);
        List<Guess> guesses = new ArrayList<>(TorchGuesses.all(c));
        guesses.addAll(NameGuesses.gradientForError(c));
        guesses.addAll(NameGuesses.afterUpdate(c, lines));
        guesses.addAll(ValueGuesses.accumulated(c, previous));
        guesses.addAll(ValueGuesses.otherActivation(c));
        guesses.addAll(PathGuesses.missing(c));
        guesses.addAll(NameGuesses.wrongVariable(c));
        guesses.addAll(MatrixGuesses.all(c));
        guesses.addAll(ValueGuesses.activation(c));
        guesses.addAll(SumFindings.guesses(c, sum -> c.trace.program().text(sum.span()).strip(),
                Rendering::render));
        guesses.addAll(ValueGuesses.notSummed(c));
        guesses.addAll(ValueGuesses.batch(c));
        guesses.addAll(ScaleCorrections.constant(c.student, c.truth));
        Tolerance held = judgement.claim().value().dtype() == bpdiff.program.array.DType.FLOAT32 ? Tolerance.FLOAT32
                : tolerance; // a claim computed in float32 is held to float32's tolerance, its guesses too
        return Guess.chosen(guesses, held);
    }
}
