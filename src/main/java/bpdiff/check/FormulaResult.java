package bpdiff.check;

import java.util.List;

/**
 * The check of one assignment.
 *
 * @param assignment the line
 * @param target what it is the derivative of, or {@code null} for a helper
 * @param value the student's value, or {@code null} if it could not be computed
 * @param autograd autograd's value, or {@code null} for a helper
 * @param numeric the finite-difference value, for parameters only, else {@code null}
 * @param verdict the verdict
 * @param error why there is no value, or {@code null}
 * @param diagnoses what is likely wrong, most specific first; empty if the line is right, inherits its
 *     error, or no candidate correction matched
 * @param stage for a checked line, the stage of back-propagation it belongs to
 * @param causeLine for a wrong line, the first wrong line it depends on (possibly itself), else 0
 * @param ownMistake for a wrong line, whether it is wrong even with the true values of the lines above
 * @param firstFailingEpoch the first epoch at which it failed, −1 if never
 */
public record FormulaResult(
        Assignment assignment,
        DerivativeTarget target,
        Double value,
        Double autograd,
        Double numeric,
        FormulaVerdict verdict,
        String error,
        List<Diagnosis> diagnoses,
        String stage,
        int causeLine,
        boolean ownMistake,
        int firstFailingEpoch) {

    /** Makes the list unmodifiable. */
    public FormulaResult {
        diagnoses = List.copyOf(diagnoses);
    }

    /** @return what is likely wrong, in words, most specific first */
    public List<String> likely() {
        return diagnoses.stream().map(Diagnosis::finding).toList();
    }

    /**
     * The codes of what is wrong with the line: its diagnoses' codes; for a wrong line without one, {@link
     * MistakeCode#UNEXPLAINED} (a mistake of its own) or {@link MistakeCode#INHERITED}, and {@link
     * MistakeCode#RUNTIME_ERROR} for one that cannot be computed; none for a right line.
     *
     * @return the codes, most specific first
     */
    public List<MistakeCode> codes() {
        if (!failed()) {
            return List.of();
        }
        if (verdict == FormulaVerdict.ERROR) {
            return List.of(MistakeCode.RUNTIME_ERROR);
        }
        if (!diagnoses.isEmpty()) {
            return diagnoses.stream().map(Diagnosis::code).toList();
        }
        return List.of(ownMistake ? MistakeCode.UNEXPLAINED : MistakeCode.INHERITED);
    }

    /** @return whether the line is a checked derivative */
    public boolean checked() {
        return target != null;
    }

    /** @return whether the line is checked and fails */
    public boolean failed() {
        return checked() && verdict.fails();
    }

    /**
     * A copy with the first failing epoch set.
     *
     * @param epoch the epoch, −1 if never
     * @return the copy
     */
    FormulaResult withFirstFailingEpoch(int epoch) {
        return new FormulaResult(assignment, target, value, autograd, numeric, verdict, error, diagnoses, stage,
                causeLine, ownMistake, epoch);
    }
}
