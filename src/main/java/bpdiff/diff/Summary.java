package bpdiff.diff;

import java.util.List;

/**
 * The verdict of a whole comparison.
 *
 * <p>No comparison, no pass: the verdict is {@link Verdict#MATCH} only when every epoch asked for was compared
 * and every parameter agreed at each of them. Otherwise, looking at the earliest event:
 *
 * <ul>
 *   <li>a parameter mismatched: {@link Verdict#MISMATCH}, and finite differences name the wrong side;
 *   <li>both sides stopped at the same epoch (non-finite numbers or outputs outside the loss's domain):
 *       {@link Verdict#DIVERGED}, naming the epoch and what stopped;
 *   <li>one side stopped while the other went on, or epochs were left uncompared for any other reason:
 *       {@link Verdict#MISMATCH} from that epoch, {@link WrongSide#UNDECIDED}.
 * </ul>
 *
 * @param mismatched the parameters that mismatch at some epoch, in vector order
 * @param firstMismatchEpoch the first epoch with a mismatch (or with one side stopped and the other not), or
 *     {@code null} if there is none
 * @param verdict {@code match}, {@code mismatch} or {@code diverged}, as above
 * @param wrongSide at the first mismatching epoch, which side finite differences prove wrong; {@code null}
 *     unless the verdict is {@code mismatch}
 * @param localisation where the hand derivation first parts from autograd, or {@code null}
 * @param nonFinite the sources that stopped being finite, and when
 * @param saturated the neurons whose activation is flat at the last compared epoch ({@link Saturation}):
 *     a loss that stalls there has not converged
 * @param comparedEpochs how many epochs were compared, from epoch 1 on; equal to the epochs asked for when
 *     the verdict is {@code match}
 * @param diverged where both sides stopped, when the verdict is {@code diverged}; {@code null} otherwise
 * @param outOfDomain the sources whose outputs left the loss's domain, and when
 */
public record Summary(
        List<String> mismatched,
        Integer firstMismatchEpoch,
        Verdict verdict,
        WrongSide wrongSide,
        Localisation localisation,
        List<NonFinite> nonFinite,
        List<String> saturated,
        int comparedEpochs,
        Divergence diverged,
        List<OutOfDomain> outOfDomain,
        Float32Clamp float32Clamp) {

    /** Copies the lists. */
    public Summary {
        mismatched = List.copyOf(mismatched);
        nonFinite = List.copyOf(nonFinite);
        saturated = List.copyOf(saturated);
        outOfDomain = List.copyOf(outOfDomain);
    }

    /**
     * @param steps the compared epochs, in order from epoch 1
     * @param epochs the epochs asked for
     * @return the summary; the other arguments as the record's components
     */
    public static Summary of(List<StepDiff> steps, int epochs, Localisation localisation, List<NonFinite> nonFinite,
            List<OutOfDomain> outOfDomain, List<String> saturated) {
        Tally tally = new Tally();
        steps.forEach(tally::add);
        return tally.summary(epochs, localisation, nonFinite, outOfDomain, saturated);
    }

    /** The verdict from what a {@link Tally} kept of the compared epochs. */
    static Summary of(List<String> mismatched, StepDiff first, int compared, int epochs, Localisation localisation,
            List<NonFinite> nonFinite, List<OutOfDomain> outOfDomain, List<String> saturated) {
        Stop manual = Stop.first(Side.MANUAL, nonFinite, outOfDomain);
        Stop autograd = Stop.first(Side.AUTOGRAD, nonFinite, outOfDomain);
        if (first != null) {
            return new Summary(mismatched, first.epoch(), Verdict.MISMATCH, wrongSide(first), localisation, nonFinite,
                    saturated, compared, null, outOfDomain, null);
        }
        if (manual != null && autograd != null && manual.epoch() == autograd.epoch()) {
            Divergence together = new Divergence(autograd.epoch(), autograd.quantity(), autograd.outOfDomain());
            return new Summary(List.of(), null, Verdict.DIVERGED, null, null, nonFinite, saturated, compared, together,
                    outOfDomain, null);
        }
        if (compared < epochs) {
            // one side stopped alone (its epoch is the first not compared), or nothing said why: not a pass either way
            return new Summary(List.of(), compared + 1, Verdict.MISMATCH, WrongSide.UNDECIDED, localisation, nonFinite,
                    saturated, compared, null, outOfDomain, null);
        }
        return new Summary(List.of(), null, Verdict.MATCH, null, null, nonFinite, saturated, compared, null,
                outOfDomain, null);
    }

    /**
     * The same mismatch, explained as float32 rounding at {@code BCELoss}'s clamp: neither side is wrong, but it stays
     * a mismatch (the numbers differ, exit status 1).
     *
     * @param clamp what rounded, or {@code null} for no change
     */
    Summary explainedBy(Float32Clamp clamp) {
        if (clamp == null || verdict != Verdict.MISMATCH || mismatched.isEmpty()) {
            return this;
        }
        return new Summary(mismatched, firstMismatchEpoch, verdict, WrongSide.NEITHER, localisation, nonFinite,
                saturated, comparedEpochs, diverged, outOfDomain, clamp);
    }

    private static WrongSide wrongSide(StepDiff step) {
        boolean allAutograd = true;
        boolean allManual = true;
        for (ParameterDiff p : step.parameters()) {
            if (p.verdict() == Verdict.MISMATCH) {
                allAutograd &= p.numericSidesWith() == NumericAgreement.AUTOGRAD;
                allManual &= p.numericSidesWith() == NumericAgreement.MANUAL;
            }
        }
        return allAutograd ? WrongSide.MANUAL : allManual ? WrongSide.AUTOGRAD : WrongSide.UNDECIDED;
    }

    /** The first epoch at which one source stopped, and why. */
    private record Stop(int epoch, String quantity, boolean outOfDomain) {

        static Stop first(Side source, List<NonFinite> nonFinite, List<OutOfDomain> outOfDomain) {
            Stop stop = null;
            // an output outside the domain is what makes the loss non-finite, so it is named first
            for (OutOfDomain o : outOfDomain) {
                if (o.source() == source) {
                    stop = new Stop(o.epoch(), o.quantity(), true);
                }
            }
            for (NonFinite n : nonFinite) {
                if (n.source() == source && (stop == null || n.epoch() < stop.epoch())) {
                    stop = new Stop(n.epoch(), n.quantity(), false);
                }
            }
            return stop;
        }
    }
}
