package bpdiff.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The verdict of a whole comparison.
 *
 * @param mismatched the parameters that mismatch at some epoch, in vector order
 * @param firstMismatchEpoch the first epoch with a mismatch (or with one side non-finite and the other
 *     not), or {@code null} if there is none
 * @param verdict {@code match} if every compared epoch matches and no side diverged alone
 * @param wrongSide at the first mismatching epoch, which side finite differences prove wrong:
 *     {@code manual} when they agree with autograd on every mismatched parameter, {@code autograd} when
 *     they agree with the hand side, {@code undecided} otherwise; {@code null} when all match
 * @param localisation where the hand derivation first parts from autograd, or {@code null}
 * @param nonFinite the sources that stopped being finite, and when
 * @param saturated the neurons whose activation is flat at the last compared epoch ({@link Saturation}):
 *     a loss that stalls there has not converged
 */
public record Summary(
        List<String> mismatched,
        Integer firstMismatchEpoch,
        Verdict verdict,
        String wrongSide,
        Localisation localisation,
        List<NonFinite> nonFinite,
        List<String> saturated) {

    /**
     * Summarises the epochs of a comparison.
     *
     * @param steps the compared epochs
     * @param localisation the first localisation found, or {@code null}
     * @param nonFinite the sources that stopped being finite
     * @param saturated the neurons saturated at the last compared epoch
     * @return the summary
     */
    public static Summary of(
            List<StepDiff> steps, Localisation localisation, List<NonFinite> nonFinite, List<String> saturated) {
        Set<String> mismatched = new LinkedHashSet<>();
        StepDiff first = null;
        for (StepDiff step : steps) {
            for (ParameterDiff p : step.parameters()) {
                if (p.verdict() == Verdict.MISMATCH) {
                    mismatched.add(p.name());
                    if (first == null) {
                        first = step;
                    }
                }
            }
        }
        Integer firstEpoch = first == null ? null : first.epoch();
        Integer divergedAlone = divergedAlone(nonFinite);
        if (divergedAlone != null && (firstEpoch == null || divergedAlone < firstEpoch)) {
            firstEpoch = divergedAlone;
        }
        if (firstEpoch == null) {
            return new Summary(List.of(), null, Verdict.MATCH, null, null, List.copyOf(nonFinite), List.copyOf(saturated));
        }
        return new Summary(new ArrayList<>(mismatched), firstEpoch, Verdict.MISMATCH,
                first == null ? "undecided" : wrongSide(first), localisation, List.copyOf(nonFinite),
                List.copyOf(saturated));
    }

    /** The epoch at which the hand side or autograd became non-finite while the other did not. */
    private static Integer divergedAlone(List<NonFinite> nonFinite) {
        Integer manual = null;
        Integer autograd = null;
        for (NonFinite n : nonFinite) {
            if (n.source().equals("manual")) {
                manual = n.epoch();
            } else if (n.source().equals("autograd")) {
                autograd = n.epoch();
            }
        }
        if (manual == null && autograd == null || manual != null && manual.equals(autograd)) {
            return null;
        }
        if (manual == null || autograd == null) {
            return manual == null ? autograd : manual;
        }
        return Math.min(manual, autograd);
    }

    private static String wrongSide(StepDiff step) {
        boolean allAutograd = true;
        boolean allManual = true;
        for (ParameterDiff p : step.parameters()) {
            if (p.verdict() == Verdict.MISMATCH) {
                allAutograd &= p.numericSidesWith().equals("autograd");
                allManual &= p.numericSidesWith().equals("manual");
            }
        }
        return allAutograd ? "manual" : allManual ? "autograd" : "undecided";
    }
}
