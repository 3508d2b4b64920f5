package bpdiff.check.program;

import bpdiff.check.MistakeCode;
import bpdiff.diff.Tolerance;
import bpdiff.program.array.NdArray;

/**
 * One guess at what went wrong in a claim, with the two values that agree if the guess is right: a corrected
 * claim against autograd, or a reconstructed mistake against the claim.
 *
 * @param code the kind of mistake, as counted
 * @param finding what the mistake is, in the lecture's words
 * @param value the corrected (or reconstructed) value, {@code null} if it could not be computed
 * @param shouldEqual autograd's value (or the claim's)
 */
record Guess(MistakeCode code, String finding, NdArray value, NdArray shouldEqual) {

    /**
     * @param tolerance the tolerance of the checked precision
     * @return whether the guess fits: every element agrees
     */
    boolean fits(Tolerance tolerance) {
        return value != null && Agreement.agrees(value, shouldEqual, tolerance);
    }
}
