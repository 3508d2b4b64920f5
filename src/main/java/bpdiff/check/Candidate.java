package bpdiff.check;

import bpdiff.diff.Tolerance;

/**
 * One guess at what went wrong in a formula, with the two numbers that agree if the guess is right.
 *
 * <p>A correction of the student's formula is right when its value agrees with autograd's; a
 * reconstructed mistake (say, the sum with one path left out) is right when it agrees with the
 * student's value. Either way the guess is reported only when the two agree within the tolerance.
 *
 * @param code the kind of mistake, as counted
 * @param finding what the mistake is, in the lecture's words
 * @param value the corrected (or reconstructed) value
 * @param shouldEqual autograd's value (or the student's)
 */
record Candidate(MistakeCode code, String finding, double value, double shouldEqual) {

    /**
     * @param tolerance the tolerance of the checked precision
     * @return whether the two numbers agree
     */
    boolean fits(Tolerance tolerance) {
        return Double.isFinite(value) && tolerance.agrees(value, shouldEqual);
    }
}
