package bpdiff.check;

import bpdiff.diff.Tolerance;
import bpdiff.program.array.NdArray;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One guess at what went wrong in a formula or a claim, with the two values that agree if the guess is right: a
 * corrected value against autograd's, or a reconstructed mistake (say, the sum with one path left out) against the
 * student's value. Both checkers diagnose with guesses and report the ones that fit by {@link #chosen}.
 *
 * @param code the kind of mistake, as counted
 * @param finding what the mistake is, in the lecture's words
 * @param value the corrected (or reconstructed) value, {@code null} if it could not be computed
 * @param shouldEqual autograd's value (or the student's)
 */
public record Guess(MistakeCode code, String finding, NdArray value, NdArray shouldEqual) {

    /** At most this many findings are reported for one wrong formula or claim. */
    public static final int SHOWN = 3;

    /**
     * @param tolerance the tolerance of the checked precision
     * @return whether the guess fits: every element agrees ({@link Agreement#agrees})
     */
    public boolean fits(Tolerance tolerance) {
        return value != null && Agreement.agrees(value, shouldEqual, tolerance);
    }

    /**
     * The findings reported: the guesses that fit, in the order given (most specific first), each finding once, at
     * most {@link #SHOWN}.
     *
     * @param guesses every guess, in order of preference
     * @param tolerance when a guess fits
     * @return the diagnoses, empty when no guess fits
     */
    public static List<Diagnosis> chosen(List<Guess> guesses, Tolerance tolerance) {
        Set<String> findings = new LinkedHashSet<>();
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (Guess guess : guesses) {
            if (findings.size() < SHOWN && guess.fits(tolerance) && findings.add(guess.finding())) {
                diagnoses.add(new Diagnosis(guess.code(), guess.finding()));
            }
        }
        return List.copyOf(diagnoses);
    }
}
